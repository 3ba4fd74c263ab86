import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../config/config';
import type { CalendarSession, CalendarSessionSource } from '../calendar/calendar-source';

/**
 * The iCalendar SEQUENCE of booking `b`'s calendar entry for session `s`.
 *
 * A member's calendar holds one entry per session (UID `session-<id>@attune`), and calendar
 * apps ignore a message whose SEQUENCE is lower than one they have seen. So the number must
 * rise with every change the member is told about: the session's `revision` (raised on each
 * change of time or place and on cancellation), plus two for each earlier booking of the same
 * member on the same session — the CANCEL of a given-up booking carries one more than its
 * invitations, and a new booking after it one more again.
 */
export const BOOKING_SEQUENCE = `(s.revision - 1 + 2 * (
  SELECT count(*)::int FROM booking p
   WHERE p.session_id = b.session_id AND p.user_id = b.user_id AND (p.created_at, p.id) < (b.created_at, b.id)))`;

/** A booking with its session as calendars show it (see CALENDAR_COLUMNS). */
export interface CalendarRow {
  booking_id: string;
  user_id: string;
  status: string;
  session_id: string;
  title: string;
  starts_at: Date;
  ends_at: Date;
  time_zone: string;
  location: string | null;
  video_url: string | null;
  cancelled_at: Date | null;
  updated_at: Date;
  team_name: string;
  facilitator_name: string | null;
  sequence: number;
}

/** Columns for CalendarRow from CALENDAR_FROM. */
export const CALENDAR_COLUMNS = `
  b.id AS booking_id, b.user_id, b.status, s.id AS session_id, s.title, s.starts_at, s.ends_at, s.time_zone,
  s.location, s.video_url, s.cancelled_at, s.updated_at, t.name AS team_name, f.display_name AS facilitator_name,
  ${BOOKING_SEQUENCE} AS sequence`;

export const CALENDAR_FROM = `
  booking b JOIN session s ON s.id = b.session_id JOIN team t ON t.id = s.team_id LEFT JOIN app_user f ON f.id = s.facilitator_id`;

/** The session's page in the web app. */
export function sessionPageUrl(config: AppConfig, sessionId: string): string {
  return `${config.publicUrl}/sessions/${sessionId}`;
}

/** The .ics download of a booking (served by the calendar module, for its owner only). */
export function bookingIcsUrl(config: AppConfig, bookingId: string): string {
  return `${config.publicUrl}/calendar/booking/${bookingId}.ics`;
}

/** A booked session as calendar entry; the description is language-neutral (team, video link, page). */
export function toCalendarSession(r: CalendarRow, config: AppConfig): CalendarSession & { teamName: string; facilitatorName: string | null } {
  const url = sessionPageUrl(config, r.session_id);
  return {
    sessionId: r.session_id,
    sequence: r.sequence,
    start: r.starts_at,
    end: r.ends_at,
    timeZone: r.time_zone,
    title: r.title,
    description: [`Attune · ${r.team_name}`, ...(r.video_url ? [r.video_url] : []), url].join('\n'),
    location: r.location,
    videoUrl: r.video_url,
    url,
    cancelled: r.cancelled_at !== null,
    updatedAt: r.updated_at,
    teamName: r.team_name,
    facilitatorName: r.facilitator_name,
  };
}

/** At most this many sessions in one feed. */
const FEED_LIMIT = 1000;

/**
 * The member's booked sessions for the calendar module (feed and .ics download): only their
 * own CONFIRMED bookings in teams they still belong to, each in one query.
 */
@Injectable()
export class BookingCalendarSource implements CalendarSessionSource {
  constructor(
    private readonly ds: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async confirmedSessionsOf(userId: string, from: Date, to: Date): Promise<CalendarSession[]> {
    const rows: CalendarRow[] = await this.ds.query(
      `SELECT ${CALENDAR_COLUMNS} FROM ${CALENDAR_FROM}
        WHERE b.user_id = $1 AND b.status = 'CONFIRMED' AND s.cancelled_at IS NULL
          AND b.during && tstzrange($2::timestamptz, $3::timestamptz, '[)')
          AND b.team_id IN (SELECT team_id FROM team_membership WHERE user_id = $1 AND left_at IS NULL)
        ORDER BY s.starts_at, s.id
        LIMIT ${FEED_LIMIT}`,
      [userId, from, to],
    );
    return rows.map((r) => toCalendarSession(r, this.config));
  }

  async sessionOfOwnBooking(userId: string, bookingId: string): Promise<CalendarSession | null> {
    const rows: CalendarRow[] = await this.ds.query(
      `SELECT ${CALENDAR_COLUMNS} FROM ${CALENDAR_FROM}
        WHERE b.id = $2 AND b.user_id = $1 AND b.status = 'CONFIRMED' AND s.cancelled_at IS NULL
          AND b.team_id IN (SELECT team_id FROM team_membership WHERE user_id = $1 AND left_at IS NULL)`,
      [userId, bookingId],
    );
    return rows[0] ? toCalendarSession(rows[0], this.config) : null;
  }
}
