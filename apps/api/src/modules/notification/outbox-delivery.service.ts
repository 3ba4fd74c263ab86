import {
  type BeforeApplicationShutdown,
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnModuleInit,
} from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../config/config';
import { JobQueue, type JobContext } from './job-queue.service';
import { MailTransport, isPermanentMailError, type MailToSend } from './mail-transport';
import type { OutboxAttachment } from './outbox-message.entity';
import { deliveryDeadlineMs, deliveryJobOptions, QUEUES, type OutboxDeliveryJob } from './queues';

interface Row {
  id: string;
  recipient_email: string;
  locale: string;
  subject: string;
  body_text: string;
  body_html: string;
  attachments: OutboxAttachment[];
  delivered_at: Date | null;
  failed_at: Date | null;
}

type Outcome = { kind: 'delivered' | 'settled' | 'gone' | 'failed' } | { kind: 'retry'; error: unknown } | { kind: 'busy' };

/** How often a worker re-queues undelivered messages that lack a job (see `adoptOrphans`). */
const SWEEP_INTERVAL_MS = 5 * 60_000;

/**
 * Delivers outbox messages, one job per message, at least once and — as far as any mail
 * system allows — never twice:
 *
 * - The claim is a row lock: the job locks its outbox row (`FOR UPDATE SKIP LOCKED`) in a
 *   transaction that stays open while the mail is handed to SMTP, and marks the row delivered
 *   in that same transaction. The lock lives exactly as long as the worker's database session:
 *   if the worker dies mid-delivery, PostgreSQL rolls the transaction back and releases it, and
 *   the job (still "active") expires and runs again; no lease can outlive its holder or be
 *   taken over while the holder is still sending. A second attempt that finds the row locked
 *   backs off; one that finds it delivered does nothing.
 * - What remains is the gap between the SMTP server's "250 accepted" and our COMMIT (a few
 *   milliseconds): a crash exactly there sends a second copy, with the same Message-ID.
 * - Retries back off exponentially (pg-boss); an SMTP 5xx or the last retry marks the message
 *   failed. Without SMTP_URL the message is marked delivered to the development mailbox.
 */
@Injectable()
export class OutboxDelivery implements OnModuleInit, OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('OutboxDelivery');
  private sweeper: NodeJS.Timeout | undefined;

  constructor(
    private readonly ds: DataSource,
    private readonly jobs: JobQueue,
    private readonly transport: MailTransport,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    this.jobs.register<OutboxDeliveryJob>(QUEUES.outboxDelivery, (job) => this.deliver(job));
  }

  async onApplicationBootstrap(): Promise<void> {
    if (!this.jobs.isWorker) return;
    await this.adoptOrphans().catch((e: unknown) => this.logger.error(`Outbox sweep failed: ${String(e)}`));
    this.sweeper = setInterval(() => {
      this.adoptOrphans().catch((e: unknown) => this.logger.error(`Outbox sweep failed: ${String(e)}`));
    }, SWEEP_INTERVAL_MS);
    this.sweeper.unref();
  }

  beforeApplicationShutdown(): void {
    clearInterval(this.sweeper);
  }

  /** The job handler: throws to have the job retried with backoff. */
  async deliver(job: JobContext<OutboxDeliveryJob>): Promise<void> {
    const id = job.data.outboxId;
    const outcome = await this.ds.transaction(async (m): Promise<Outcome> => {
      // A frozen worker (connection still open) must not hold the claim for ever.
      const idleLimitMs = deliveryDeadlineMs(this.config) + 30_000;
      await m.query(`SELECT set_config('idle_in_transaction_session_timeout', $1, true)`, [String(idleLimitMs)]);
      const rows: Row[] = await m.query(
        `SELECT id, recipient_email, locale, subject, body_text, body_html, attachments, delivered_at, failed_at
           FROM outbox_message WHERE id = $1 FOR UPDATE SKIP LOCKED`,
        [id],
      );
      const row = rows[0];
      if (!row) {
        const exists: unknown[] = await m.query(`SELECT 1 FROM outbox_message WHERE id = $1`, [id]);
        return exists.length > 0 ? { kind: 'busy' } : { kind: 'gone' };
      }
      if (row.delivered_at || row.failed_at) return { kind: 'settled' };
      try {
        const sent = await this.transport.send(toMail(row), job.signal);
        await m.query(
          `UPDATE outbox_message
              SET delivered_at = now(), delivered_via = $2, message_id = $3,
                  attempts = attempts + 1, last_attempt_at = now(), last_error = NULL
            WHERE id = $1`,
          [id, sent.via, sent.messageId],
        );
        return { kind: 'delivered' };
      } catch (error) {
        const final = isPermanentMailError(error) || job.retryCount >= job.retryLimit;
        await m.query(
          `UPDATE outbox_message
              SET attempts = attempts + 1, last_attempt_at = now(), last_error = $2,
                  failed_at = CASE WHEN $3::boolean THEN now() END
            WHERE id = $1`,
          [id, describe(error), final],
        );
        return final ? { kind: 'failed' } : { kind: 'retry', error };
      }
    });
    if (outcome.kind === 'retry') throw outcome.error;
    if (outcome.kind === 'busy') throw new Error('Another worker is delivering this message');
    if (outcome.kind === 'failed') this.logger.warn(`Outbox message ${id} could not be delivered and is marked failed`);
  }

  /**
   * Safety net: gives a delivery job to every undelivered message that has none — messages
   * written before the queue existed, or whose job was removed by hand. Job ids are message
   * ids, so a message that has a job is skipped by the insert itself.
   */
  async adoptOrphans(): Promise<void> {
    const rows: { id: string }[] = await this.ds.query(
      `SELECT id FROM outbox_message
        WHERE delivered_at IS NULL AND failed_at IS NULL AND created_at < now() - interval '1 minute'
        ORDER BY created_at LIMIT 1000`,
    );
    await this.jobs.insert(
      rows.map((r) => {
        const job: OutboxDeliveryJob = { outboxId: r.id };
        return { name: QUEUES.outboxDelivery, data: job, ...deliveryJobOptions(this.config, r.id) };
      }),
    );
  }
}

function toMail(row: Row): MailToSend {
  return {
    id: row.id,
    recipientEmail: row.recipient_email,
    locale: row.locale,
    subject: row.subject,
    bodyText: row.body_text,
    bodyHtml: row.body_html,
    attachments: row.attachments,
  };
}

function describe(error: unknown): string {
  const e = error as { message?: unknown; response?: unknown };
  const text = typeof e?.response === 'string' ? e.response : typeof e?.message === 'string' ? e.message : String(error);
  return text.slice(0, 500);
}
