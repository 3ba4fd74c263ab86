import { addMonths, dayOfMonthFor, formatYearMonth, yearMonthOf, zonedTimeToInstant } from '@attune/domain';
import { arrange, clientsFor, errorCode, type GqlClient, startTestApp, type TestApp } from './harness';
import { book, localTime } from './session-helpers';

const SERIES = `mutation($input: CreateSessionSeriesInput!) {
  createSessionSeries(input: $input) {
    id kind title week weekday startTime endTime timeZone firstMonth months
    sessions { id seriesId kind title startsAt endsAt timeZone capacity seatsLeft facilitator { displayName } }
  }
}`;

interface SeriesResult {
  createSessionSeries: {
    id: string;
    firstMonth: string;
    months: number;
    startTime: string;
    endTime: string;
    sessions: { id: string; seriesId: string; startsAt: string; endsAt: string; timeZone: string; seatsLeft: number }[];
  };
}

const AMS = 'Europe/Amsterdam';

describe('monthly series', () => {
  let t: TestApp;
  let ids: Awaited<ReturnType<typeof arrange>>;
  let lead: GqlClient;
  let member: GqlClient;

  beforeAll(async () => {
    t = await startTestApp();
    ids = await arrange(t.db, {
      teams: ['North'],
      people: { 'lead@test.nl': { team: 'North', role: 'LEAD' }, 'member@test.nl': { team: 'North' } },
    });
    const c = await clientsFor(t.baseUrl, ['lead@test.nl', 'member@test.nl']);
    lead = c['lead@test.nl']!;
    member = c['member@test.nl']!;
  });
  afterAll(() => t.close());

  const base = () => ({
    teamId: ids.teams.North!,
    kind: 'CARE',
    title: 'Zorgsessie',
    week: 'SECOND',
    weekday: 'TUESDAY',
    startTime: '15:00',
    endTime: '16:30',
    capacity: 8,
    location: 'Stiltekamer',
  });
  const nextMonth = () => formatYearMonth(addMonths(yearMonthOf(new Date(), AMS), 1));

  it('keeps 15:00–16:30 Amsterdam time on the 2nd Tuesday across both DST changes', async () => {
    const r = await lead.ok<SeriesResult>(SERIES, { input: { ...base(), firstMonth: nextMonth(), months: 12, timeZone: AMS } });
    const series = r.createSessionSeries;
    expect(series).toMatchObject({ firstMonth: nextMonth(), months: 12, startTime: '15:00', endTime: '16:30' });
    expect(series.sessions).toHaveLength(12);
    const utcHours = new Set<number>();
    for (const s of series.sessions) {
      expect(s.seriesId).toBe(series.id);
      expect(s.timeZone).toBe(AMS);
      expect(localTime(s.startsAt, AMS)).toBe('15:00');
      expect(localTime(s.endsAt, AMS)).toBe('16:30');
      const local = new Date(s.startsAt).toLocaleDateString('en-GB', { timeZone: AMS, weekday: 'long', day: 'numeric' });
      const [weekday, day] = local.split(' ');
      expect(weekday).toBe('Tuesday');
      expect(Number(day)).toBeGreaterThanOrEqual(8);
      expect(Number(day)).toBeLessThanOrEqual(14);
      utcHours.add(new Date(s.startsAt).getUTCHours());
    }
    // twelve consecutive months always include winter (UTC+1) and summer (UTC+2) time
    expect(utcHours).toEqual(new Set([13, 14]));
    // PostgreSQL's own zone rules agree with what the API computed
    const stored = await t.db.query(`SELECT DISTINCT to_char(starts_at AT TIME ZONE 'Europe/Amsterdam', 'HH24:MI') AS local FROM session WHERE series_id = $1`, [
      series.id,
    ]);
    expect(stored.rows).toEqual([{ local: '15:00' }]);

    // the sessions are ordinary, bookable sessions
    expect((await book(member, series.sessions[0]!.id)).status).toBe('CONFIRMED');
    const listed = await member.ok<{ sessions: { id: string }[] }>(`query($t: ID!, $from: DateTime, $to: DateTime) { sessions(teamId: $t, from: $from, to: $to) { id } }`, {
      t: ids.teams.North,
      from: series.sessions[0]!.startsAt,
      to: series.sessions[11]!.endsAt,
    });
    expect(listed.sessions.map((s) => s.id)).toEqual(series.sessions.map((s) => s.id));
  });

  it('keeps local time in another zone too, and expands the last weekday', async () => {
    const ny = await lead.ok<SeriesResult>(SERIES, {
      input: { ...base(), week: 'LAST', weekday: 'FRIDAY', startTime: '09:00', endTime: '10:00', timeZone: 'America/New_York', firstMonth: nextMonth(), months: 12 },
    });
    for (const s of ny.createSessionSeries.sessions) {
      expect(localTime(s.startsAt, 'America/New_York')).toBe('09:00');
      const d = new Date(s.startsAt);
      const inNy = new Date(d.toLocaleString('en-US', { timeZone: 'America/New_York' }));
      expect(inNy.getDay()).toBe(5);
      // the last Friday: a week later is another month
      const weekLater = new Date(inNy.getTime() + 7 * 86_400_000);
      expect(weekLater.getMonth()).not.toBe(inNy.getMonth());
    }
  });

  it('defaults to six months from the current month, skipping a date already past', async () => {
    const r = await lead.ok<SeriesResult>(SERIES, { input: { ...base(), title: 'Zorgsessie standaard', week: 'FIRST', weekday: 'MONDAY' } });
    const current = yearMonthOf(new Date(), AMS);
    const thisMonth = zonedTimeToInstant({ ...current, day: dayOfMonthFor(current.year, current.month, 'MONDAY', 'FIRST'), hour: 15, minute: 0 }, AMS);
    expect(r.createSessionSeries.firstMonth).toBe(formatYearMonth(current));
    expect(r.createSessionSeries.months).toBe(6);
    expect(r.createSessionSeries.sessions).toHaveLength(thisMonth.getTime() > Date.now() ? 6 : 5);
    expect(r.createSessionSeries.sessions.every((s) => new Date(s.startsAt).getTime() > Date.now())).toBe(true);

    const later = await lead.ok<SeriesResult>(SERIES, { input: { ...base(), title: 'Zorgsessie later', firstMonth: nextMonth() } });
    expect(later.createSessionSeries.sessions).toHaveLength(6);
  });

  it('validates the rule and names the offending field', async () => {
    const field = async (patch: Record<string, unknown>) => {
      const r = await lead.gql(SERIES, { input: { ...base(), ...patch } });
      return `${errorCode(r)}:${String(r.errors?.[0]?.extensions?.field)}`;
    };
    expect(await field({ startTime: '25:00' })).toBe('BAD_USER_INPUT:startTime');
    expect(await field({ endTime: '14:00' })).toBe('BAD_USER_INPUT:endTime');
    expect(await field({ months: 0 })).toBe('BAD_USER_INPUT:months');
    expect(await field({ months: 25 })).toBe('BAD_USER_INPUT:months');
    expect(await field({ firstMonth: '2020-01' })).toBe('BAD_USER_INPUT:firstMonth');
    expect(await field({ firstMonth: 'soon' })).toBe('BAD_USER_INPUT:firstMonth');
    expect(await field({ capacity: 501 })).toBe('BAD_USER_INPUT:capacity');
    expect(await field({ videoUrl: 'http://example.com' })).toBe('BAD_USER_INPUT:videoUrl');
    expect(await field({ title: '' })).toBe('BAD_USER_INPUT:title');
    expect(await field({ timeZone: 'Nowhere/Land' })).toBe('BAD_USER_INPUT:timeZone');
    expect(errorCode(await lead.gql(SERIES, { input: { ...base(), weekday: 'FUNDAY' } }))).toBe('BAD_USER_INPUT');
    const before = await t.db.query(`SELECT count(*)::int AS n FROM session_series`);
    expect(errorCode(await member.gql(SERIES, { input: base() }))).toBe('FORBIDDEN');
    const after = await t.db.query(`SELECT count(*)::int AS n FROM session_series`);
    expect(after.rows[0].n).toBe(before.rows[0].n);
  });
});
