import { describe, expect, it } from 'vitest';
import { DomainError } from '../../errors.js';
import {
  assertAttendanceMarkable,
  assertBookable,
  assertBookingCancellable,
  assertCapacityCovers,
  bookingClosesAt,
  bookingRefusal,
  canSeeAllBookings,
  canSeeAttendees,
  careMonth,
  overlaps,
  promotions,
  seatRefusal,
  seatsLeft,
  statusForNewBooking,
  waitlistOrder,
  waitlistPosition,
  type Candidate,
  type ConfirmedElsewhere,
} from '../rules.js';

const AMS = 'Europe/Amsterdam';
const at = (iso: string) => new Date(iso);

function codeOf(fn: () => unknown): string | null {
  try {
    fn();
  } catch (e) {
    if (e instanceof DomainError) return `${e.code}${e.details.reason ? `:${String(e.details.reason)}` : ''}`;
    throw e;
  }
  return null;
}

describe('capacity', () => {
  it('confirms while seats are free and waitlists when full (not an error)', () => {
    expect(statusForNewBooking(8, 0)).toBe('CONFIRMED');
    expect(statusForNewBooking(8, 7)).toBe('CONFIRMED');
    expect(statusForNewBooking(8, 8)).toBe('WAITLISTED');
    expect(seatsLeft(8, 3)).toBe(5);
    expect(seatsLeft(8, 9)).toBe(0);
  });

  it('refuses capacity below the confirmed count', () => {
    expect(codeOf(() => assertCapacityCovers(5, 5))).toBeNull();
    expect(codeOf(() => assertCapacityCovers(4, 5))).toBe('CONFLICT:CAPACITY_BELOW_CONFIRMED');
  });
});

describe('minimum notice and start', () => {
  const session = { startsAt: at('2026-06-09T13:00:00Z'), endsAt: at('2026-06-09T14:30:00Z'), cancelledAt: null, minNoticeMinutes: 120 };

  it('closes booking at the minimum notice before the start', () => {
    expect(bookingClosesAt(session).toISOString()).toBe('2026-06-09T11:00:00.000Z');
    expect(bookingRefusal(session, at('2026-06-09T10:59:59Z'))).toBeNull();
    expect(bookingRefusal(session, at('2026-06-09T11:00:00Z'))).toBe('BOOKING_CLOSED');
    expect(bookingRefusal({ ...session, minNoticeMinutes: 0 }, at('2026-06-09T12:59:59Z'))).toBeNull();
    expect(bookingRefusal({ ...session, minNoticeMinutes: 0 }, at('2026-06-09T13:00:00Z'))).toBe('SESSION_STARTED');
  });

  it('refuses started and cancelled sessions as CONFLICT with a reason', () => {
    expect(codeOf(() => assertBookable(session, at('2026-06-10T00:00:00Z')))).toBe('CONFLICT:SESSION_STARTED');
    expect(codeOf(() => assertBookable({ ...session, cancelledAt: at('2026-06-01T00:00:00Z') }, at('2026-06-02T00:00:00Z')))).toBe(
      'CONFLICT:SESSION_CANCELLED',
    );
    expect(codeOf(() => assertBookable(session, at('2026-06-09T12:00:00Z')))).toBe('CONFLICT:BOOKING_CLOSED');
    expect(codeOf(() => assertBookable(session, at('2026-06-01T00:00:00Z')))).toBeNull();
  });

  it('lets a booking be cancelled until the start, once', () => {
    expect(codeOf(() => assertBookingCancellable('CONFIRMED', session, at('2026-06-09T12:59:00Z')))).toBeNull();
    expect(codeOf(() => assertBookingCancellable('WAITLISTED', session, at('2026-06-09T13:00:00Z')))).toBe('CONFLICT');
    expect(codeOf(() => assertBookingCancellable('CANCELLED', session, at('2026-06-01T00:00:00Z')))).toBe('CONFLICT');
  });
});

describe('waitlist', () => {
  const list = [
    { id: 'c', seq: 30 },
    { id: 'a', seq: 10 },
    { id: 'b', seq: 20 },
  ];

  it('keeps first-come-first-served order', () => {
    expect(waitlistOrder(list).map((w) => w.id)).toEqual(['a', 'b', 'c']);
    expect(waitlistPosition(list, 'a')).toBe(1);
    expect(waitlistPosition(list, 'c')).toBe(3);
    expect(waitlistPosition(list, 'zz')).toBeNull();
  });

  it('promotes as many as seats free, in order, skipping who cannot take a seat', () => {
    expect(promotions(8, 8, list)).toEqual([]);
    expect(promotions(8, 7, list).map((w) => w.id)).toEqual(['a']);
    expect(promotions(10, 7, list).map((w) => w.id)).toEqual(['a', 'b', 'c']);
    expect(promotions(20, 7, list).map((w) => w.id)).toEqual(['a', 'b', 'c']);
    expect(promotions(8, 7, list, (w) => w.id !== 'a').map((w) => w.id)).toEqual(['b']);
  });
});

describe('overlap and the monthly CARE session', () => {
  const care: Candidate = { sessionId: 's1', teamId: 't1', kind: 'CARE', startsAt: at('2026-06-09T13:00:00Z'), endsAt: at('2026-06-09T14:30:00Z') };
  const other = (patch: Partial<ConfirmedElsewhere>): ConfirmedElsewhere => ({
    sessionId: 's2',
    teamId: 't1',
    kind: 'SUPERVISION',
    startsAt: at('2026-06-20T09:00:00Z'),
    endsAt: at('2026-06-20T10:00:00Z'),
    ...patch,
  });

  it('treats ranges as half-open', () => {
    expect(overlaps(care, { startsAt: at('2026-06-09T14:30:00Z'), endsAt: at('2026-06-09T15:00:00Z') })).toBe(false);
    expect(overlaps(care, { startsAt: at('2026-06-09T14:29:00Z'), endsAt: at('2026-06-09T15:00:00Z') })).toBe(true);
    expect(overlaps(care, { startsAt: at('2026-06-09T12:00:00Z'), endsAt: at('2026-06-09T16:00:00Z') })).toBe(true);
  });

  it('refuses an overlapping confirmed booking in any team', () => {
    expect(seatRefusal(care, [other({ teamId: 't9', startsAt: at('2026-06-09T14:00:00Z'), endsAt: at('2026-06-09T15:00:00Z') })], AMS)).toBe(
      'OVERLAP',
    );
    expect(seatRefusal(care, [other({})], AMS)).toBeNull();
  });

  it('allows one CARE session per team per month, counted in the team time zone', () => {
    expect(seatRefusal(care, [other({ kind: 'CARE' })], AMS)).toBe('CARE_MONTH_TAKEN');
    expect(seatRefusal(care, [other({ kind: 'CARE', teamId: 't2' })], AMS)).toBeNull();
    expect(seatRefusal(care, [other({ kind: 'INTERVISION' })], AMS)).toBeNull();
    expect(seatRefusal({ ...care, kind: 'SUPERVISION' }, [other({ kind: 'CARE' })], AMS)).toBeNull();
    // 1 July 00:30 in Amsterdam is still 30 June in UTC: a different month for the team
    const julyInAmsterdam = other({ kind: 'CARE', startsAt: at('2026-06-30T22:30:00Z'), endsAt: at('2026-06-30T23:30:00Z') });
    expect(careMonth(julyInAmsterdam.startsAt, AMS)).toBe('2026-07');
    expect(seatRefusal(care, [julyInAmsterdam], AMS)).toBeNull();
    expect(seatRefusal(care, [julyInAmsterdam], 'UTC')).toBe('CARE_MONTH_TAKEN');
    // the same session is not a conflict with itself
    expect(seatRefusal(care, [{ ...care }], AMS)).toBeNull();
  });
});

describe('who sees and marks what', () => {
  it('shows attendee names to confirmed attendees, the facilitator and leads only', () => {
    expect(canSeeAttendees({ isLead: false, isFacilitator: false, ownStatus: 'CONFIRMED' })).toBe(true);
    expect(canSeeAttendees({ isLead: false, isFacilitator: false, ownStatus: 'WAITLISTED' })).toBe(false);
    expect(canSeeAttendees({ isLead: false, isFacilitator: false, ownStatus: 'CANCELLED' })).toBe(false);
    expect(canSeeAttendees({ isLead: false, isFacilitator: false, ownStatus: null })).toBe(false);
    expect(canSeeAttendees({ isLead: false, isFacilitator: true, ownStatus: null })).toBe(true);
    expect(canSeeAttendees({ isLead: true, isFacilitator: false, ownStatus: null })).toBe(true);
    expect(canSeeAllBookings({ isLead: false, isFacilitator: false })).toBe(false);
    expect(canSeeAllBookings({ isLead: false, isFacilitator: true })).toBe(true);
  });

  it('marks attendance after the start, on confirmed bookings, by facilitator or lead', () => {
    const session = { startsAt: at('2026-06-09T13:00:00Z'), cancelledAt: null };
    const after = at('2026-06-09T13:00:00Z');
    const lead = { isLead: true, isFacilitator: false };
    expect(codeOf(() => assertAttendanceMarkable(lead, session, 'CONFIRMED', after))).toBeNull();
    expect(codeOf(() => assertAttendanceMarkable({ isLead: false, isFacilitator: true }, session, 'CONFIRMED', after))).toBeNull();
    expect(codeOf(() => assertAttendanceMarkable({ isLead: false, isFacilitator: false }, session, 'CONFIRMED', after))).toBe('FORBIDDEN');
    expect(codeOf(() => assertAttendanceMarkable(lead, session, 'CONFIRMED', at('2026-06-09T12:59:59Z')))).toBe('CONFLICT');
    expect(codeOf(() => assertAttendanceMarkable(lead, session, 'WAITLISTED', after))).toBe('CONFLICT');
    expect(codeOf(() => assertAttendanceMarkable(lead, { ...session, cancelledAt: at('2026-06-01T00:00:00Z') }, 'CONFIRMED', after))).toBe(
      'CONFLICT',
    );
  });
});
