import { bookingClosesAt, seatsLeft, type SessionKind } from '@attune/domain';
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
