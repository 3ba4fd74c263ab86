import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../config/config';
import { JobQueue } from './job-queue.service';
import type { OutboxAttachment } from './outbox-message.entity';
import { deliveryJobOptions, QUEUES, type OutboxDeliveryJob } from './queues';

export interface OutgoingMessage {
  /** Unique per event and recipient: writing the same event twice records one message. */
  readonly idempotencyKey: string;
  readonly kind: string;
  readonly recipientEmail: string;
  readonly recipientUserId: string | null;
  /** The recipient's language (nl/en): subject and bodies are already written in it. */
  readonly locale: string;
  readonly subject: string;
  readonly text: string;
  readonly html: string;
  readonly attachments?: readonly OutboxAttachment[];
}

/**
 * Writes notifications to the outbox inside the caller's transaction, together with the job
 * that delivers each one, so a message and its delivery exist if and only if the change that
 * caused them was committed. The job's id is the message's id: one delivery job per message.
 */
@Injectable()
export class OutboxService {
  constructor(
    private readonly jobs: JobQueue,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Returns the new message's id, or null when a message with this idempotency key exists. */
  async enqueue(manager: EntityManager, msg: OutgoingMessage): Promise<string | null> {
    if (!manager.queryRunner?.isTransactionActive) return manager.transaction((m) => this.enqueue(m, msg));
    const rows: { id: string }[] = await manager.query(
      `INSERT INTO outbox_message
         (idempotency_key, kind, recipient_email, recipient_user_id, locale, subject, body_text, body_html, attachments)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9::jsonb)
       ON CONFLICT (idempotency_key) DO NOTHING
       RETURNING id`,
      [
        msg.idempotencyKey,
        msg.kind,
        msg.recipientEmail,
        msg.recipientUserId,
        msg.locale,
        msg.subject,
        msg.text,
        msg.html,
        JSON.stringify(msg.attachments ?? []),
      ],
    );
    const id = rows[0]?.id;
    if (!id) return null;
    const job: OutboxDeliveryJob = { outboxId: id };
    await this.jobs.sendInTransaction(manager, QUEUES.outboxDelivery, job, deliveryJobOptions(this.config, id));
    return id;
  }
}
