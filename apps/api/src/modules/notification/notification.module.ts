import { Global, Module, type OnModuleInit } from '@nestjs/common';
import { PersonalDataRegistry } from '../personal-data/personal-data.registry';
import { DevMailboxController } from './dev-mailbox.controller';
import { JobQueue } from './job-queue.service';
import { MailTransport } from './mail-transport';
import { NotificationPreferencesResolver } from './notification-preferences.resolver';
import { NotificationPreferencesService } from './notification-preferences.service';
import { notificationPreferencesSection } from './notification-personal-data';
import { OutboxDelivery } from './outbox-delivery.service';
import { OutboxService } from './outbox.service';

/**
 * The outbox (written in the caller's transaction), the PostgreSQL job queue and its worker,
 * mail delivery (SMTP or the development mailbox) and notification preferences.
 */
@Global()
@Module({
  providers: [JobQueue, MailTransport, OutboxService, OutboxDelivery, NotificationPreferencesService, NotificationPreferencesResolver],
  controllers: [DevMailboxController],
  exports: [OutboxService, JobQueue, NotificationPreferencesService],
})
export class NotificationModule implements OnModuleInit {
  constructor(private readonly personalData: PersonalDataRegistry) {}

  onModuleInit(): void {
    this.personalData.register(notificationPreferencesSection);
  }
}
