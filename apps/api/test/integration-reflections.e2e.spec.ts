import type { Pool } from 'pg';
import { GqlClient, arrange, clientsFor, startTestApp, type GqlResult, type TestApp } from './harness';
import { addBooking } from './reflection-world';

/**
 * My integration's reflection-based charts and the timeline's sessions and reflections: only my
 * own, with the nine functions compared over the right windows (dates in my time zone).
 */

const WRITE = `mutation($input: WriteReflectionInput!) { writeReflection(input: $input) { id } }`;
const MY_INTEGRATION = `query($from: DateTime!, $to: DateTime!) { myIntegration(from: $from, to: $to) {
  attunement { date value } resonance { date value } chaosRigidity { date value }
  nineFunctions { asOf recentFrom earlierFrom functions { fn recentMean recentCount earlierMean earlierCount } }
  timeline { id kind date occurredAt value title { en nl } detail { en nl }
    session { id title kind startsAt endsAt } reflection { id attunement resonance chaosRigidity } }
} }`;

interface Point {
  date: string;
  value: number;
}
interface Fn {
  fn: string;
  recentMean: number | null;
  recentCount: number;
  earlierMean: number | null;
  earlierCount: number;
}
interface Entry {
  id: string;
  kind: string;
  date: string;
  occurredAt: string;
  value: number | null;
  title: { en: string; nl: string };
  detail: { en: string; nl: string } | null;
  session: { id: string; title: string; kind: string; startsAt: string; endsAt: string } | null;
  reflection: { id: string; attunement: number; resonance: number; chaosRigidity: number | null } | null;
}
interface MyIntegration {
  myIntegration: {
    attunement: Point[];
    resonance: Point[];
    chaosRigidity: Point[];
    nineFunctions: { asOf: string; recentFrom: string; earlierFrom: string; functions: Fn[] };
    timeline: Entry[];
  };
}

/** A session at a fixed time (an hour long), arranged directly in the database. */
async function sessionAt(db: Pool, teamId: string, startsAt: string, title: string, kind = 'INTERVISION'): Promise<string> {
  const r = await db.query<{ id: string }>(
    `INSERT INTO session (team_id, kind, title, starts_at, ends_at, time_zone, capacity)
     VALUES ($1, $2, $3, $4::timestamptz, $4::timestamptz + interval '1 hour', 'Europe/Amsterdam', 20) RETURNING id`,
    [teamId, kind, title, startsAt],
  );
  return r.rows[0]!.id;
}

describe('my integration: reflection charts and the timeline of sessions and reflections', () => {
  let t: TestApp;
  let c: Record<string, GqlClient>;
  let users: Record<string, string>;
  const anna = 'anna@north.test';
  const bea = 'bea@north.test';
  const lead = 'lead@north.test';
  const otto = 'otto@south.test';
  const s: Record<string, string> = {};

  /**
   * Anna attends sessions either side of the nine-functions windows for a range ending
   * 2026-05-31 (Amsterdam): recent = 2026-02-28 … 2026-05-31, earlier = 2025-11-30 … 2026-02-27.
   * Times just after local midnight are the previous day in UTC, so a UTC date would misfile them.
   */
  const ANNA: Record<string, { at: string; attunement: number; resonance: number; chaos?: number; fns: Record<string, number> }> = {
    beforeEarlier: { at: '2025-11-29T12:00:00+01:00', attunement: 1, resonance: 1, chaos: 3, fns: { insight: 1, morality: 1 } },
    earlierFirstDay: { at: '2025-11-30T00:30:00+01:00', attunement: 2, resonance: 2, fns: { insight: 2 } },
    earlierLastDay: { at: '2026-02-27T23:30:00+01:00', attunement: 3, resonance: 3, fns: { insight: 3 } },
    recentFirstDay: { at: '2026-02-28T00:30:00+01:00', attunement: 4, resonance: 4, fns: { insight: 4 } },
    inRange: { at: '2026-03-10T15:00:00+01:00', attunement: 6, resonance: 5, chaos: -1, fns: { empathy: 2 } },
    lastDay: { at: '2026-05-31T23:30:00+02:00', attunement: 7, resonance: 6, fns: { insight: 5, empathy: 4 } },
    afterRange: { at: '2026-06-01T00:30:00+02:00', attunement: 1, resonance: 1, chaos: -3, fns: { insight: 1, empathy: 1 } },
  };
  const FROM = '2026-03-01T00:00:00+01:00';
  const TO = '2026-06-01T00:00:00+02:00';

  beforeAll(async () => {
    t = await startTestApp({ ATTUNE_COUNT_QUERIES: '1' });
    const w = await arrange(t.db, {
      teams: ['North', 'South'],
      people: { [anna]: { team: 'North' }, [bea]: { team: 'North' }, [lead]: { team: 'North', role: 'LEAD' }, [otto]: { team: 'South' } },
    });
    users = w.users;
    c = await clientsFor(t.baseUrl, [anna, bea, lead, otto]);
    for (const [name, r] of Object.entries(ANNA)) {
      s[name] = await sessionAt(t.db, w.teams.North!, r.at, `Intervisie ${name}`);
      await addBooking(t.db, s[name]!, users[anna]!, 'CONFIRMED', true);
      await c[anna]!.ok(WRITE, {
        input: { sessionId: s[name], attunement: r.attunement, resonance: r.resonance, chaosRigidity: r.chaos ?? null, nineFunctions: r.fns, whatINeedNow: `Anna's secret ${name}` },
      });
    }
    // Bea attended two of the same sessions and rated them very differently.
    for (const name of ['inRange', 'lastDay']) {
      await addBooking(t.db, s[name]!, users[bea]!, 'CONFIRMED', true);
      await c[bea]!.ok(WRITE, { input: { sessionId: s[name], attunement: 2, resonance: 2, chaosRigidity: 2, nineFunctions: { insight: 2, morality: 5 }, whatINeedNow: "Bea's secret" } });
    }
    // Sessions that are not "attended" by Anna: absent, waitlisted, and one only Bea attended.
    s.absent = await sessionAt(t.db, w.teams.North!, '2026-04-10T10:00:00+02:00', 'Intervisie absent');
    await addBooking(t.db, s.absent, users[anna]!, 'CONFIRMED', false);
    await addBooking(t.db, s.absent, users[bea]!, 'CONFIRMED', true);
    s.waitlisted = await sessionAt(t.db, w.teams.North!, '2026-04-20T10:00:00+02:00', 'Intervisie wachtlijst');
    await addBooking(t.db, s.waitlisted, users[anna]!, 'WAITLISTED');
    s.beaOnly = await sessionAt(t.db, w.teams.North!, '2026-04-22T10:00:00+02:00', 'Intervisie van Bea');
    await addBooking(t.db, s.beaOnly, users[bea]!, 'CONFIRMED', true);
    // Otto, in another team, attended a session and reflected on it.
    s.south = await sessionAt(t.db, w.teams.South!, '2026-03-12T10:00:00+01:00', 'Intervisie South');
    await addBooking(t.db, s.south, users[otto]!, 'CONFIRMED', true);
    await c[otto]!.ok(WRITE, { input: { sessionId: s.south, attunement: 1, resonance: 7, nineFunctions: { insight: 1 }, whatINeedNow: "Otto's secret" } });
  });
  afterAll(() => t.close());

  it('charts my attunement, resonance and chaos–rigidity over the range, by session day in my time zone', async () => {
    const r = (await c[anna]!.ok<MyIntegration>(MY_INTEGRATION, { from: FROM, to: TO })).myIntegration;
    expect(r.attunement).toEqual([
      { date: '2026-03-10', value: 6 },
      { date: '2026-05-31', value: 7 },
    ]);
    expect(r.resonance).toEqual([
      { date: '2026-03-10', value: 5 },
      { date: '2026-05-31', value: 6 },
    ]);
    // The last day's reflection skipped the position: no point rather than a zero.
    expect(r.chaosRigidity).toEqual([{ date: '2026-03-10', value: -1 }]);
  });

  it('compares the nine functions over the recent three months against the three before, whatever `from` is', async () => {
    const r = (await c[anna]!.ok<MyIntegration>(MY_INTEGRATION, { from: FROM, to: TO })).myIntegration;
    expect(r.nineFunctions).toMatchObject({ asOf: '2026-05-31', recentFrom: '2026-02-28', earlierFrom: '2025-11-30' });
    const fn = (name: string): Fn | undefined => r.nineFunctions.functions.find((f) => f.fn === name);
    expect(r.nineFunctions.functions.map((f) => f.fn)).toEqual([
      'bodyRegulation',
      'attunedCommunication',
      'emotionalBalance',
      'fearModulation',
      'responseFlexibility',
      'insight',
      'empathy',
      'morality',
      'intuition',
    ]);
    // recent: 4 (first recent day) and 5 (the last day); earlier: 2 (first earlier day) and 3 (last earlier day).
    expect(fn('insight')).toEqual({ fn: 'insight', recentMean: 4.5, recentCount: 2, earlierMean: 2.5, earlierCount: 2 });
    expect(fn('empathy')).toEqual({ fn: 'empathy', recentMean: 3, recentCount: 2, earlierMean: null, earlierCount: 0 });
    // Morality was rated only before the earlier window (and by Bea, whose ratings never count for Anna).
    expect(fn('morality')).toEqual({ fn: 'morality', recentMean: null, recentCount: 0, earlierMean: null, earlierCount: 0 });

    // A range that ends later moves both windows: the last day is now "recent", the old ones drop out.
    const later = (await c[anna]!.ok<MyIntegration>(MY_INTEGRATION, { from: FROM, to: '2026-09-01T00:00:00+02:00' })).myIntegration;
    expect(later.nineFunctions).toMatchObject({ asOf: '2026-08-31', recentFrom: '2026-05-31', earlierFrom: '2026-02-28' });
    expect(later.nineFunctions.functions.find((f) => f.fn === 'insight')).toEqual({
      fn: 'insight',
      recentMean: 3, // 5 on 2026-05-31 and 1 on 2026-06-01
      recentCount: 2,
      earlierMean: 4, // 4 on 2026-02-28 (the first earlier day now); 2025 and 2026-02-27 fall outside
      earlierCount: 1,
    });
    expect(later.attunement.map((p) => p.date)).toEqual(['2026-03-10', '2026-05-31', '2026-06-01']);
  });

  it('puts the sessions I attended and the reflections I wrote on my timeline, without any text', async () => {
    const to = new Date(Date.now() + 86400_000).toISOString();
    const r = (await c[anna]!.ok<MyIntegration>(MY_INTEGRATION, { from: '2025-11-01T00:00:00Z', to })).myIntegration;
    const attended = r.timeline.filter((e) => e.kind === 'SESSION_ATTENDED');
    expect(attended.map((e) => e.session!.id).sort()).toEqual(Object.keys(ANNA).map((n) => s[n]).sort());
    const last = attended.find((e) => e.session!.id === s.lastDay)!;
    expect(last).toMatchObject({
      date: '2026-05-31',
      occurredAt: '2026-05-31T21:30:00.000Z',
      title: { en: 'Attended: Intervisie lastDay', nl: 'Bijgewoond: Intervisie lastDay' },
      detail: { en: 'Peer supervision', nl: 'Intervisie' },
      session: { title: 'Intervisie lastDay', kind: 'INTERVISION', startsAt: '2026-05-31T21:30:00.000Z', endsAt: '2026-05-31T22:30:00.000Z' },
      reflection: null,
    });

    const reflections = r.timeline.filter((e) => e.kind === 'REFLECTION');
    expect(reflections.map((e) => e.session!.id).sort()).toEqual(Object.keys(ANNA).map((n) => s[n]).sort());
    const mine = await t.db.query<{ id: string; session_id: string }>(`SELECT id, session_id FROM reflection WHERE author_id = $1`, [users[anna]]);
    const inRange = reflections.find((e) => e.session!.id === s.inRange)!;
    expect(inRange).toMatchObject({
      id: `reflection:${mine.rows.find((row) => row.session_id === s.inRange)!.id}`,
      title: { en: 'Reflection on Intervisie inRange' },
      detail: { en: 'Attunement 6/7 · resonance 5/7', nl: 'Afstemming 6/7 · resonantie 5/7' },
      reflection: { id: mine.rows.find((row) => row.session_id === s.inRange)!.id, attunement: 6, resonance: 5, chaosRigidity: -1 },
    });
    // Written now: dated today, newest first.
    expect(new Date(inRange.occurredAt).getTime()).toBeGreaterThan(Date.now() - 5 * 60_000);
    expect(r.timeline.slice(0, reflections.length).every((e) => e.kind === 'REFLECTION')).toBe(true);

    const everything = JSON.stringify(r);
    for (const foreign of ["Anna's secret", "Bea's secret", "Otto's secret", s.absent, s.waitlisted, s.beaOnly, s.south]) {
      expect(everything).not.toContain(foreign);
    }
  });

  it('never shows another member\'s reflections or bookings: each sees only their own', async () => {
    const to = new Date(Date.now() + 86400_000).toISOString();
    const range = { from: '2025-11-01T00:00:00Z', to };
    const beaView = (await c[bea]!.ok<MyIntegration>(MY_INTEGRATION, range)).myIntegration;
    expect(beaView.attunement).toEqual([
      { date: '2026-03-10', value: 2 },
      { date: '2026-05-31', value: 2 },
    ]);
    expect(beaView.timeline.filter((e) => e.kind === 'SESSION_ATTENDED').map((e) => e.session!.id).sort()).toEqual(
      [s.inRange, s.lastDay, s.absent, s.beaOnly].sort(),
    );
    expect(beaView.timeline.filter((e) => e.kind === 'REFLECTION')).toHaveLength(2);

    const leadView = (await c[lead]!.ok<MyIntegration>(MY_INTEGRATION, range)).myIntegration;
    expect(leadView.timeline).toEqual([]);
    expect([leadView.attunement, leadView.resonance, leadView.chaosRigidity]).toEqual([[], [], []]);
    expect(leadView.nineFunctions.functions.every((f) => f.recentCount === 0 && f.earlierCount === 0)).toBe(true);

    const ottoView = (await c[otto]!.ok<MyIntegration>(MY_INTEGRATION, range)).myIntegration;
    expect(ottoView.attunement).toEqual([{ date: '2026-03-12', value: 1 }]);
    expect(ottoView.timeline.map((e) => e.session!.id)).toEqual([s.south, s.south]);
  });

  it('costs the same number of statements however much is on my timeline', async () => {
    const statements = (r: GqlResult<unknown>): number => Number(r.headers.get('x-sql-statements'));
    const range = { from: '2025-11-01T00:00:00Z', to: new Date(Date.now() + 86400_000).toISOString() };
    const busy = await c[anna]!.gql<MyIntegration>(MY_INTEGRATION, range);
    const empty = await c[lead]!.gql<MyIntegration>(MY_INTEGRATION, range);
    expect(busy.data!.myIntegration.timeline.length).toBeGreaterThan(10);
    expect(statements(busy)).toBeGreaterThan(0);
    expect(statements(busy)).toBe(statements(empty));
  });
});
