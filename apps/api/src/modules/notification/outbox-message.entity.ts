import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

export interface OutboxAttachment {
  filename: string;
  /** e.g. `text/calendar; method=REQUEST; charset=utf-8` for an invitation. */
  contentType: string;
  /** Text, or base64 when `encoding` says so. */
  content: string;
  encoding?: 'base64';
}

@Entity('outbox_message')
export class OutboxMessageEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('text', { name: 'idempotency_key' }) idempotencyKey: string;
  @Column('text') kind: string;
  @Column('text', { name: 'recipient_email' }) recipientEmail: string;
  @Column('uuid', { name: 'recipient_user_id', nullable: true }) recipientUserId: string | null;
  @Column('text') locale: string;
  @Column('text') subject: string;
  @Column('text', { name: 'body_text' }) bodyText: string;
  @Column('text', { name: 'body_html' }) bodyHtml: string;
  @Column('jsonb') attachments: OutboxAttachment[];
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @Column('timestamptz', { name: 'delivered_at', nullable: true }) deliveredAt: Date | null;
  @Column('integer') attempts: number;
  @Column('text', { name: 'last_error', nullable: true }) lastError: string | null;
  @Column('timestamptz', { name: 'last_attempt_at', nullable: true }) lastAttemptAt: Date | null;
  @Column('text', { name: 'delivered_via', nullable: true }) deliveredVia: 'SMTP' | 'MAILBOX' | null;
  @Column('text', { name: 'message_id', nullable: true }) messageId: string | null;
  @Column('timestamptz', { name: 'failed_at', nullable: true }) failedAt: Date | null;
}
