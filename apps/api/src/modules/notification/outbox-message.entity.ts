import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

export interface OutboxAttachment {
  filename: string;
  contentType: string;
  content: string;
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
}
