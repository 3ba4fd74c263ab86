import { Global, Module } from '@nestjs/common';
import { DevMailboxController } from './dev-mailbox.controller';
import { OutboxService } from './outbox.service';

@Global()
@Module({ providers: [OutboxService], controllers: [DevMailboxController], exports: [OutboxService] })
export class NotificationModule {}
