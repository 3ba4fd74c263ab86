import { Inject, Injectable, Logger, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { createTransport, type Transporter } from 'nodemailer';
import { APP_CONFIG, type AppConfig } from '../../config/config';
import type { OutboxAttachment } from './outbox-message.entity';
import { deliveryDeadlineMs } from './queues';

/** The parts of an outbox message that make the mail. */
export interface MailToSend {
  readonly id: string;
  readonly recipientEmail: string;
  readonly locale: string;
  readonly subject: string;
  readonly bodyText: string;
  readonly bodyHtml: string;
  readonly attachments: readonly OutboxAttachment[];
}

export interface MailSent {
  readonly via: 'SMTP' | 'MAILBOX';
  readonly messageId: string;
}

/**
 * Hands mail to SMTP (nodemailer) when SMTP_URL is set; otherwise a message counts as
 * delivered to the development mailbox (`/dev/mailbox`), where it can be read.
 *
 * The Message-ID is derived from the outbox message id, so the rare second copy that
 * at-least-once delivery allows (a worker dying after the server accepted the mail and before
 * it was recorded) carries the same Message-ID and is recognisable as the same message.
 */
@Injectable()
export class MailTransport implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger('Mail');
  private readonly smtp: Transporter | null;
  private readonly domain: string;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    if (config.smtpUrl && !/^smtps?:\/\/[^/\s]+/u.test(config.smtpUrl)) {
      throw new Error('SMTP_URL must look like smtp://user:password@host:587 or smtps://host:465');
    }
    const timeout = config.mailTimeoutSeconds * 1000;
    this.smtp = config.smtpUrl
      ? createTransport(
          {
            url: config.smtpUrl,
            connectionTimeout: timeout,
            greetingTimeout: timeout,
            socketTimeout: timeout,
            dnsTimeout: timeout,
            disableFileAccess: true,
            disableUrlAccess: true,
          },
          { from: config.mailFrom },
        )
      : null;
    this.domain = /@([A-Za-z0-9.-]+)/u.exec(config.mailFrom)?.[1] ?? 'attune.local';
  }

  onModuleInit(): void {
    if (!this.smtp && this.config.env === 'production' && this.config.worker) {
      this.logger.warn('SMTP_URL is not set: mail is recorded in the outbox but not sent');
    }
  }

  /** After the worker has drained (it stops in `beforeApplicationShutdown`). */
  onApplicationShutdown(): void {
    this.smtp?.close();
  }

  get usesSmtp(): boolean {
    return this.smtp !== null;
  }

  /** `<outbox-id@domain-of-MAIL_FROM>` */
  messageIdFor(outboxId: string): string {
    return `<${outboxId}@${this.domain}>`;
  }

  async send(mail: MailToSend, signal: AbortSignal): Promise<MailSent> {
    const messageId = this.messageIdFor(mail.id);
    if (!this.smtp) return { via: 'MAILBOX', messageId };
    const calendar = mail.attachments.find((a) => a.contentType.toLowerCase().startsWith('text/calendar'));
    await this.smtp.sendMail({
      to: mail.recipientEmail,
      subject: mail.subject,
      text: mail.bodyText,
      html: mail.bodyHtml,
      messageId,
      headers: { 'Content-Language': mail.locale, 'Auto-Submitted': 'auto-generated' },
      // An invitation goes as a text/calendar alternative with its METHOD, which is what makes
      // mail clients offer "add to calendar"; nodemailer also attaches it as a file.
      icalEvent: calendar
        ? { filename: calendar.filename, method: calendarMethod(calendar.contentType), content: calendar.content }
        : undefined,
      attachments: mail.attachments
        .filter((a) => a !== calendar)
        .map((a) => ({ filename: a.filename, contentType: a.contentType, content: a.content, encoding: a.encoding })),
      signal: AbortSignal.any([signal, AbortSignal.timeout(deliveryDeadlineMs(this.config))]),
    });
    return { via: 'SMTP', messageId };
  }
}

function calendarMethod(contentType: string): string {
  return /method=("?)([A-Za-z-]+)\1/u.exec(contentType)?.[2]?.toUpperCase() ?? 'PUBLISH';
}

/** Whether a delivery error will not go away by trying again (a 5xx reply, except 503). */
export function isPermanentMailError(e: unknown): boolean {
  if (typeof e !== 'object' || e === null) return false;
  const err = e as { permanent?: boolean; responseCode?: number };
  if (typeof err.permanent === 'boolean') return err.permanent;
  return typeof err.responseCode === 'number' && err.responseCode >= 500 && err.responseCode !== 503;
}
