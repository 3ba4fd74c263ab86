import ICAL from 'ical.js';
import type { Pool } from 'pg';
import { instantOfWallTime, wallTimeIn, zoneTransitions } from '../src/modules/calendar/time-zone';

/** Shared helpers for the calendar, booking-mail and reminder tests. */

export interface ParsedCalendar {
  readonly method: string | null;
  readonly events: ICAL.Event[];
}

/** Parses with ical.js, registering only the VTIMEZONEs the text itself carries (ical.js knows no zones of its own). */
export function parseIcs(text: string): ParsedCalendar {
  ICAL.TimezoneService.reset();
  const calendar = new ICAL.Component(ICAL.parse(text));
  for (const tz of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(tz);
  const method = calendar.getFirstPropertyValue('method');
  return { method: typeof method === 'string' ? method : null, events: calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v)) };
}

/** An event's start as local wall time `HH:MM` in its own zone, with the zone it names. */
export function localStart(e: ICAL.Event): { time: string; zone: string | undefined } {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return { time: `${pad(e.startDate.hour)}:${pad(e.startDate.minute)}`, zone: e.startDate.zone?.tzid };
}

const DAY_MS = 86_400_000;

/**
 * Two sessions at the same local wall time (15:00–16:30) in `zone`, a week before and a week
 * after its next change of UTC offset (at least a few days from now), so one is in summer time
 * and the other not. Times are ISO instants.
 */
export function acrossNextDstChange(zone: string, now = new Date()): {
  before: { startsAt: string; endsAt: string };
  after: { startsAt: string; endsAt: string };
  offsetsDiffer: boolean;
} {
  const change = zoneTransitions(zone, new Date(now.getTime() + 10 * DAY_MS), new Date(now.getTime() + 400 * DAY_MS))[0];
  if (!change) throw new Error(`${zone} has no offset change in the coming year`);
  const day = wallTimeIn(zone, change.at);
  const at = (days: number, hour: number, minute: number): string => {
    const d = new Date(Date.UTC(day.year, day.month - 1, day.day + days));
    return instantOfWallTime(zone, {
      year: d.getUTCFullYear(),
      month: d.getUTCMonth() + 1,
      day: d.getUTCDate(),
      hour,
      minute,
      second: 0,
    }).toISOString();
  };
  const before = { startsAt: at(-7, 15, 0), endsAt: at(-7, 16, 30) };
  const after = { startsAt: at(7, 15, 0), endsAt: at(7, 16, 30) };
  const utcHour = (iso: string): number => new Date(iso).getUTCHours();
  return { before, after, offsetsDiffer: utcHour(before.startsAt) !== utcHour(after.startsAt) };
}

export interface OutboxMessage {
  id: string;
  idempotency_key: string;
  kind: string;
  recipient_email: string;
  subject: string;
  body_text: string;
  attachments: { filename: string; contentType: string; content: string }[];
  delivered_at: Date | null;
}

/** Outbox messages whose idempotency key matches a LIKE pattern, oldest first. */
export async function outboxLike(db: Pool, pattern: string): Promise<OutboxMessage[]> {
  const r = await db.query<OutboxMessage>(
    `SELECT id, idempotency_key, kind, recipient_email, subject, body_text, attachments, delivered_at
       FROM outbox_message WHERE idempotency_key LIKE $1 ORDER BY created_at, idempotency_key`,
    [pattern],
  );
  return r.rows;
}

/** The Message-ID the mail transport gives an outbox message (MAIL_FROM's domain is attune.local in tests). */
export const messageIdOf = (outboxId: string): string => `<${outboxId}@attune.local>`;
