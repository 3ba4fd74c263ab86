import { SESSION_MAX_DURATION_MINUTES, bookingClosesAt, seatsLeft, type SessionKind } from '@attune/domain';
import { sessionBookingsJson, type BookingScope } from '../booking/booking.mapper';
import type { SessionModel, SessionSeriesModel } from './session.model';

/** A session as the session queries select it (see SESSION_COLUMNS). */
export interface SessionRow {
  id: string;
  team_id: string;
  series_id: string | null;
  kind: SessionKind;
  title: string;
  starts_at: Date;
  ends_at: Date;
  time_zone: string;
  location: string | null;
  video_url: string | null;
  capacity: number;
  confirmed_count: number;
  waitlist_count: number;
  facilitator_id: string | null;
  facilitator_name: string | null;
  min_notice_minutes: number;
  cancelled_at: Date | null;
  cancel_reason: string | null;
}

/** Columns for SessionRow from `session s LEFT JOIN app_user f ON f.id = s.facilitator_id`. */
export const SESSION_COLUMNS = `
  s.id, s.team_id, s.series_id, s.kind, s.title, s.starts_at, s.ends_at, s.time_zone, s.location, s.video_url,
  s.capacity, s.confirmed_count, s.waitlist_count, s.facilitator_id, f.display_name AS facilitator_name,
  s.min_notice_minutes, s.cancelled_at, s.cancel_reason`;

export const SESSION_FROM = `session s LEFT JOIN app_user f ON f.id = s.facilitator_id`;

/** At most this many sessions per page. */
export const MAX_SESSIONS_PER_PAGE = 500;

/**
 * A team's sessions overlapping [$2, $3), cancelled ones only when $4, in start order; with
 * `withBookings`, each session's bookings as JSON (`bookings_json`; for 'mine', the caller's own,
 * $5). The bench runs the same statement as the floor of `sessions`.
 */
export function sessionsInRangeSql(withBookings: BookingScope | null): string {
  const bookings = withBookings ? `, ${sessionBookingsJson(withBookings, 's.id', '$5::uuid')} AS bookings_json` : '';
  return `SELECT ${SESSION_COLUMNS}${bookings} FROM ${SESSION_FROM}
        WHERE s.team_id = $1 AND s.starts_at < $3 AND s.ends_at > $2 AND ($4::boolean OR s.cancelled_at IS NULL)
          -- Implied by the above (CHECK session_duration_max: at most 12 hours), and lets the
          -- (team_id, starts_at) index read only the range instead of the team's whole history.
          AND s.starts_at > $2::timestamptz - interval '${SESSION_MAX_DURATION_MINUTES} minutes'
        ORDER BY s.starts_at, s.id
        LIMIT ${MAX_SESSIONS_PER_PAGE}`;
}

export function toSession(r: SessionRow): SessionModel {
  return {
    id: r.id,
    teamId: r.team_id,
    seriesId: r.series_id,
    kind: r.kind,
    title: r.title,
    startsAt: r.starts_at,
    endsAt: r.ends_at,
    timeZone: r.time_zone,
    location: r.location,
    videoUrl: r.video_url,
    capacity: r.capacity,
    confirmedCount: r.confirmed_count,
    waitlistCount: r.waitlist_count,
    seatsLeft: r.cancelled_at ? 0 : seatsLeft(r.capacity, r.confirmed_count),
    minNoticeMinutes: r.min_notice_minutes,
    bookingClosesAt: bookingClosesAt({ startsAt: r.starts_at, minNoticeMinutes: r.min_notice_minutes }),
    facilitator: r.facilitator_id && r.facilitator_name ? { id: r.facilitator_id, displayName: r.facilitator_name } : null,
    cancelledAt: r.cancelled_at,
    cancelReason: r.cancel_reason,
    facilitatorId: r.facilitator_id,
  };
}

export function toSessionSeries(s: Omit<SessionSeriesModel, 'sessions'>, sessions: SessionRow[]): SessionSeriesModel {
  return { ...s, sessions: sessions.map(toSession) };
}
