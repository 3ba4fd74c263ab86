import { Inject, Injectable } from '@nestjs/common';
import type PgBoss from 'pg-boss';
import type { EntityManager } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../config/config';
import { OutboxService, type OutgoingMessage } from '../notification/outbox.service';
import { sessionMail, type SessionMailKind } from '../notification/templates/session-mail';
import { CALENDAR_COLUMNS, CALENDAR_FROM, sessionPageUrl, toCalendarSession, type CalendarRow } from './booking-calendar';

/** The session mails a booking change sends. */
export type BookingMailKind = Exclude<SessionMailKind, 'WAITLISTED'>;

/** The outbox `kind` of each mail (what the development mailbox and queries show). */
const OUTBOX_KIND: Record<BookingMailKind, string> = {
  BOOKING_CONFIRMED: 'BOOKING_CONFIRMED',
  PROMOTED_FROM_WAITLIST: 'BOOKING_PROMOTED',
  SESSION_CHANGED: 'SESSION_CHANGED',
  SESSION_CANCELLED: 'SESSION_CANCELLED',
  BOOKING_CANCELLED: 'BOOKING_CANCELLED',
  REMINDER: 'REMINDER',
};

/** Who is told: a booking, and whether its member holds (or held, until this change) a seat. */
export interface MailTarget {
  readonly bookingId: string;
  readonly seat: boolean;
}

/** A member to tell and their booking's calendar entry, as `send` reads them. */
export interface RecipientRow extends CalendarRow {
  email: string;
  display_name: string;
  locale: string;
  user_time_zone: string;
}

/** `Attune <no-reply@example.org>` → name and address, for the ORGANIZER of invitations. */
export function parseMailbox(from: string): { name: string; email: string } {
  const m = /^\s*"?([^"<]*?)"?\s*<([^<>\s]+@[^<>\s]+)>\s*$/u.exec(from);
  if (m?.[2]) return { name: m[1]?.trim() || 'Attune', email: m[2] };
  return { name: 'Attune', email: from.trim() };
}

/**
 * Writes the mails about a booking or session to the outbox, in the caller's transaction: one
 * per member, in their language and time zone, with an .ics invitation (REQUEST) or
 * cancellation (CANCEL) for members who hold a seat. Idempotency keys name the event, so the
 * same event never makes two mails. It costs three statements however many members are told
 * (recipients, messages, delivery jobs with any `alongside` jobs): callers hold the session lock.
 */
@Injectable()
export class BookingNotifier {
  private readonly organizer: { name: string; email: string };

  constructor(
    private readonly outbox: OutboxService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.organizer = parseMailbox(config.mailFrom);
  }

  async send(
    m: EntityManager,
    kind: BookingMailKind,
    targets: readonly MailTarget[],
    keyFor: (t: { bookingId: string; userId: string }) => string,
    options: { reason?: string; alongside?: readonly PgBoss.JobInsert[] } = {},
  ): Promise<void> {
    if (targets.length === 0) {
      await this.outbox.enqueueAll(m, [], options.alongside);
      return;
    }
    const rows: RecipientRow[] = await m.query(
      `SELECT ${CALENDAR_COLUMNS}, u.email, u.display_name, u.locale, u.time_zone AS user_time_zone
         FROM ${CALENDAR_FROM} JOIN app_user u ON u.id = b.user_id
        WHERE b.id = ANY($1::uuid[])
        ORDER BY b.id`,
      [targets.map((t) => t.bookingId)],
    );
    const seat = new Map(targets.map((t) => [t.bookingId, t.seat]));
    const messages = rows.map((r) =>
      this.message(kind, r, seat.get(r.booking_id) !== false, keyFor({ bookingId: r.booking_id, userId: r.user_id }), options.reason ?? null),
    );
    await this.outbox.enqueueAll(m, messages, options.alongside);
  }

  /**
   * The mail of one member as `send` writes it, from a recipient row read by the caller (who
   * may write it itself, e.g. before taking a lock, and then hands its id to `deliver`).
   */
  message(kind: BookingMailKind, r: RecipientRow, seat: boolean, idempotencyKey: string, reason: string | null = null): OutgoingMessage {
    const session = toCalendarSession(r, this.config);
    const mail = sessionMail({
      kind,
      recipient: { name: r.display_name, email: r.email, locale: r.locale, timeZone: r.user_time_zone },
      // Giving up one's own seat is a change of its own: one above the invitations before it.
      session: { ...session, sequence: r.sequence + (kind === 'BOOKING_CANCELLED' ? 1 : 0) },
      organizer: this.organizer,
      url: sessionPageUrl(this.config, r.session_id),
      reason,
      onWaitlist: !seat,
    });
    return {
      idempotencyKey,
      kind: OUTBOX_KIND[kind],
      recipientEmail: r.email,
      recipientUserId: r.user_id,
      locale: r.locale,
      subject: mail.subject,
      text: mail.text,
      html: mail.html,
      attachments: mail.attachments,
    };
  }

  /** The delivery job of a message the caller writes to the outbox itself (with this id), for it to write too. */
  deliveryJob(outboxId: string): PgBoss.JobInsert {
    return this.outbox.deliveryJob(outboxId);
  }
}
