import type { BookingStatus } from '@attune/domain';
import type { BookingModel } from './booking.model';

/** A booking as the booking queries select it (see BOOKING_COLUMNS). */
export interface BookingRow {
  id: string;
  session_id: string;
  user_id: string;
  display_name: string;
  team_id: string;
  status: BookingStatus;
  waitlist_position: number | null;
  created_at: Date;
  confirmed_at: Date | null;
  cancelled_at: Date | null;
  attended: boolean | null;
  attendance_marked_at: Date | null;
}

/**
 * Columns for BookingRow from `booking b`. The member's name is a per-row primary-key lookup
 * rather than a join: PostgreSQL would otherwise hash the whole app_user table for a page of a
 * few dozen bookings.
 */
export const BOOKING_COLUMNS = `
  b.id, b.session_id, b.user_id, (SELECT u.display_name FROM app_user u WHERE u.id = b.user_id) AS display_name, b.team_id, b.status,
  CASE WHEN b.status = 'WAITLISTED' THEN (
    SELECT count(*)::int FROM booking w
     WHERE w.session_id = b.session_id AND w.status = 'WAITLISTED' AND w.waitlist_seq <= b.waitlist_seq
  ) END AS waitlist_position,
  b.created_at, b.confirmed_at, b.cancelled_at, b.attended, b.attendance_marked_at`;

export function toBooking(r: BookingRow): BookingModel {
  return {
    id: r.id,
    sessionId: r.session_id,
    status: r.status,
    waitlistPosition: r.status === 'WAITLISTED' ? r.waitlist_position : null,
    createdAt: r.created_at,
    confirmedAt: r.confirmed_at,
    cancelledAt: r.cancelled_at,
    attended: r.attended,
    attendanceMarkedAt: r.attendance_marked_at,
    member: { id: r.user_id, displayName: r.display_name },
    teamId: r.team_id,
  };
}

/** Which bookings of a session a page needs: every one, or only the caller's active one. */
export type BookingScope = 'all' | 'mine';

/** Order of a session's bookings: confirmed, waitlisted, cancelled; then queue order, then booking time. */
export const BOOKING_ORDER = `array_position(ARRAY['CONFIRMED', 'WAITLISTED', 'CANCELLED'], x.status), x.waitlist_seq NULLS FIRST, x.created_at`;

/**
 * A column expression for a session query that brings the session's bookings along as JSON
 * (the same rows, order and scope as the per-request loader), so a page of sessions with their
 * bookings is one query. `sessionId` and `userId` are SQL expressions (a column, a parameter).
 * Hand the value to `BookingService.primeSessionBookings`.
 */
export function sessionBookingsJson(scope: BookingScope, sessionId: string, userId: string): string {
  const mineOnly = scope === 'mine' ? `AND b.user_id = ${userId} AND b.status IN ('CONFIRMED', 'WAITLISTED')` : '';
  return `(SELECT COALESCE(json_agg(x ORDER BY ${BOOKING_ORDER}), '[]'::json)
             FROM (SELECT ${BOOKING_COLUMNS}, b.waitlist_seq,
                          row_number() OVER (ORDER BY (SELECT u.display_name FROM app_user u WHERE u.id = b.user_id), b.user_id)::int AS name_rank
                     FROM booking b WHERE b.session_id = ${sessionId} ${mineOnly}) x)`;
}
