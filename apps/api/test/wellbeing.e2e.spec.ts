import { addDays, bucketStartsCovering, type Granularity } from '@attune/domain';
import { bucketCountSql } from '../src/modules/wellbeing/wellbeing-sql';
import { Span, days, insertCheckIns, type SeedCheckIn } from './check-in-helpers';
import { GqlClient, arrange, clientsFor, errorCode, startTestApp, type TestApp } from './harness';

interface Bucket {
  label: string;
  startDate: string;
  endDate: string;
  respondents: number;
  members: number;
  participationRate: number | null;
  suppressed: boolean;
  suppressionReason: string | null;
  responses: number | null;
  metrics: { metric: string; mean: number; bands: { band: string; count: number; share: number }[] | null }[] | null;
}

const WELLBEING = `query($team: ID!, $g: WellbeingGranularity!, $from: DateTime!, $to: DateTime!) {
  teamWellbeing(teamId: $team, granularity: $g, from: $from, to: $to) {
    label startDate endDate respondents members participationRate suppressed suppressionReason responses
    metrics { metric mean bands { band count share } }
  }
}`;

const MEMBERS = ['m1', 'm2', 'm3', 'm4', 'm5', 'm6', 'm7', 'm8', 'm9'].map((m) => `${m}@test.nl`);

describe('team wellbeing', () => {
  let t: TestApp;
  let ids: Awaited<ReturnType<typeof arrange>>;
  let c: Record<string, GqlClient>;
  const u = (email: string): string => ids.users[email] as string;
  const seeded: SeedCheckIn[] = [];
  const seed = async (rows: SeedCheckIn[]): Promise<void> => {
    seeded.push(...rows);
    await insertCheckIns(t.db, rows);
  };
  const weekly = (people: string[], mondays: string[], raw = 15): SeedCheckIn[] =>
    people.flatMap((p) => days(mondays).map((date) => ({ user: u(p), date, raw })));

  const query = async (g: string, from: string, to: string, who = 'lead@test.nl'): Promise<Bucket[]> =>
    (await c[who]!.ok<{ teamWellbeing: Bucket[] }>(WELLBEING, { team: ids.teams.North, g, from, to })).teamWellbeing;
  const byLabel = (rows: Bucket[]): Record<string, Bucket> => Object.fromEntries(rows.map((r) => [r.label, r]));

  beforeAll(async () => {
    t = await startTestApp();
    ids = await arrange(t.db, {
      teams: ['North', 'South'],
      people: {
        'lead@test.nl': { team: 'North', role: 'LEAD' },
        ...Object.fromEntries(MEMBERS.map((m) => [m, { team: 'North' }])),
        'southlead@test.nl': { team: 'South', role: 'LEAD' },
        'admin@test.nl': { admin: true },
      },
    });
    c = await clientsFor(t.baseUrl, ['lead@test.nl', 'm1@test.nl', 'southlead@test.nl', 'admin@test.nl']);
    const [m1, m2, m3, m4, m5, m6, m7] = MEMBERS as [string, string, string, string, string, string, string];

    // Q1 2025 — January: five respondents; February: four; March: six.
    await seed(weekly([m1, m2, m3, m4, m5], ['2025-01-06', '2025-01-13', '2025-01-20', '2025-01-27']));
    await seed(weekly([m1, m2, m3, m4], ['2025-02-03', '2025-02-10', '2025-02-17', '2025-02-24'], 10));
    await seed(weekly([m1, m2, m3, m4, m5, m6], ['2025-03-03', '2025-03-10', '2025-03-17', '2025-03-24']));
    // Q2 — April: six people in three weeks, two people in the last week; May and June: six.
    await seed(weekly([m1, m2, m3, m4, m5, m6], ['2025-04-07', '2025-04-14', '2025-04-21']));
    await seed(weekly([m1, m2], ['2025-04-28'], 5));
    await seed(weekly([m1, m2, m3, m4, m5, m6], ['2025-05-05', '2025-05-12', '2025-05-19', '2025-06-02', '2025-06-09']));
    // Q3 — July: six people, one of them far below 28 (band cell of one).
    await seed(weekly([m1, m2, m3, m4, m5], ['2025-07-07', '2025-07-14'], 20));
    await seed(weekly([m6], ['2025-07-07', '2025-07-14'], 3));
    await seed(weekly([m1, m2, m3, m4, m5, m7], ['2025-08-04', '2025-08-11', '2025-09-15', '2025-09-22'], 18));
    // Membership over time: m8 leaves on 10 August, m9 joins on 15 September.
    await t.db.query(`UPDATE team_membership SET left_at = '2025-08-10T12:00:00Z' WHERE user_id = $1`, [u('m8@test.nl')]);
    await t.db.query(`UPDATE team_membership SET joined_at = '2025-09-15T08:00:00Z' WHERE user_id = $1`, [u('m9@test.nl')]);
    await seed(weekly(['m8@test.nl'], ['2025-08-04']));
    await insertCheckIns(t.db, weekly(['m8@test.nl'], ['2025-08-11'])); // after leaving: does not count
    await insertCheckIns(t.db, weekly(['m9@test.nl'], ['2025-09-08'])); // before joining: does not count
    await seed(weekly(['m9@test.nl'], ['2025-09-15']));
  });
  afterAll(() => t.close());

  it('is for leads of the team only: members, org admins, other teams\' leads and strangers are refused', async () => {
    const vars = { team: ids.teams.North, g: 'MONTH', from: '2025-01-01T00:00:00+01:00', to: '2025-04-01T00:00:00+02:00' };
    expect(errorCode(await c['m1@test.nl']!.gql(WELLBEING, vars))).toBe('FORBIDDEN');
    expect(errorCode(await c['admin@test.nl']!.gql(WELLBEING, vars))).toBe('FORBIDDEN');
    expect(errorCode(await c['southlead@test.nl']!.gql(WELLBEING, vars))).toBe('FORBIDDEN');
    expect(errorCode(await new GqlClient(t.baseUrl).gql(WELLBEING, vars))).toBe('UNAUTHENTICATED');
    expect(errorCode(await c['lead@test.nl']!.gql(WELLBEING, { ...vars, team: 'nope' }))).toBe('NOT_FOUND');
    expect(errorCode(await c['southlead@test.nl']!.gql(WELLBEING, { ...vars, team: ids.teams.South }))).toBeUndefined();
  });

  it('suppresses a bucket below k = 5: five respondents shown, four not, and no figures at all', async () => {
    const rows = byLabel(await query('MONTH', '2025-01-01T00:00:00+01:00', '2025-03-01T00:00:00+01:00'));
    expect(Object.keys(rows)).toEqual(['2025-01', '2025-02']);
    // Nine members then: the lead and m1…m8 (m9 joins in September).
    expect(rows['2025-01']).toMatchObject({ respondents: 5, members: 9, participationRate: 0.556, suppressed: false, responses: 20 });
    expect(rows['2025-01']!.metrics!.find((m) => m.metric === 'WHO5')!.mean).toBe(60);
    expect(rows['2025-02']).toEqual({
      label: '2025-02',
      startDate: '2025-02-01',
      endDate: '2025-03-01',
      respondents: 4,
      members: 9,
      participationRate: 0.444,
      suppressed: true,
      suppressionReason: 'TOO_FEW_RESPONDENTS',
      responses: null,
      metrics: null,
    });
  });

  it('hides the quarter whose other months would give away the small one (MONTH and QUARTER cannot be subtracted)', async () => {
    const months = byLabel(await query('MONTH', '2025-01-01T00:00:00Z', '2025-10-01T00:00:00Z'));
    const quarters = byLabel(await query('QUARTER', '2025-01-01T00:00:00Z', '2025-10-01T00:00:00Z'));
    expect(months['2025-01']!.suppressed).toBe(false);
    expect(months['2025-03']!.suppressed).toBe(false);
    expect(months['2025-02']!.suppressed).toBe(true);
    // Without this, Q1 − January − March would be February.
    expect(quarters['2025-Q1']).toMatchObject({ suppressed: true, suppressionReason: 'PROTECTS_OTHER_CELL', respondents: 6, responses: null, metrics: null });
    expect(quarters['2025-Q2']!.suppressed).toBe(false);
  });

  it('hides a second week when a month minus its weeks would give away a small one (WEEK and MONTH)', async () => {
    const weeks = byLabel(await query('WEEK', '2025-04-01T00:00:00Z', '2025-05-01T00:00:00Z'));
    const april = byLabel(await query('MONTH', '2025-04-01T00:00:00Z', '2025-05-01T00:00:00Z'))['2025-04']!;
    expect(april.suppressed).toBe(false);
    expect(weeks['2025-W18']).toMatchObject({ respondents: 2, suppressed: true, suppressionReason: 'TOO_FEW_RESPONDENTS' });
    const complementary = Object.values(weeks).filter((w) => w.suppressionReason === 'PROTECTS_OTHER_CELL');
    expect(complementary.map((w) => w.label)).toEqual(['2025-W15']);
    expect(Object.values(weeks).filter((w) => !w.suppressed).map((w) => w.label)).toEqual(['2025-W16', '2025-W17']);
  });

  it('differencing attack: nothing suppressed can be worked out from every published WEEK, MONTH and QUARTER figure', async () => {
    const range = ['2024-12-30T00:00:00Z', '2025-10-01T00:00:00Z'] as const;
    const published = [
      ...(await query('WEEK', ...range)),
      ...(await query('MONTH', ...range)),
      ...(await query('QUARTER', ...range)),
    ];
    // Atoms: the week ∩ month pieces that hold responses.
    const weekOf = (d: string): string => {
      const x = new Date(`${d}T00:00:00Z`);
      x.setUTCDate(x.getUTCDate() - ((x.getUTCDay() + 6) % 7));
      return x.toISOString().slice(0, 10);
    };
    const atoms = [...new Set(seeded.map((s) => `${weekOf(s.date)}|${s.date.slice(0, 7)}`))];
    const atomDays = new Map(atoms.map((a) => [a, seeded.filter((s) => `${weekOf(s.date)}|${s.date.slice(0, 7)}` === a).map((s) => s.date)]));
    const indicator = (b: Bucket): number[] => atoms.map((a) => (atomDays.get(a)!.some((d) => d >= b.startDate && d < b.endDate) ? 1 : 0));

    const span = new Span();
    for (const b of published) if (!b.suppressed) span.add(indicator(b));
    const hidden = published.filter((b) => b.suppressed && b.respondents > 0 && b.respondents < 5);
    expect(hidden.map((b) => b.label)).toEqual(expect.arrayContaining(['2025-02', '2025-W18']));
    for (const b of hidden) expect({ bucket: b.label, derivable: span.contains(indicator(b)) }).toEqual({ bucket: b.label, derivable: false });

    // Had the quarter been shown as well, February would have followed by subtraction.
    const q1 = published.find((b) => b.label === '2025-Q1')!;
    span.add(indicator(q1));
    expect(span.contains(indicator(published.find((b) => b.label === '2025-02')!))).toBe(true);
  });

  it('treats distribution band counts as cells too: a band of one hides the distribution, not the mean', async () => {
    const july = byLabel(await query('MONTH', '2025-07-01T00:00:00Z', '2025-08-01T00:00:00Z'))['2025-07']!;
    expect(july.suppressed).toBe(false);
    const who5 = july.metrics!.find((m) => m.metric === 'WHO5')!;
    expect(who5.bands).toBeNull();
    expect(who5.mean).toBe(Math.round(((10 * 80 + 2 * 12) / 12) * 10) / 10);
    const stress = july.metrics!.find((m) => m.metric === 'STRESS_LOAD')!;
    expect(stress.bands).toEqual([
      { band: 'LOW', count: 0, share: 0 },
      { band: 'MIDDLE', count: 12, share: 1 },
      { band: 'HIGH', count: 0, share: 0 },
    ]);
    const q3 = byLabel(await query('QUARTER', '2025-07-01T00:00:00Z', '2025-10-01T00:00:00Z'))['2025-Q3']!;
    expect(q3.suppressed).toBe(false);
    expect(q3.metrics!.find((m) => m.metric === 'WHO5')!.bands).toBeNull();
  });

  it('shows figures equal to a straightforward recomputation', async () => {
    const rows = await query('MONTH', '2025-01-01T00:00:00Z', '2025-10-01T00:00:00Z');
    for (const b of rows.filter((r) => !r.suppressed)) {
      const inside = seeded.filter((s) => s.date >= b.startDate && s.date < b.endDate);
      const scores = inside.map((s) => (s.raw ?? 15) * 4);
      expect({ label: b.label, respondents: b.respondents, responses: b.responses, mean: b.metrics![0]!.mean }).toEqual({
        label: b.label,
        respondents: new Set(inside.map((s) => s.user)).size,
        responses: inside.length,
        mean: Math.round((scores.reduce((x, y) => x + y, 0) / scores.length) * 10) / 10,
      });
      const who5 = b.metrics!.find((m) => m.metric === 'WHO5')!;
      if (who5.bands) {
        const ok = scores.filter((s) => s >= 50).length;
        expect(who5.bands.find((x) => x.band === 'OK')!.count).toBe(ok);
      }
    }
  });

  it('computes participation from the team\'s membership during each bucket', async () => {
    const weeks = byLabel(await query('WEEK', '2025-08-04T00:00:00Z', '2025-09-22T00:00:00Z'));
    // 4–10 Aug: m8 still a member (leaves on the 10th); m9 not yet: 9 members, 7 respondents.
    expect(weeks['2025-W32']).toMatchObject({ members: 9, respondents: 7, participationRate: 0.778 });
    // 11–17 Aug: m8 has left, and the check-in m8 wrote after leaving does not count.
    expect(weeks['2025-W33']).toMatchObject({ members: 8, respondents: 6, participationRate: 0.75 });
    // 8–14 Sep: m9's check-in before joining does not count; 15–21 Sep: m9 is a member.
    expect(weeks['2025-W37']).toMatchObject({ members: 8, respondents: 0 });
    expect(weeks['2025-W38']).toMatchObject({ members: 9, respondents: 7 });
  });

  it('publishes nothing for a period that is still open, whatever the number of respondents', async () => {
    const today = new Date().toISOString().slice(0, 10);
    await insertCheckIns(t.db, MEMBERS.slice(0, 7).map((m) => ({ user: u(m), date: today })));
    const now = Date.now();
    const rows = await query('MONTH', new Date(now - 40 * 86400000).toISOString(), new Date(now + 86400000).toISOString());
    const current = rows[rows.length - 1]!;
    expect(current).toMatchObject({ suppressed: true, suppressionReason: 'NOT_SETTLED', metrics: null });
    expect(current.respondents).toBeGreaterThanOrEqual(7);
    await t.db.query(`DELETE FROM check_in WHERE local_date = $1`, [today]);
  });

  it('caps the range and checks it', async () => {
    const tooMany = await c['lead@test.nl']!.gql(WELLBEING, { team: ids.teams.North, g: 'WEEK', from: '2024-01-01T00:00:00Z', to: '2026-01-01T00:00:00Z' });
    expect([errorCode(tooMany), tooMany.errors?.[0]?.extensions?.field]).toEqual(['BAD_USER_INPUT', 'to']);
    const backwards = await c['lead@test.nl']!.gql(WELLBEING, { team: ids.teams.North, g: 'MONTH', from: '2025-03-01T00:00:00Z', to: '2025-01-01T00:00:00Z' });
    expect(errorCode(backwards)).toBe('BAD_USER_INPUT');
    expect(errorCode(await c['lead@test.nl']!.gql(WELLBEING, { team: ids.teams.North, g: 'YEAR', from: '2025-01-01T00:00:00Z', to: '2025-02-01T00:00:00Z' }))).toBe(
      'BAD_USER_INPUT',
    );
    // Buckets are whole periods in the team's zone (Amsterdam): midnight there is 23:00 UTC in winter.
    expect(await query('MONTH', '2020-12-31T23:00:00Z', '2025-12-31T23:00:00Z')).toHaveLength(60);
    const oneHourMore = await c['lead@test.nl']!.gql(WELLBEING, { team: ids.teams.North, g: 'MONTH', from: '2020-12-31T23:00:00Z', to: '2026-01-01T00:00:00Z' });
    expect(errorCode(oneHourMore)).toBe('BAD_USER_INPUT');
  });

  it('sends nothing about a person: no ids, names or notes in the answer', async () => {
    const text = JSON.stringify(await query('WEEK', '2025-01-01T00:00:00Z', '2025-10-01T00:00:00Z'));
    for (const email of MEMBERS) {
      expect(text).not.toContain(u(email));
      expect(text).not.toContain(email.split('@')[0]!);
    }
  });

  it('follows the organisation\'s k: refused below 3, applied when changed, and audited', async () => {
    const update = `mutation($k: Int) { updateOrganisationSettings(input: { anonymityThreshold: $k }) { anonymityThreshold } }`;
    const low = await c['admin@test.nl']!.gql(update, { k: 2 });
    expect([errorCode(low), low.errors?.[0]?.extensions?.field]).toEqual(['BAD_USER_INPUT', 'anonymityThreshold']);
    expect(errorCode(await c['lead@test.nl']!.gql(update, { k: 4 }))).toBe('FORBIDDEN');
    expect((await c['admin@test.nl']!.ok<{ updateOrganisationSettings: { anonymityThreshold: number } }>(update, { k: 4 })).updateOrganisationSettings.anonymityThreshold).toBe(4);
    const feb = byLabel(await query('MONTH', '2025-02-01T00:00:00Z', '2025-03-01T00:00:00Z'))['2025-02']!;
    expect(feb).toMatchObject({ suppressed: false, respondents: 4 });
    await c['admin@test.nl']!.ok(update, { k: 5 });
    const audit = await t.db.query(`SELECT actor_id, details FROM audit_log WHERE action = 'ORGANISATION_SETTINGS_UPDATED' ORDER BY id`);
    expect(audit.rows.map((r) => r.details)).toEqual([{ anonymityThreshold: { from: 5, to: 4 } }, { anonymityThreshold: { from: 4, to: 5 } }]);
    expect(audit.rows[0].actor_id).toBe(u('admin@test.nl'));
  });

  it('writes every view to an append-only audit log that even raw SQL cannot change', async () => {
    const before = Number((await t.db.query(`SELECT count(*) FROM audit_log WHERE action = 'TEAM_WELLBEING_VIEWED'`)).rows[0].count);
    await query('QUARTER', '2025-01-01T00:00:00+01:00', '2025-07-01T00:00:00+02:00');
    const rows = await t.db.query(`SELECT * FROM audit_log WHERE action = 'TEAM_WELLBEING_VIEWED' ORDER BY id DESC`);
    expect(rows.rows).toHaveLength(before + 1);
    expect(rows.rows[0]).toMatchObject({
      actor_id: u('lead@test.nl'),
      organisation_id: ids.organisationId,
      team_id: ids.teams.North,
      details: { granularity: 'QUARTER', from: '2024-12-31T23:00:00.000Z', to: '2025-06-30T22:00:00.000Z', buckets: 2 },
    });
    // The refused attempts were not views.
    expect(rows.rows.every((r) => r.actor_id !== u('m1@test.nl'))).toBe(true);

    const id = rows.rows[0].id;
    await expect(t.db.query(`UPDATE audit_log SET actor_id = NULL WHERE id = $1`, [id])).rejects.toThrow(/append-only/u);
    await expect(t.db.query(`DELETE FROM audit_log WHERE id = $1`, [id])).rejects.toThrow(/append-only/u);
    await expect(t.db.query(`TRUNCATE audit_log`)).rejects.toThrow(/append-only/u);
    expect((await t.db.query(`SELECT count(*)::int AS n FROM audit_log WHERE id = $1 AND actor_id IS NOT NULL`, [id])).rows[0].n).toBe(1);
  });

  it('does not audit a view it refuses for holding more than 60 buckets, nor one of a team that is not there', async () => {
    const views = async (): Promise<number> =>
      Number((await t.db.query(`SELECT count(*) FROM audit_log WHERE action = 'TEAM_WELLBEING_VIEWED'`)).rows[0].count);
    const before = await views();
    // 2024-12-30 … 2026-02-22 (Amsterdam) is exactly 60 ISO weeks; a day more makes 61.
    await query('WEEK', '2024-12-29T23:00:00Z', '2026-02-22T23:00:00Z');
    expect(await views()).toBe(before + 1);
    const tooMany = await c['lead@test.nl']!.gql(WELLBEING, { team: ids.teams.North, g: 'WEEK', from: '2024-12-29T23:00:00Z', to: '2026-02-23T23:00:00Z' });
    expect([errorCode(tooMany), tooMany.errors?.[0]?.extensions?.field]).toEqual(['BAD_USER_INPUT', 'to']);
    const months = await c['lead@test.nl']!.gql(WELLBEING, { team: ids.teams.North, g: 'MONTH', from: '2020-01-01T00:00:00Z', to: '2025-02-01T00:00:00Z' });
    expect(errorCode(months)).toBe('BAD_USER_INPUT');
    const noTeam = await c['lead@test.nl']!.gql(WELLBEING, { team: '6f1c2b1e-0000-4000-8000-000000000000', g: 'WEEK', from: '2025-01-06T00:00:00Z', to: '2025-02-03T00:00:00Z' });
    expect(errorCode(noTeam)).toBe('FORBIDDEN'); // as for a team one does not lead: whether it exists is not told
    expect(await views()).toBe(before + 1);
  });

  it('counts the buckets of a range in SQL exactly as the calendar lists them', async () => {
    const cases: { g: Granularity; first: string; last: string }[] = [];
    for (let d = 0; d < 800; d += 3) {
      const first = addDays('2023-12-18', d);
      for (const span of [0, 1, 5, 6, 7, 13, 27, 28, 29, 30, 31, 58, 59, 89, 90, 91, 92, 180, 364, 365, 366, 420]) {
        for (const g of ['WEEK', 'MONTH', 'QUARTER'] as const) cases.push({ g, first, last: addDays(first, span) });
      }
    }
    const { rows } = await t.db.query<{ n: number }>(
      `SELECT ${bucketCountSql('x.g', 'x.first', 'x.last')} AS n FROM unnest($1::text[], $2::date[], $3::date[]) WITH ORDINALITY AS x(g, first, last, i) ORDER BY x.i`,
      [cases.map((c) => c.g), cases.map((c) => c.first), cases.map((c) => c.last)],
    );
    const wrong = cases.filter((c, i) => rows[i]!.n !== bucketStartsCovering(c.first, c.last, c.g).length);
    expect(rows).toHaveLength(cases.length);
    expect(wrong).toEqual([]);
  });

  it('lets org admins read their organisation\'s audit log, page by page, and nobody else', async () => {
    const q = `query($before: ID) { auditLog(limit: 2, before: $before) { id action actorName teamName details } }`;
    const page1 = (await c['admin@test.nl']!.ok<{ auditLog: { id: string; action: string; actorName: string; details: string }[] }>(q, {})).auditLog;
    expect(page1).toHaveLength(2);
    const page2 = (await c['admin@test.nl']!.ok<{ auditLog: { id: string }[] }>(q, { before: page1[1]!.id })).auditLog;
    expect(Number(page2[0]!.id)).toBeLessThan(Number(page1[1]!.id));
    const all = (await c['admin@test.nl']!.ok<{ auditLog: { action: string; actorName: string; teamName: string | null; details: string }[] }>(`{ auditLog(limit: 200) { action actorName teamName details } }`)).auditLog;
    const view = all.find((e) => e.action === 'TEAM_WELLBEING_VIEWED')!;
    expect(view).toMatchObject({ actorName: 'lead', teamName: 'North' });
    expect(JSON.parse(view.details)).toHaveProperty('granularity');
    expect(errorCode(await c['lead@test.nl']!.gql(q, {}))).toBe('FORBIDDEN');
    expect(errorCode(await c['m1@test.nl']!.gql(q, {}))).toBe('FORBIDDEN');
  });
});
