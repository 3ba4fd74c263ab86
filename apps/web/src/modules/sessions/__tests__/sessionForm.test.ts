import { describe, expect, it } from 'vitest';
import { en } from '../../../app/i18n/messages/en';
import { seriesOccurrences, seriesProblems, serverProblems, singleInstants, singleProblems, toCreateSeriesInput, type SessionFormValues } from '../sessionForm';
import { sessionPagesTexts, withSessionTexts } from '../texts';

const t = withSessionTexts(en, sessionPagesTexts.en);
const NOW = new Date('2026-03-01T12:00:00Z');

const values = (overrides: Partial<SessionFormValues> = {}): SessionFormValues => ({
  teamId: 'team',
  kind: 'CARE',
  title: 'Zorgsessie',
  date: '2026-03-10',
  startTime: '15:00',
  endTime: '16:30',
  week: 'SECOND',
  weekday: 'TUESDAY',
  firstMonth: '2026-03',
  months: 6,
  timeZone: 'Europe/Amsterdam',
  facilitatorId: 'lead',
  capacity: 8,
  location: '',
  videoUrl: '',
  minNoticeMinutes: 0,
  ...overrides,
});

describe('single session checks', () => {
  it('accepts a valid session and reads its local times in its zone, across DST', () => {
    expect(singleProblems(t, values(), NOW)).toEqual({});
    expect(singleInstants(values())?.startsAt.toISOString()).toBe('2026-03-10T14:00:00.000Z');
    expect(singleInstants(values({ date: '2026-04-14' }))?.startsAt.toISOString()).toBe('2026-04-14T13:00:00.000Z');
  });

  it('names each problem on its field', () => {
    expect(singleProblems(t, values({ title: '  ', date: null }), NOW)).toEqual({ title: 'Please fill this in.', date: 'Choose a date.' });
    expect(singleProblems(t, values({ endTime: '14:00' }), NOW)).toEqual({ endsAt: 'The session must end after it starts.' });
    expect(singleProblems(t, values({ startTime: '06:00', endTime: '19:30' }), NOW)).toEqual({ endsAt: 'A session lasts at most 12 hours.' });
    expect(singleProblems(t, values({ date: '2026-02-10' }), NOW)).toEqual({ startsAt: 'Choose a moment in the future.' });
    expect(singleProblems(t, values({ capacity: 0, videoUrl: 'http://x.org', timeZone: 'Mars/Base' }), NOW)).toEqual({
      capacity: 'Enter a whole number from 1 to 500.',
      videoUrl: 'Enter a secure web address starting with https://, e.g. https://meet.example.org/team.',
      timeZone: 'Choose a time zone from the list.',
    });
  });

  it('lets an unchanged past start through when editing (as the API does), but not a move into the past', () => {
    const original = { startsAt: '2026-02-10T14:00:00.000Z', endsAt: '2026-02-10T15:30:00.000Z' };
    expect(singleProblems(t, values({ date: '2026-02-10' }), NOW, original)).toEqual({});
    expect(singleProblems(t, values({ date: '2026-02-11' }), NOW, original)).toEqual({ startsAt: 'Choose a moment in the future.' });
  });
});

describe('series checks', () => {
  it('expands the future dates only, keeping 15:00 local across DST', () => {
    const dates = seriesOccurrences(values({ firstMonth: '2026-02', months: 3 }), NOW);
    expect(dates?.map((o) => o.startsAt.toISOString())).toEqual(['2026-03-10T14:00:00.000Z', '2026-04-14T13:00:00.000Z']);
  });

  it('refuses an end before the start, a bad month count, a past first month, and months without future dates', () => {
    expect(seriesProblems(t, values(), NOW)).toEqual({});
    expect(seriesProblems(t, values({ endTime: '15:00' }), NOW)).toEqual({ endTime: 'The session must end after it starts.' });
    expect(seriesProblems(t, values({ months: 25 }), NOW)).toEqual({ months: 'Enter a whole number from 1 to 24.' });
    expect(seriesProblems(t, values({ months: Number.NaN }), NOW)).toEqual({ months: 'Please fill this in.' });
    expect(seriesProblems(t, values({ firstMonth: '2026-02' }), NOW)).toEqual({ firstMonth: 'Choose this month or a later one.' });
    // The 2nd Tuesday of March 2026 is the 10th; on the 11th a one-month series in March has nothing left.
    expect(seriesProblems(t, values({ months: 1 }), new Date('2026-03-11T12:00:00Z'))).toEqual({
      months: 'These months have no dates left in the future: choose a later first month.',
    });
  });

  it('sends what the API expects, with empty places as null', () => {
    expect(toCreateSeriesInput(values({ location: '  Stiltekamer ', videoUrl: ' ' }))).toMatchObject({
      week: 'SECOND',
      weekday: 'TUESDAY',
      startTime: '15:00',
      endTime: '16:30',
      firstMonth: '2026-03',
      months: 6,
      location: 'Stiltekamer',
      videoUrl: null,
    });
  });
});

describe('server errors on fields', () => {
  it('puts BAD_USER_INPUT on the named field and a capacity conflict on capacity', () => {
    expect(serverProblems(t, { code: 'BAD_USER_INPUT', message: 'x', field: 'facilitatorId' }, values(), 'single', NOW)).toEqual({
      facilitatorId: 'Choose a member of the team.',
    });
    expect(serverProblems(t, { code: 'CONFLICT', message: 'x', reason: 'CAPACITY_BELOW_CONFIRMED' }, values(), 'single', NOW)).toEqual({
      capacity: t.sessions.conflicts.CAPACITY_BELOW_CONFIRMED,
    });
    expect(serverProblems(t, { code: 'CONFLICT', message: 'x' }, values(), 'single', NOW)).toEqual({});
  });
});
