import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { OutboxAttachment } from './outbox-message.entity';

export interface OutgoingMessage {
  /** Unique per event and recipient: writing the same event twice records one message. */
  readonly idempotencyKey: string;
  readonly kind: string;
  readonly recipientEmail: string;
  readonly recipientUserId: string | null;
  readonly locale: string;
  readonly subject: string;
  readonly text: string;
  readonly html: string;
  readonly attachments?: readonly OutboxAttachment[];
}

/**
 * Writes notifications to the outbox inside the caller's transaction, so a message exists if
 * and only if the change that caused it was committed.
 */
@Injectable()
export class OutboxService {
  async enqueue(manager: EntityManager, msg: OutgoingMessage): Promise<string | null> {
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
    return rows[0]?.id ?? null;
  }
}
