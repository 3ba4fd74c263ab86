import { hasStarted, type BookingStatus, type SessionKind } from '@attune/domain';
import type { PersonalDataSection } from '../personal-data/personal-data.registry';
import type { BookingReminders } from './booking-reminders';
import type { BookingService } from './booking.service';

const iso = (d: Date | null): string | null => (d ? d.toISOString() : null);

/**
 * A person's bookings, for "export my data" and "delete my account". Erasure gives up every seat
 * the way `cancelBooking` would: reminders are cancelled, and a confirmed seat in a session that
 * has not started goes to the first waitlisted member (who is told), in the deletion's transaction.
 * No cancellation mail goes to the person whose account is going.
 */
export function bookingSections(bookings: BookingService, reminders: BookingReminders): PersonalDataSection[] {
  return [
    {
      name: 'bookings',
      async export(m, userId) {
        const rows: {
          id: string;
          status: BookingStatus;
          created_at: Date;
          confirmed_at: Date | null;
          cancelled_at: Date | null;
          attended: boolean | null;
          attendance_marked_at: Date | null;
          session_id: string;
          title: string;
          kind: SessionKind;
          team: string;
          starts_at: Date;
          ends_at: Date;
          session_cancelled_at: Date | null;
        }[] = await m.query(
          `SELECT b.id, b.status, b.created_at, b.confirmed_at, b.cancelled_at, b.attended, b.attendance_marked_at,
                  s.id AS session_id, s.title, s.kind, t.name AS team, s.starts_at, s.ends_at, s.cancelled_at AS session_cancelled_at
             FROM booking b JOIN session s ON s.id = b.session_id JOIN team t ON t.id = s.team_id
            WHERE b.user_id = $1
            ORDER BY s.starts_at, b.created_at, b.id`,
          [userId],
        );
        return rows.map((r) => ({
          id: r.id,
          sessionId: r.session_id,
          sessionTitle: r.title,
          sessionKind: r.kind,
          team: r.team,
          startsAt: iso(r.starts_at),
          endsAt: iso(r.ends_at),
          sessionCancelledAt: iso(r.session_cancelled_at),
          status: r.status,
          bookedAt: iso(r.created_at),
          confirmedAt: iso(r.confirmed_at),
          cancelledAt: iso(r.cancelled_at),
          attended: r.attended,
          attendanceMarkedAt: iso(r.attendance_marked_at),
        }));
      },
      async erase(m, userId) {
        const now = new Date();
        const freesSeat = (r: { status: BookingStatus; starts_at: Date; cancelled_at: Date | null }): boolean =>
          r.status === 'CONFIRMED' && r.cancelled_at === null && !hasStarted({ startsAt: r.starts_at }, now);
        // Lock the sessions whose seats are given up first, in one order, as every booking change does.
        const held: { id: string; session_id: string; status: BookingStatus; starts_at: Date; cancelled_at: Date | null }[] = await m.query(
          `SELECT b.id, b.session_id, b.status, s.starts_at, s.cancelled_at
             FROM booking b JOIN session s ON s.id = b.session_id
            WHERE b.user_id = $1 AND b.status = 'CONFIRMED'`,
          [userId],
        );
        const locked = [...new Set(held.filter(freesSeat).map((r) => r.session_id))].sort();
        for (const id of locked) await bookings.lockSession(m, id);
        await reminders.cancel(m, held.map((r) => r.id));
        const gone: { session_id: string; status: BookingStatus; starts_at: Date; cancelled_at: Date | null }[] = await m.query(
          `WITH gone AS (DELETE FROM booking WHERE user_id = $1 RETURNING session_id, status)
           SELECT g.session_id, g.status, s.starts_at, s.cancelled_at FROM gone g JOIN session s ON s.id = g.session_id`,
          [userId],
        );
        // (A seat booked after the first read is freed all the same.)
        for (const id of [...new Set(gone.filter(freesSeat).map((r) => r.session_id))].sort()) {
          await bookings.promoteWaitlisted(m, await bookings.lockSession(m, id));
        }
      },
    },
  ];
}
