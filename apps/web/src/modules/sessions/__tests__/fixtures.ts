import type { BookingFieldsFragment, SessionFieldsFragment, TeamSummaryFieldsFragment } from '../../../generated/graphql';
import { lead } from '../../../test/render';

export const TEAM = '11111111-1111-4111-8111-111111111111';
export const SESSION = '22222222-2222-4222-8222-222222222222';
export const BOOKING = '33333333-3333-4333-8333-333333333333';

export const member = { ...lead, id: '00000000-0000-4000-8000-000000000002', email: 'sanne@attune.demo', displayName: 'Sanne de Vries' };

const DAY = 86_400_000;

/** An ISO instant `days` from now (whole minutes), so "upcoming" stays upcoming whenever tests run. */
export function inDays(days: number, hours = 0): string {
  const t = Date.now() + days * DAY + hours * 3_600_000;
  return new Date(Math.floor(t / 60_000) * 60_000).toISOString();
}

export function team(myRole: 'LEAD' | 'MEMBER'): TeamSummaryFieldsFragment & { __typename: 'Team' } {
  return {
    __typename: 'Team',
    id: TEAM,
    name: 'Traumateam Oost',
    timeZone: 'Europe/Amsterdam',
    myRole,
    organisation: { __typename: 'Organisation', id: lead.organisationId, name: 'Centrum Veerkracht' } as TeamSummaryFieldsFragment['organisation'],
  };
}

export function booking(overrides: Partial<BookingFieldsFragment> = {}): BookingFieldsFragment & { __typename: 'Booking' } {
  return {
    __typename: 'Booking',
    id: BOOKING,
    sessionId: SESSION,
    status: 'CONFIRMED',
    waitlistPosition: null,
    createdAt: inDays(-1),
    confirmedAt: inDays(-1),
    cancelledAt: null,
    attended: null,
    icsUrl: null,
    ...overrides,
  };
}

export function session(overrides: Partial<SessionFieldsFragment> = {}): SessionFieldsFragment & { __typename: 'Session' } {
  const startsAt = overrides.startsAt ?? inDays(7);
  return {
    __typename: 'Session',
    id: SESSION,
    teamId: TEAM,
    seriesId: null,
    kind: 'CARE',
    title: 'Zorgsessie december',
    startsAt,
    endsAt: new Date(Date.parse(startsAt) + 90 * 60_000).toISOString(),
    timeZone: 'Europe/Amsterdam',
    location: 'Stiltekamer',
    videoUrl: null,
    capacity: 8,
    confirmedCount: 3,
    seatsLeft: 5,
    waitlistCount: 0,
    minNoticeMinutes: 0,
    bookingClosesAt: startsAt,
    cancelledAt: null,
    cancelReason: null,
    facilitator: { __typename: 'SessionPerson', id: lead.id, displayName: lead.displayName } as SessionFieldsFragment['facilitator'],
    myBooking: null,
    ...overrides,
  };
}
