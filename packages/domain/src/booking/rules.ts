import { conflict, DomainError, ErrorCode } from '../errors.js';
import type { SessionKind } from '../session/kinds.js';
import { monthKey } from '../session/zoned-time.js';
import type { BookingStatus } from './status.js';

/**
 * The booking rules as pure functions. The API runs them under a lock on the session row to
 * answer with a clear message; PostgreSQL repeats the ones concurrency could break (capacity,
 * overlap, monthly CARE quota, one active booking per session) as constraints.
 *
 * Booking a cancelled, started or closing session is a CONFLICT (with `reason` in the error
 * details): the input is fine, the session's state refuses it.
 */

export interface TimeRange {
  readonly startsAt: Date;
  readonly endsAt: Date;
}

export interface BookableSession extends TimeRange {
  readonly capacity: number;
  readonly confirmedCount: number;
  readonly cancelledAt: Date | null;
  readonly minNoticeMinutes: number;
}

export type BookingRefusal = 'SESSION_CANCELLED' | 'SESSION_STARTED' | 'BOOKING_CLOSED';

/** Booking closes at the start, or `minNoticeMinutes` before it. */
export function bookingClosesAt(session: Pick<BookableSession, 'startsAt' | 'minNoticeMinutes'>): Date {
  return new Date(session.startsAt.getTime() - session.minNoticeMinutes * 60_000);
}

export function hasStarted(session: Pick<TimeRange, 'startsAt'>, now: Date): boolean {
  return now.getTime() >= session.startsAt.getTime();
}

/** Why a session cannot be booked now, or null when it can. */
export function bookingRefusal(session: Omit<BookableSession, 'capacity' | 'confirmedCount'>, now: Date): BookingRefusal | null {
  if (session.cancelledAt) return 'SESSION_CANCELLED';
  if (hasStarted(session, now)) return 'SESSION_STARTED';
  if (now.getTime() >= bookingClosesAt(session).getTime()) return 'BOOKING_CLOSED';
  return null;
}

const REFUSAL_MESSAGES: Record<BookingRefusal, string> = {
  SESSION_CANCELLED: 'This session has been cancelled',
  SESSION_STARTED: 'This session has already started',
  BOOKING_CLOSED: 'Booking for this session has closed',
};

export function assertBookable(session: Omit<BookableSession, 'capacity' | 'confirmedCount'>, now: Date): void {
  const reason = bookingRefusal(session, now);
  if (reason) throw new DomainError(ErrorCode.CONFLICT, REFUSAL_MESSAGES[reason], undefined, { reason });
}

/** A full session is not an error: the member joins the waitlist. */
export function statusForNewBooking(capacity: number, confirmedCount: number): Extract<BookingStatus, 'CONFIRMED' | 'WAITLISTED'> {
  return confirmedCount < capacity ? 'CONFIRMED' : 'WAITLISTED';
}

export function seatsLeft(capacity: number, confirmedCount: number): number {
  return Math.max(0, capacity - confirmedCount);
}

/** Lowering capacity below the seats already confirmed is refused (nobody is bumped). */
export function assertCapacityCovers(capacity: number, confirmedCount: number): void {
  if (capacity < confirmedCount) {
    throw new DomainError(
      ErrorCode.CONFLICT,
      `Capacity cannot be lower than the ${confirmedCount} confirmed bookings`,
      'capacity',
      { reason: 'CAPACITY_BELOW_CONFIRMED', confirmed: confirmedCount },
    );
  }
}

export interface Waitlisted {
  readonly id: string;
  /** Order of joining the waitlist (a database sequence): lower came first. */
  readonly seq: number;
}

/** FIFO: first come, first promoted. */
export function waitlistOrder<T extends Waitlisted>(waitlist: readonly T[]): T[] {
  return [...waitlist].sort((a, b) => a.seq - b.seq);
}

/** 1-based place on the waitlist, or null when not on it. */
export function waitlistPosition(waitlist: readonly Waitlisted[], id: string): number | null {
  const index = waitlistOrder(waitlist).findIndex((w) => w.id === id);
  return index === -1 ? null : index + 1;
}

/**
 * Who moves up when seats free: as many as there are free seats, in waitlist order, skipping
 * those who cannot take a seat now (`eligible` false, e.g. an overlapping confirmed booking).
 */
export function promotions<T extends Waitlisted>(
  capacity: number,
  confirmedCount: number,
  waitlist: readonly T[],
  eligible: (w: T) => boolean = () => true,
): T[] {
  const free = seatsLeft(capacity, confirmedCount);
  if (free === 0) return [];
  return waitlistOrder(waitlist).filter(eligible).slice(0, free);
}

/** Half-open ranges: one session ending at 15:00 and another starting at 15:00 do not overlap. */
export function overlaps(a: TimeRange, b: TimeRange): boolean {
  return a.startsAt.getTime() < b.endsAt.getTime() && b.startsAt.getTime() < a.endsAt.getTime();
}

export interface ConfirmedElsewhere extends TimeRange {
  readonly sessionId: string;
  readonly teamId: string;
  readonly kind: SessionKind;
}

export interface Candidate extends TimeRange {
  readonly sessionId: string;
  readonly teamId: string;
  readonly kind: SessionKind;
}

/** The CARE month of a session: its calendar month in the team's time zone ('YYYY-MM'). */
export function careMonth(startsAt: Date, teamTimeZone: string): string {
  return monthKey(startsAt, teamTimeZone);
}

export type SeatRefusal = 'OVERLAP' | 'CARE_MONTH_TAKEN';

/**
 * Whether a member may hold a confirmed seat in `candidate` given their other confirmed
 * bookings: no overlap in time, and at most one CARE session per team per calendar month.
 */
export function seatRefusal(candidate: Candidate, confirmed: readonly ConfirmedElsewhere[], teamTimeZone: string): SeatRefusal | null {
  const others = confirmed.filter((c) => c.sessionId !== candidate.sessionId);
  if (others.some((c) => overlaps(c, candidate))) return 'OVERLAP';
  if (candidate.kind === 'CARE') {
    const month = careMonth(candidate.startsAt, teamTimeZone);
    if (others.some((c) => c.kind === 'CARE' && c.teamId === candidate.teamId && careMonth(c.startsAt, teamTimeZone) === month)) {
      return 'CARE_MONTH_TAKEN';
    }
  }
  return null;
}

export const SEAT_REFUSAL_MESSAGES: Record<SeatRefusal, string> = {
  OVERLAP: 'You already have a confirmed booking at an overlapping time',
  CARE_MONTH_TAKEN: 'You already have a care session booked this month',
};

export function assertSeatAllowed(candidate: Candidate, confirmed: readonly ConfirmedElsewhere[], teamTimeZone: string): void {
  const reason = seatRefusal(candidate, confirmed, teamTimeZone);
  if (reason) throw new DomainError(ErrorCode.CONFLICT, SEAT_REFUSAL_MESSAGES[reason], undefined, { reason });
}

/** A member gives up a seat or waitlist place until the session starts. */
export function assertBookingCancellable(status: BookingStatus, session: Pick<TimeRange, 'startsAt'>, now: Date): void {
  if (status === 'CANCELLED') throw conflict('This booking is already cancelled');
  if (hasStarted(session, now)) throw conflict('This session has already started');
}

export interface Viewer {
  readonly isLead: boolean;
  readonly isFacilitator: boolean;
  /** The viewer's own booking status in this session, if any. */
  readonly ownStatus: BookingStatus | null;
}

/** Names of attendees: for confirmed attendees, the facilitator and team leads only. */
export function canSeeAttendees(v: Viewer): boolean {
  return v.isLead || v.isFacilitator || v.ownStatus === 'CONFIRMED';
}

/** Every booking with its status and attendance: for the facilitator and team leads. */
export function canSeeAllBookings(v: Pick<Viewer, 'isLead' | 'isFacilitator'>): boolean {
  return v.isLead || v.isFacilitator;
}

/**
 * Attendance is marked by the facilitator or a lead, once the session has started, on a
 * confirmed booking of a session that was not cancelled.
 */
export function assertAttendanceMarkable(
  v: Pick<Viewer, 'isLead' | 'isFacilitator'>,
  session: Pick<BookableSession, 'startsAt' | 'cancelledAt'>,
  status: BookingStatus,
  now: Date,
): void {
  if (!canSeeAllBookings(v)) throw new DomainError(ErrorCode.FORBIDDEN, 'Only the facilitator or a team lead marks attendance');
  if (session.cancelledAt) throw conflict('This session has been cancelled');
  if (!hasStarted(session, now)) throw conflict('Attendance can be marked once the session has started');
  if (status !== 'CONFIRMED') throw conflict('Only confirmed bookings have attendance');
}
