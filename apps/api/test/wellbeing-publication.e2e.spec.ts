import { isSettled, type Granularity } from '@attune/domain';
import { DataSource } from 'typeorm';
import { WellbeingService } from '../src/modules/wellbeing/wellbeing.service';
import { insertCheckIns, type SeedCheckIn } from './check-in-helpers';
import { TEST_PASSWORD, arrange, clientsFor, type GqlClient, type TestApp, startTestApp } from './harness';

/**
 * The figures of settled buckets are kept (wellbeing_publication) and served from there on later
 * views. What a lead sees must not depend on that: a kept view equals a fresh computation, open
 * buckets are never kept, a change of k is applied at once, and an erasure still wins.
 */
interface Bucket {
  granularity: Granularity;
  label: string;
  start: string;
  end: string;
  startDate: string;
  endDate: string;
  suppressed: boolean;
  suppressionReason: string | null;
  respondents: number;
  members: number;
  participationRate: number | null;
  anonymityThreshold: number;
}

const Q = `query($t: ID!, $g: WellbeingGranularity!, $from: DateTime!, $to: DateTime!) {
  teamWellbeing(teamId: $t, granularity: $g, from: $from, to: $to) {
    granularity label start end startDate endDate respondents members participationRate suppressed suppressionReason responses
    metrics { metric mean bands { band count share } } anonymityThreshold
  }
}`;
const UPDATE_K = `mutation($k: Int) { updateOrganisationSettings(input: { anonymityThreshold: $k }) { anonymityThreshold } }`;

const DAY = 86_400_000;
const MEMBERS = Array.from({ length: 9 }, (_, i) => `m${i + 1}@test.nl`);

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const isoDay = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

describe('kept team wellbeing figures', () => {
  let t: TestApp;
  let ids: Awaited<ReturnType<typeof arrange>>;
  let c: Record<string, GqlClient>;
  const now = Date.now();
  const today = isoDay(now);
  // Each within the 60-bucket cap, each from well before the first check-in up to an open bucket.
  const RANGES: Record<Granularity, { from: string; to: string }> = {
    WEEK: { from: new Date(now - 56 * 7 * DAY).toISOString(), to: new Date(now + DAY).toISOString() },
    MONTH: { from: '2024-07-01T00:00:00+02:00', to: new Date(now + DAY).toISOString() },
    QUARTER: { from: '2024-07-01T00:00:00+02:00', to: new Date(now + DAY).toISOString() },
  };
  const GRANULARITIES = Object.keys(RANGES) as Granularity[];

  const view = async (g: Granularity): Promise<string> =>
    JSON.stringify((await c['lead@test.nl']!.ok<{ teamWellbeing: Bucket[] }>(Q, { t: ids.teams.North, g, ...RANGES[g] })).teamWellbeing);
  const buckets = (text: string): Bucket[] => JSON.parse(text) as Bucket[];
  const kept = async (): Promise<{ granularity: Granularity; start: string; k: number }[]> =>
    (
      await t.db.query(
        `SELECT granularity, bucket_start::text AS start, anonymity_threshold AS k FROM wellbeing_publication WHERE team_id = $1 ORDER BY 1, 2`,
        [ids.teams.North],
      )
    ).rows;
  const forget = async (): Promise<void> => {
    await t.db.query(`DELETE FROM wellbeing_publication`);
  };

  beforeAll(async () => {
    t = await startTestApp();
    ids = await arrange(t.db, {
      teams: ['North'],
      people: {
        'lead@test.nl': { team: 'North', role: 'LEAD' },
        'admin@test.nl': { admin: true },
        'newbie@test.nl': { team: 'North' },
        ...Object.fromEntries(MEMBERS.map((m) => [m, { team: 'North' }])),
      },
    });
    c = await clientsFor(t.baseUrl, ['lead@test.nl', 'admin@test.nl', 'm1@test.nl']);
    // From January 2025 up to today: some people weekly, some daily, each with their own
    // participation, so that weeks, months and quarters come out shown, too small and
    // complementarily hidden. m9 stays away from the last hundred days (see the open-bucket test).
    const rnd = mulberry32(7);
    const rows: SeedCheckIn[] = [];
    MEMBERS.forEach((email, i) => {
      const participation = 0.2 + rnd() * 0.8;
      const daily = i % 4 === 0;
      const weekday = Math.floor(rnd() * 7);
      for (let day = Date.parse('2025-01-01T00:00:00Z'); day <= Date.parse(`${today}T00:00:00Z`); day += DAY) {
        if (email === 'm9@test.nl' && day > now - 100 * DAY) continue;
        const dow = (new Date(day).getUTCDay() + 6) % 7;
        if ((!daily && dow !== weekday) || rnd() > participation) continue;
        rows.push({ user: ids.users[email]!, date: isoDay(day), raw: Math.floor(rnd() * 26), scale: Math.floor(rnd() * 11) });
      }
    });
    await insertCheckIns(t.db, rows);
  });
  afterAll(() => t.close());

  it('serves the same buckets from the kept figures as a fresh computation, suppressed ones included', async () => {
    for (const g of GRANULARITIES) {
      await forget();
      const first = await view(g);
      const fromKept = await view(g);
      await forget();
      const recomputed = await view(g);
      expect(fromKept).toBe(first);
      expect(recomputed).toBe(first);

      const reasons = new Set(buckets(first).map((b) => (b.suppressed ? b.suppressionReason : 'SHOWN')));
      expect([...reasons].sort()).toEqual(
        expect.arrayContaining(g === 'QUARTER' ? ['NOT_SETTLED', 'SHOWN'] : ['NOT_SETTLED', 'SHOWN', 'TOO_FEW_RESPONDENTS']),
      );
    }
    // Somewhere a bucket was hidden to protect another: those are kept and served too.
    const all = (await Promise.all(GRANULARITIES.map(view))).flatMap(buckets);
    expect(all.some((b) => b.suppressionReason === 'PROTECTS_OTHER_CELL')).toBe(true);
  });

  it('really serves the kept figures on a second view (what is kept is what is shown)', async () => {
    await forget();
    await view('MONTH');
    const [one] = await kept();
    await t.db.query(
      // members: the sixth value of the kept figures (kept-figures.ts)
      `UPDATE wellbeing_publication SET figures = jsonb_set(figures::jsonb, '{5}', '99')::json WHERE team_id = $1 AND granularity = $2 AND bucket_start = $3`,
      [ids.teams.North, one!.granularity, one!.start],
    );
    const month = buckets(await view('MONTH')).find((b) => b.startDate === one!.start)!;
    expect(month.members).toBe(99);
    await forget();
  });

  it('never keeps a bucket that is not settled, and keeps counting who takes part in open ones', async () => {
    await forget();
    const shown = Object.fromEntries(await Promise.all(GRANULARITIES.map(async (g) => [g, buckets(await view(g))] as const))) as Record<Granularity, Bucket[]>;
    const rows = await kept();
    for (const r of rows) expect({ ...r, settled: isSettled(r.start, r.granularity, new Date()) }).toEqual({ ...r, settled: true });
    for (const g of GRANULARITIES) {
      const keptStarts = rows.filter((r) => r.granularity === g).map((r) => r.start);
      const open = shown[g].filter((b) => b.suppressionReason === 'NOT_SETTLED');
      expect(open.length).toBeGreaterThan(0);
      expect(keptStarts.filter((s) => open.some((b) => b.startDate === s))).toEqual([]);
      // Every settled bucket of the view was kept.
      expect(keptStarts).toEqual(shown[g].filter((b) => b.suppressionReason !== 'NOT_SETTLED').map((b) => b.startDate));
    }

    // m9 checks in today: the open buckets that hold today count one more respondent at once.
    await insertCheckIns(t.db, [{ user: ids.users['m9@test.nl']!, date: today }]);
    for (const g of GRANULARITIES) {
      const holdsToday = (b: Bucket): boolean => b.startDate <= today && today < b.endDate;
      const before = shown[g].find(holdsToday)!;
      const after = buckets(await view(g)).find(holdsToday)!;
      expect(before.suppressionReason).toBe('NOT_SETTLED');
      expect(after).toMatchObject({ suppressionReason: 'NOT_SETTLED', respondents: before.respondents + 1 });
    }
    await t.db.query(`DELETE FROM check_in WHERE user_id = $1 AND local_date = $2`, [ids.users['m9@test.nl'], today]);
  });

  it('counts open buckets as the aggregate query does: members during the bucket, check-ins by membership when submitted', async () => {
    await forget();
    // m7 left an hour ago; newbie joined an hour ago and checked in just before that (not theirs to count).
    await t.db.query(`UPDATE team_membership SET left_at = now() - interval '1 hour' WHERE user_id = $1`, [ids.users['m7@test.nl']]);
    await t.db.query(`UPDATE team_membership SET joined_at = now() - interval '1 hour' WHERE user_id = $1`, [ids.users['newbie@test.nl']]);
    await t.db.query(
      `INSERT INTO check_in (user_id, local_date, time_zone, submitted_at, who5_1, who5_2, who5_3, who5_4, who5_5,
                             stress_load, sleep_quality, body_tension, safety, connection, client_material)
       VALUES ($1, $2, 'Europe/Amsterdam', now() - interval '2 hours', 3, 3, 3, 3, 3, 5, 5, 5, 5, 5, 5)`,
      [ids.users['newbie@test.nl'], today],
    );
    try {
      const service = t.app.get(WellbeingService);
      const team = (await service.teamInfo(t.app.get(DataSource).manager, ids.teams.North!))!;
      for (const g of GRANULARITIES) {
        const open = buckets(await view(g)).filter((b) => b.suppressionReason === 'NOT_SETTLED');
        expect(open.length).toBeGreaterThan(0);
        const computed = await service.compute(t.app.get(DataSource).manager, team, open.map((b) => ({ granularity: g, start: b.startDate })), new Date());
        const shape = (b: { start: Date | string; end: Date | string; respondents: number; members: number; participationRate: number | null }): unknown => ({
          start: new Date(b.start).toISOString(),
          end: new Date(b.end).toISOString(),
          respondents: b.respondents,
          members: b.members,
          participationRate: b.participationRate,
        });
        expect(open.map(shape)).toEqual(open.map((b) => shape(computed.get(`${g}|${b.startDate}`)!)));
      }
    } finally {
      await t.db.query(`DELETE FROM check_in WHERE user_id = $1`, [ids.users['newbie@test.nl']]);
      await t.db.query(`UPDATE team_membership SET left_at = NULL WHERE user_id = $1`, [ids.users['m7@test.nl']]);
      await t.db.query(`UPDATE team_membership SET joined_at = now() - interval '3 years' WHERE user_id = $1`, [ids.users['newbie@test.nl']]);
      await forget();
    }
  });

  it('serves two first views at once (both compute, the first keeps)', async () => {
    await forget();
    const [a, b] = await Promise.all([view('WEEK'), view('WEEK')]);
    expect(b).toBe(a);
    expect(await view('WEEK')).toBe(a);
  });

  it('applies a change of k on the next view: nothing kept under another k is served', async () => {
    await forget();
    const underFive = Object.fromEntries(await Promise.all(GRANULARITIES.map(async (g) => [g, await view(g)] as const))) as Record<Granularity, string>;
    expect((await c['admin@test.nl']!.ok<{ updateOrganisationSettings: { anonymityThreshold: number } }>(UPDATE_K, { k: 3 })).updateOrganisationSettings.anonymityThreshold).toBe(3);
    try {
      let newlyShown = 0;
      for (const g of GRANULARITIES) {
        const underThree = await view(g);
        expect(buckets(underThree).every((b) => b.anonymityThreshold === 3)).toBe(true);
        const before = buckets(underFive[g]);
        newlyShown += buckets(underThree).filter((b, i) => !b.suppressed && before[i]!.suppressed).length;
        // Kept under k = 3 now, and equal to a fresh computation under k = 3.
        expect(await view(g)).toBe(underThree);
        await t.db.query(`DELETE FROM wellbeing_publication WHERE anonymity_threshold = 3`);
        expect(await view(g)).toBe(underThree);
      }
      expect(newlyShown).toBeGreaterThan(0);
      expect(new Set((await kept()).map((r) => r.k))).toEqual(new Set([3, 5]));
    } finally {
      await c['admin@test.nl']!.ok(UPDATE_K, { k: 5 });
    }
    // Back to k = 5: the figures kept under 5 are what was published under 5.
    for (const g of GRANULARITIES) expect(await view(g)).toBe(underFive[g]);
  });

  it('keeps figures per time zone: a team in another zone gets its own', async () => {
    await forget();
    const amsterdam = await view('MONTH');
    await t.db.query(`UPDATE team SET time_zone = 'America/New_York' WHERE id = $1`, [ids.teams.North]);
    try {
      const newYork = await view('MONTH');
      expect(newYork).not.toBe(amsterdam);
      expect(await view('MONTH')).toBe(newYork);
      await t.db.query(`DELETE FROM wellbeing_publication WHERE time_zone = 'America/New_York'`);
      expect(await view('MONTH')).toBe(newYork);
    } finally {
      await t.db.query(`UPDATE team SET time_zone = 'Europe/Amsterdam' WHERE id = $1`, [ids.teams.North]);
    }
    expect(await view('MONTH')).toBe(amsterdam);
  });

  it('drops the kept figures when a member erases their account: the frozen ones win, the rest no longer counts them', async () => {
    await forget();
    const before = buckets(await view('MONTH'));
    expect((await kept()).length).toBeGreaterThan(0);
    // Before anyone checked in: ten members and the lead.
    expect(before.find((b) => b.label === '2024-07')).toMatchObject({ members: 11, respondents: 0 });

    expect((await c['m1@test.nl']!.ok<{ deleteMyAccount: boolean }>(`mutation($p: String!) { deleteMyAccount(password: $p) }`, { p: TEST_PASSWORD })).deleteMyAccount).toBe(
      true,
    );
    expect(await kept()).toEqual([]);
    const after = await view('MONTH');
    expect(buckets(after).find((b) => b.label === '2024-07')).toMatchObject({ members: 10, respondents: 0 });
    // Settled months since the first check-in are the frozen figures, as published before.
    for (const b of buckets(after).filter((x) => x.label >= '2025-01' && x.suppressionReason !== 'NOT_SETTLED')) {
      expect(b).toEqual(before.find((x) => x.label === b.label));
    }
    expect(await view('MONTH')).toBe(after);
    await forget();
    expect(await view('MONTH')).toBe(after);
  });
});
