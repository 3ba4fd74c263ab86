import {
  addMonths,
  bookingRefusal,
  canSeeAllBookings,
  canSeeAttendees,
  formatYearMonth,
  parseYearMonth,
  yearMonthOf,
  zonedTimeToInstant,
  type BookingRefusal,
  type YearMonth,
} from '@attune/domain';
import type { BadgeTone } from '@attune/ui/Badge';
import type { SessionsText } from './texts';
import { errorText, type AppError } from '../../app/result';
import type { SessionSummary } from './hooks/useSessions';

/**
 * What the reader can do with a session now, from the same domain rules the API applies
 * (so the buttons match what the server will accept).
 */
export interface BookingState {
  /** Why it cannot be booked now (cancelled, started, closed), or null. */
  refusal: BookingRefusal | null;
  started: boolean;
  ended: boolean;
  canBook: boolean;
  /** A confirmed seat or waitlist place that can still be given up (until the start). */
  canCancel: boolean;
}

export function bookingState(session: SessionSummary, now: Date): BookingState {
  const startsAt = new Date(session.startsAt);
  const endsAt = new Date(session.endsAt);
  const refusal = bookingRefusal(
    {
      startsAt,
      endsAt,
      cancelledAt: session.cancelledAt ? new Date(session.cancelledAt) : null,
      minNoticeMinutes: session.minNoticeMinutes,
    },
    now,
  );
  const started = now.getTime() >= startsAt.getTime();
  const active = session.myBooking?.status === 'CONFIRMED' || session.myBooking?.status === 'WAITLISTED';
  return {
    refusal,
    started,
    ended: now.getTime() >= endsAt.getTime(),
    canBook: refusal === null && !active,
    canCancel: active && !started && !session.cancelledAt,
  };
}

/** The one status badge a session card shows for the reader. */
export function statusBadge(t: SessionsText, session: SessionSummary, now: Date): { label: string; tone: BadgeTone } | undefined {
  const s = t.sessions.status;
  if (session.cancelledAt) return { label: s.cancelled, tone: 'danger' };
  if (session.myBooking?.status === 'CONFIRMED') return { label: s.booked, tone: 'success' };
  if (session.myBooking?.status === 'WAITLISTED') return { label: s.waitlisted, tone: 'warning' };
  const state = bookingState(session, now);
  if (state.ended) return { label: s.past, tone: 'neutral' };
  if (state.started) return { label: s.started, tone: 'neutral' };
  if (state.refusal === 'BOOKING_CLOSED') return { label: s.closed, tone: 'neutral' };
  if (session.seatsLeft === 0) return { label: s.full, tone: 'warning' };
  return undefined;
}

/** "3 of 8 seats left" / "Full — 2 people on the waitlist". */
export function seatsText(t: SessionsText, session: Pick<SessionSummary, 'seatsLeft' | 'capacity' | 'waitlistCount'>): string {
  return session.seatsLeft > 0 ? t.sessions.seats.left(session.seatsLeft, session.capacity) : t.sessions.seats.full(session.waitlistCount);
}

type ConflictReason = keyof SessionsText['sessions']['conflicts'];

/** A calm, specific sentence for a booking or planning error (CONFLICT reasons first). */
export function sessionErrorText(t: SessionsText, error: AppError): string {
  if (error.code === 'CONFLICT' && error.reason && error.reason in t.sessions.conflicts) {
    return t.sessions.conflicts[error.reason as ConflictReason];
  }
  return errorText(t, error);
}

/** Who may see the names of attendees / all bookings, from the domain's who-sees-what rules. */
export function sessionViewer(
  session: Pick<SessionSummary, 'facilitator' | 'myBooking'> & { team: { myRole: 'LEAD' | 'MEMBER' | null } },
  meId: string | undefined,
): { isLead: boolean; isFacilitator: boolean; seesAttendees: boolean; seesAllBookings: boolean } {
  const isLead = session.team.myRole === 'LEAD';
  const isFacilitator = !!meId && session.facilitator?.id === meId;
  const ownStatus = session.myBooking?.status ?? null;
  return {
    isLead,
    isFacilitator,
    seesAttendees: canSeeAttendees({ isLead, isFacilitator, ownStatus }),
    seesAllBookings: canSeeAllBookings({ isLead, isFacilitator }),
  };
}

/** The calendar month an instant falls in, in a time zone, as 'YYYY-MM'. */
export function monthOf(instant: Date, timeZone: string): string {
  return formatYearMonth(yearMonthOf(instant, timeZone));
}

/** 'YYYY-MM' → that month, or null when malformed. */
export function readMonth(raw: string | null): YearMonth | null {
  if (!raw) return null;
  try {
    return parseYearMonth(raw, 'month');
  } catch {
    return null;
  }
}

/** [start, end) of a calendar month in a time zone, as ISO instants (midnight local, DST-correct). */
export function monthRange(ym: YearMonth, timeZone: string): { from: string; to: string } {
  const next = addMonths(ym, 1);
  return {
    from: zonedTimeToInstant({ year: ym.year, month: ym.month, day: 1, hour: 0, minute: 0 }, timeZone).toISOString(),
    to: zonedTimeToInstant({ year: next.year, month: next.month, day: 1, hour: 0, minute: 0 }, timeZone).toISOString(),
  };
}
