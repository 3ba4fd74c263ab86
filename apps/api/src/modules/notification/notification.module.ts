import { Global, Module } from '@nestjs/common';
import { DevMailboxController } from './dev-mailbox.controller';
import { JobQueue } from './job-queue.service';
import { MailTransport } from './mail-transport';
import { NotificationPreferencesResolver } from './notification-preferences.resolver';
import { NotificationPreferencesService } from './notification-preferences.service';
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
export class NotificationModule {}
