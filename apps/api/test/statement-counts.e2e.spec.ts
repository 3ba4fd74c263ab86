import { insertCheckIns, type SeedCheckIn } from './check-in-helpers';
import { arrange, clientsFor, type GqlClient, type GqlResult, startTestApp, type TestApp } from './harness';
import { BOOK, type BookingResult, newSession } from './session-helpers';

/**
 * "My integration" and team wellbeing cost a fixed number of SQL statements whatever the amount
 * of data behind them: a member with 2 check-ins or 60 (and goals with steps), a team view over
 * 2 weeks or 50, a small team or a large one. Counted with ATTUNE_COUNT_QUERIES=1 (the
 * `x-sql-statements` header, which includes the login-session lookup).
 */
describe('statement count of my integration and team wellbeing', () => {
  let t: TestApp;
  let ids: Awaited<ReturnType<typeof arrange>>;
  let c: Record<string, GqlClient>;

  const INTEGRATION = `query($from: DateTime!, $to: DateTime!) {
    myIntegration(from: $from, to: $to) {
      from to who5 { date value } scales { scale points { date value } }
      timeline { id kind occurredAt date title { en nl } detail { en nl } value }
    }
  }`;
  const WELLBEING = `query($t: ID!, $g: WellbeingGranularity!, $from: DateTime!, $to: DateTime!) {
    teamWellbeing(teamId: $t, granularity: $g, from: $from, to: $to) {
      label respondents members participationRate suppressed suppressionReason responses
      metrics { metric mean bands { band count share } }
    }
  }`;

  const addDays = (d: string, n: number): string => new Date(Date.parse(`${d}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
  const mondays = (first: string, n: number): string[] => Array.from({ length: n }, (_, i) => addDays(first, 7 * i));

  beforeAll(async () => {
    t = await startTestApp({ ATTUNE_COUNT_QUERIES: '1' });
    const people: Parameters<typeof arrange>[1]['people'] = {
      'few@test.nl': { team: 'Small' },
      'many@test.nl': { team: 'Big' },
      'smalllead@test.nl': { team: 'Small', role: 'LEAD' },
      'biglead@test.nl': { team: 'Big', role: 'LEAD' },
    };
    for (let i = 0; i < 11; i++) people[`big${i}@test.nl`] = { team: 'Big' };
    for (let i = 0; i < 2; i++) people[`small${i}@test.nl`] = { team: 'Small' };
    ids = await arrange(t.db, { teams: ['Small', 'Big'], people });
    await t.db.query(`UPDATE team_membership SET joined_at = '2024-06-01'`);

    const weeks = mondays('2025-01-06', 52);
    const rows: SeedCheckIn[] = [];
    for (const [email, user] of Object.entries(ids.users)) {
      if (email.startsWith('big') || email === 'many@test.nl') {
        weeks.forEach((d, i) => rows.push({ user, date: d, raw: 8 + ((i * 7 + email.length) % 17), scale: i % 11 }));
        if (email === 'many@test.nl') weeks.slice(0, 8).forEach((d) => rows.push({ user, date: addDays(d, 2) }));
      }
    }
    rows.push({ user: ids.users['few@test.nl'] as string, date: '2025-03-03' }, { user: ids.users['few@test.nl'] as string, date: '2025-03-10' });
    await insertCheckIns(t.db, rows);
    // Goals with steps for the member with much history.
    const [goal] = (
      await t.db.query(`INSERT INTO goal (user_id, title, target_steps, created_at) VALUES ($1, 'Walk', 10, '2025-02-01T09:00:00Z') RETURNING id`, [
        ids.users['many@test.nl'],
      ])
    ).rows as { id: string }[];
    await t.db.query(
      `INSERT INTO goal_step (goal_id, user_id, taken_at, local_date)
       SELECT $1, $2, d::date + time '08:00', d::date FROM generate_series('2025-02-02'::date, '2025-02-13'::date, interval '1 day') AS d`,
      [goal!.id, ids.users['many@test.nl']],
    );
    c = await clientsFor(t.baseUrl, ['few@test.nl', 'many@test.nl', 'smalllead@test.nl', 'biglead@test.nl']);
  });
  afterAll(() => t.close());

  async function count(client: GqlClient, query: string, variables: Record<string, unknown>): Promise<{ n: number; r: GqlResult }> {
    const r = await client.gql(query, variables);
    expect(r.errors).toBeUndefined();
    const header = r.headers.get('x-sql-statements');
    expect(header).not.toBeNull();
    return { n: Number(header), r };
  }

  it('my integration costs the same for 2 check-ins as for 60 check-ins with a goal and steps: one statement plus the login lookup', async () => {
    const range = { from: '2025-01-01T00:00:00+01:00', to: '2026-01-01T00:00:00+01:00' };
    const few = await count(c['few@test.nl']!, INTEGRATION, range);
    const many = await count(c['many@test.nl']!, INTEGRATION, range);
    const timeline = (r: GqlResult): { kind: string }[] => (r.data as { myIntegration: { timeline: { kind: string }[] } }).myIntegration.timeline;
    expect(timeline(few.r)).toHaveLength(2);
    expect(timeline(many.r).filter((e) => e.kind === 'CHECK_IN')).toHaveLength(60);
    expect(timeline(many.r).filter((e) => e.kind === 'GOAL_STEP')).toHaveLength(12);
    expect(many.n).toBe(few.n);
    expect(many.n).toBeLessThanOrEqual(1 + 1);
  });

  it('team wellbeing costs the same for 2 weeks as for 50, for 2 months as for 12, and for a small team as for a large one', async () => {
    const lead = c['biglead@test.nl']!;
    const weeks2 = await count(lead, WELLBEING, { t: ids.teams.Big, g: 'WEEK', from: '2025-01-06T12:00:00Z', to: '2025-01-19T12:00:00Z' });
    const weeks50 = await count(lead, WELLBEING, { t: ids.teams.Big, g: 'WEEK', from: '2025-01-06T12:00:00Z', to: '2025-12-21T12:00:00Z' });
    const months2 = await count(lead, WELLBEING, { t: ids.teams.Big, g: 'MONTH', from: '2025-01-01T12:00:00Z', to: '2025-02-28T12:00:00Z' });
    const months12 = await count(lead, WELLBEING, { t: ids.teams.Big, g: 'MONTH', from: '2025-01-01T12:00:00Z', to: '2025-12-31T12:00:00Z' });
    const small = await count(c['smalllead@test.nl']!, WELLBEING, { t: ids.teams.Small, g: 'MONTH', from: '2025-01-01T12:00:00Z', to: '2025-12-31T12:00:00Z' });
    const buckets = (r: GqlResult): { suppressed: boolean }[] => (r.data as { teamWellbeing: { suppressed: boolean }[] }).teamWellbeing;
    expect(buckets(weeks2.r)).toHaveLength(2);
    expect(buckets(weeks50.r)).toHaveLength(50);
    expect(buckets(months12.r)).toHaveLength(12);
    // The large team's figures are shown, the small team's (3 members) suppressed: both paths counted.
    expect(buckets(weeks50.r).filter((b) => !b.suppressed).length).toBeGreaterThan(40);
    expect(buckets(small.r).every((b) => b.suppressed)).toBe(true);
    const counts = [weeks2.n, weeks50.n, months2.n, months12.n, small.n];
    expect(new Set(counts).size).toBe(1);
    expect(weeks50.n).toBeLessThanOrEqual(4 + 1);
  });

  it('team wellbeing seen again costs one statement (the view, audited in it) plus the login lookup, with kept, open and suppressed buckets alike', async () => {
    const soon = new Date(Date.now() + 86_400_000).toISOString();
    const views: [GqlClient, Record<string, unknown>][] = [
      [c['biglead@test.nl']!, { t: ids.teams.Big, g: 'WEEK', from: '2025-01-06T12:00:00Z', to: '2025-12-21T12:00:00Z' }],
      [c['biglead@test.nl']!, { t: ids.teams.Big, g: 'MONTH', from: '2025-01-01T12:00:00Z', to: soon }],
      [c['biglead@test.nl']!, { t: ids.teams.Big, g: 'QUARTER', from: '2025-01-01T12:00:00Z', to: soon }],
      [c['biglead@test.nl']!, { t: ids.teams.Big, g: 'WEEK', from: new Date(Date.now() - 20 * 7 * 86_400_000).toISOString(), to: soon }],
      [c['smalllead@test.nl']!, { t: ids.teams.Small, g: 'MONTH', from: '2025-01-01T12:00:00Z', to: soon }],
    ];
    const again: number[] = [];
    for (const [lead, variables] of views) {
      const first = await count(lead, WELLBEING, variables);
      expect(first.n).toBeLessThanOrEqual(4 + 1);
      const second = await count(lead, WELLBEING, variables);
      expect(second.r.data).toEqual(first.r.data);
      again.push(second.n);
    }
    expect(again).toEqual(views.map(() => 1 + 1));
  });

  it("reads an open bucket's figures with the view exactly when the range holds a moment of it in the team's zone", async () => {
    // The view statement counts only the open buckets the view shows; one it wrongly left out
    // would be computed apart (a second statement). So: ranges ending at, and just after, the
    // local midnight that starts this week.
    const { rows } = await t.db.query(
      `SELECT d::text AS monday, (d::timestamp AT TIME ZONE x.zone) AS midnight
         FROM (SELECT time_zone AS zone, date_trunc('week', now() AT TIME ZONE time_zone)::date AS d FROM team WHERE id = $1) x`,
      [ids.teams.Big],
    );
    const { monday, midnight } = rows[0] as { monday: string; midnight: Date };
    const WEEKS = `query($t: ID!, $g: WellbeingGranularity!, $from: DateTime!, $to: DateTime!) {
      teamWellbeing(teamId: $t, granularity: $g, from: $from, to: $to) { startDate suppressionReason respondents members }
    }`;
    const from = new Date(midnight.getTime() - 21 * 86_400_000).toISOString();
    for (const [to, showsThisWeek] of [
      [new Date(midnight.getTime() + 1).toISOString(), true],
      [midnight.toISOString(), false],
    ] as const) {
      const variables = { t: ids.teams.Big, g: 'WEEK', from, to };
      await count(c['biglead@test.nl']!, WEEKS, variables);
      const again = await count(c['biglead@test.nl']!, WEEKS, variables);
      expect(again.n).toBe(1 + 1);
      const shown = (again.r.data as { teamWellbeing: { startDate: string; suppressionReason: string | null; members: number }[] }).teamWellbeing;
      expect(shown).toHaveLength(showsThisWeek ? 4 : 3);
      expect(shown.some((b) => b.startDate === monday)).toBe(showsThisWeek);
      if (showsThisWeek) expect(shown.at(-1)).toMatchObject({ startDate: monday, suppressionReason: 'NOT_SETTLED', members: 13 });
    }
  });
});

/**
 * Booking a session queues on the session's row lock, so its statements are counted too: a
 * fixed number for a seat (with its confirmation mail, delivery job and reminder) and for a
 * waitlist place, including the login lookup and the team access check.
 */
describe('statement count of booking a session', () => {
  let t: TestApp;
  let ids: Awaited<ReturnType<typeof arrange>>;
  let c: Record<string, GqlClient>;
  const emails = ['a@test.nl', 'b@test.nl', 'c@test.nl', 'd@test.nl'];

  beforeAll(async () => {
    t = await startTestApp({ ATTUNE_COUNT_QUERIES: '1' });
    ids = await arrange(t.db, {
      teams: ['North'],
      people: { 'lead@test.nl': { team: 'North', role: 'LEAD' }, ...Object.fromEntries(emails.map((e) => [e, { team: 'North' }])) },
    });
    // One member without reminders: a seat without a reminder job costs the same.
    await t.db.query(`UPDATE app_user SET reminder_minutes_before = NULL WHERE id = $1`, [ids.users['b@test.nl']]);
    c = await clientsFor(t.baseUrl, ['lead@test.nl', ...emails]);
  });
  afterAll(() => t.close());

  it('a seat costs 4 statements with its mail and reminder, and so does a waitlist place', async () => {
    const { id } = await newSession(c['lead@test.nl']!, ids.teams.North!, { capacity: 2 });
    const counted: { status: string; n: number }[] = [];
    for (const e of emails) {
      const r = await c[e]!.gql<{ bookSession: BookingResult }>(BOOK, { id });
      expect(r.errors).toBeUndefined();
      counted.push({ status: r.data!.bookSession.status, n: Number(r.headers.get('x-sql-statements')) });
    }
    // login, access, the unlocked read, one autocommit statement that locks and inserts booking, mail and jobs
    expect(counted.slice(0, 2)).toEqual([
      { status: 'CONFIRMED', n: 4 },
      { status: 'CONFIRMED', n: 4 },
    ]);
    // login, access, the unlocked read, one autocommit statement that locks and waitlists
    expect(counted.slice(2)).toEqual([
      { status: 'WAITLISTED', n: 4 },
      { status: 'WAITLISTED', n: 4 },
    ]);
    // What the statements wrote: one confirmation mail per seat with its delivery job, a reminder job for the member who wants one.
    const mail = await t.db.query<{ n: number; jobs: number }>(
      `SELECT count(*)::int AS n, count(j.id)::int AS jobs
         FROM outbox_message o LEFT JOIN pgboss.job j ON j.id = o.id
        WHERE o.kind = 'BOOKING_CONFIRMED'`,
    );
    expect(mail.rows[0]).toEqual({ n: 2, jobs: 2 });
    const reminders = await t.db.query<{ user_id: string; job: boolean }>(
      `SELECT b.user_id, j.id IS NOT NULL AS job FROM booking b LEFT JOIN pgboss.job j ON j.id = b.reminder_job_id
        WHERE b.session_id = $1 AND b.status = 'CONFIRMED' ORDER BY b.user_id = $2`,
      [id, ids.users['a@test.nl']],
    );
    expect(reminders.rows.map((r) => [r.user_id, r.job])).toEqual([
      [ids.users['b@test.nl'], false],
      [ids.users['a@test.nl'], true],
    ]);
  });
});
