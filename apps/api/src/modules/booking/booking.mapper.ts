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
