import { Inject, Injectable } from '@nestjs/common';
import type PgBoss from 'pg-boss';
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
    return (await this.enqueueAll(manager, [msg]))[0] ?? null;
  }

  /**
   * `enqueue` for several messages in two statements whatever their number: one insert of the
   * messages, one of their delivery jobs together with `alongside` (other jobs the same change
   * causes, e.g. a reminder), so a caller holding a lock pays two round trips, not two per
   * message. Returns each message's new id, or null where its idempotency key already existed.
   */
  async enqueueAll(manager: EntityManager, msgs: readonly OutgoingMessage[], alongside: readonly PgBoss.JobInsert[] = []): Promise<(string | null)[]> {
    if (!manager.queryRunner?.isTransactionActive) return manager.transaction((m) => this.enqueueAll(m, msgs, alongside));
    const rows: { id: string; idempotency_key: string }[] =
      msgs.length === 0
        ? []
        : await manager.query(
            `INSERT INTO outbox_message
               (idempotency_key, kind, recipient_email, recipient_user_id, locale, subject, body_text, body_html, attachments)
             SELECT x.idempotency_key, x.kind, x.recipient_email, x.recipient_user_id, x.locale, x.subject, x.body_text, x.body_html, x.attachments
               FROM json_to_recordset($1::json) AS x(idempotency_key text, kind text, recipient_email text, recipient_user_id uuid,
                                                     locale text, subject text, body_text text, body_html text, attachments jsonb)
             ON CONFLICT (idempotency_key) DO NOTHING
             RETURNING id, idempotency_key`,
            [
              JSON.stringify(
                msgs.map((msg) => ({
                  idempotency_key: msg.idempotencyKey,
                  kind: msg.kind,
                  recipient_email: msg.recipientEmail,
                  recipient_user_id: msg.recipientUserId,
                  locale: msg.locale,
                  subject: msg.subject,
                  body_text: msg.text,
                  body_html: msg.html,
                  attachments: msg.attachments ?? [],
                })),
              ),
            ],
          );
    const ids = new Map(rows.map((r) => [r.idempotency_key, r.id]));
    await this.deliverAll(manager, rows.map((r) => r.id), alongside);
    return msgs.map((msg) => ids.get(msg.idempotencyKey) ?? null);
  }

  /**
   * Adds the delivery jobs of messages already in the outbox (inserted in this transaction by a
   * caller that writes them itself), with `alongside`, in one statement.
   */
  async deliverAll(manager: EntityManager, outboxIds: readonly string[], alongside: readonly PgBoss.JobInsert[] = []): Promise<void> {
    await this.jobs.insertInTransaction(manager, [...outboxIds.map((id) => this.deliveryJob(id)), ...alongside]);
  }

  /** The delivery job of a message in the outbox (for a caller that writes the job itself). */
  deliveryJob(outboxId: string): PgBoss.JobInsert<OutboxDeliveryJob> {
    return { name: QUEUES.outboxDelivery, data: { outboxId }, ...deliveryJobOptions(this.config, outboxId) };
  }
}
