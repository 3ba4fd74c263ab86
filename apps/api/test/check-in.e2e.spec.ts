import { randomBytes } from 'node:crypto';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { getNamedType, isObjectType, type GraphQLNamedType } from 'graphql';
import { CheckInClock } from '../src/modules/check-in/check-in.clock';
import { SCALES_MID, SUBMIT } from './check-in-helpers';
import { GqlClient, arrange, clientsFor, errorCode, startTestApp, type TestApp } from './harness';

interface SubmitResult {
  submitCheckIn: {
    score: number;
    band: string;
    replacedEarlierToday: boolean;
    checkIn: { id: string; localDate: string; who5: number[]; who5Score: number; who5Band: string; note: string | null };
    trend: { direction: string; previousMean: number | null; change: number | null; comparedWith: number };
    suggestion: { key: string; condition: string; standingOut: string[]; nextStep: string; text: { nl: string; en: string }; nextStepText: { nl: string } | null };
    supportResources: { name: string; phone: string | null; url: string | null }[];
  };
}

const ITEMS: Record<number, number[]> = { 0: [0, 0, 0, 0, 0], 7: [2, 2, 1, 1, 1], 12: [3, 3, 2, 2, 2], 13: [3, 3, 3, 2, 2], 25: [5, 5, 5, 5, 5] };

describe('check-ins', () => {
  let t: TestApp;
  let ids: Awaited<ReturnType<typeof arrange>>;
  let c: Record<string, GqlClient>;
  let clock: CheckInClock;
  const at = (iso: string): void => {
    clock.now = () => new Date(iso);
  };

  beforeAll(async () => {
    t = await startTestApp();
    ids = await arrange(t.db, {
      teams: ['North', 'South'],
      people: {
        'anna@test.nl': { team: 'North' },
        'ben@test.nl': { team: 'North' },
        'lead@test.nl': { team: 'North', role: 'LEAD' },
        'admin@test.nl': { admin: true },
        'nyc@test.nl': { team: 'South' },
      },
    });
    await t.db.query(`UPDATE app_user SET time_zone = 'Europe/Amsterdam'`);
    await t.db.query(`UPDATE app_user SET time_zone = 'America/New_York' WHERE email = 'nyc@test.nl'`);
    await t.db.query(`UPDATE organisation SET support_resources = $1::jsonb`, [
      JSON.stringify([{ name: '113 Zelfmoordpreventie', phone: '0800-0113', url: 'https://www.113.nl' }]),
    ]);
    c = await clientsFor(t.baseUrl, ['anna@test.nl', 'ben@test.nl', 'lead@test.nl', 'admin@test.nl', 'nyc@test.nl']);
    clock = t.app.get(CheckInClock);
  });
  afterAll(() => t.close());

  it('scores WHO-5 end to end at the edges (raw 0, 7, 12, 13, 25) and gives the matching feedback', async () => {
    const expected: [number, number, string, string][] = [
      [25, 100, 'OK', 'NONE'],
      [13, 52, 'OK', 'NONE'],
      [12, 48, 'LOW', 'PEER_TALK_OR_SESSION'],
      [7, 28, 'NEEDS_SUPPORT', 'SUPPORT_RESOURCES'],
      [0, 0, 'NEEDS_SUPPORT', 'SUPPORT_RESOURCES'],
    ];
    for (const [i, [raw, score, band, nextStep]] of expected.entries()) {
      at(`2026-02-0${i + 2}T10:00:00Z`);
      const r = await c['ben@test.nl']!.ok<SubmitResult>(SUBMIT, { input: { who5: ITEMS[raw], ...SCALES_MID } });
      expect([r.submitCheckIn.score, r.submitCheckIn.band, r.submitCheckIn.suggestion.nextStep]).toEqual([score, band, nextStep]);
      expect(r.submitCheckIn.checkIn.who5Score).toBe(score);
      const db = await t.db.query(`SELECT who5_score FROM check_in WHERE id = $1`, [r.submitCheckIn.checkIn.id]);
      expect(db.rows[0].who5_score).toBe(score);
      if (band === 'NEEDS_SUPPORT') {
        expect(r.submitCheckIn.supportResources).toEqual([{ name: '113 Zelfmoordpreventie', phone: '0800-0113', url: 'https://www.113.nl' }]);
        expect(r.submitCheckIn.suggestion.nextStepText?.nl.length).toBeGreaterThan(20);
      } else {
        expect(r.submitCheckIn.supportResources).toEqual([]);
      }
    }
  });

  it('compares with the last four check-ins and suggests from the scale that stands out', async () => {
    at('2026-02-07T10:00:00Z');
    const r = await c['ben@test.nl']!.ok<SubmitResult>(SUBMIT, { input: { who5: ITEMS[25], ...SCALES_MID, sleepQuality: 1 } });
    // The four before: 52, 48, 28, 0 → mean 32; today 100.
    expect(r.submitCheckIn.trend).toEqual({ direction: 'UP', previousMean: 32, change: 68, comparedWith: 4 });
    expect(r.submitCheckIn.suggestion).toMatchObject({ key: 'rest.sleep', condition: 'REST', standingOut: ['SLEEP_QUALITY'] });
    expect(r.submitCheckIn.suggestion.text.nl).toContain('Rust');
  });

  it('counts one check-in per day in the member\'s own time zone; a later one that day replaces it', async () => {
    const anna = c['anna@test.nl']!;
    at('2026-01-15T22:58:00Z'); // 23:58 in Amsterdam
    const first = await anna.ok<SubmitResult>(SUBMIT, { input: { who5: ITEMS[12], ...SCALES_MID, note: 'late evening' } });
    expect(first.submitCheckIn.checkIn.localDate).toBe('2026-01-15');
    expect(first.submitCheckIn.replacedEarlierToday).toBe(false);
    at('2026-01-15T23:02:00Z'); // 00:02 the next day in Amsterdam
    const next = await anna.ok<SubmitResult>(SUBMIT, { input: { who5: ITEMS[13], ...SCALES_MID } });
    expect(next.submitCheckIn.checkIn.localDate).toBe('2026-01-16');
    expect(next.submitCheckIn.replacedEarlierToday).toBe(false);
    at('2026-01-15T21:00:00Z'); // back on the 15th: replaces that day's check-in
    const again = await anna.ok<SubmitResult>(SUBMIT, { input: { who5: ITEMS[25], ...SCALES_MID } });
    expect(again.submitCheckIn.replacedEarlierToday).toBe(true);
    expect(again.submitCheckIn.checkIn.id).toBe(first.submitCheckIn.checkIn.id);
    const rows = await t.db.query(`SELECT local_date::text AS d, who5_score, note FROM check_in WHERE user_id = $1 ORDER BY local_date`, [ids.users['anna@test.nl']]);
    expect(rows.rows).toEqual([
      { d: '2026-01-15', who5_score: 100, note: null },
      { d: '2026-01-16', who5_score: 52, note: null },
    ]);

    // New York: 04:30 UTC on the 16th is still the evening of the 15th there.
    at('2026-01-16T04:30:00Z');
    const ny = await c['nyc@test.nl']!.ok<SubmitResult>(SUBMIT, { input: { who5: ITEMS[12], ...SCALES_MID } });
    expect(ny.submitCheckIn.checkIn.localDate).toBe('2026-01-15');
    at('2026-01-16T05:30:00Z');
    expect((await c['nyc@test.nl']!.ok<SubmitResult>(SUBMIT, { input: { who5: ITEMS[12], ...SCALES_MID } })).submitCheckIn.checkIn.localDate).toBe('2026-01-16');
  });

  it('keeps one row when the same day is submitted many times at once', async () => {
    at('2026-01-20T09:00:00Z');
    const results = await Promise.all(
      [0, 1, 2, 3, 4, 5].map((i) => c['anna@test.nl']!.gql<SubmitResult>(SUBMIT, { input: { who5: [i % 6, 1, 1, 1, 1], ...SCALES_MID, note: `try ${i}` } })),
    );
    expect(results.every((r) => !r.errors)).toBe(true);
    const rows = await t.db.query(`SELECT id, note FROM check_in WHERE user_id = $1 AND local_date = '2026-01-20'`, [ids.users['anna@test.nl']]);
    expect(rows.rows).toHaveLength(1);
    const mine = await c['anna@test.nl']!.ok<{ myCheckIns: { localDate: string; who5: number[]; note: string }[] }>(
      `{ myCheckIns(from: "2026-01-20T00:00:00Z", to: "2026-01-21T00:00:00Z") { localDate who5 note } }`,
    );
    expect(mine.myCheckIns).toHaveLength(1);
    // The stored note belongs to the stored answers: both from the same (last) submission.
    expect(mine.myCheckIns[0]!.note).toBe(`try ${mine.myCheckIns[0]!.who5[0]}`);
  });

  it('refuses bad answers with the field named', async () => {
    at('2026-01-21T09:00:00Z');
    const cases: [Record<string, unknown>, string][] = [
      [{ who5: [1, 2, 3, 4], ...SCALES_MID }, 'who5'],
      [{ who5: [1, 2, 9, 4, 0], ...SCALES_MID }, 'who5.2'],
      [{ who5: [1, 2, 3, 4, 0], ...SCALES_MID, safety: 11 }, 'safety'],
      [{ who5: [1, 2, 3, 4, 0], ...SCALES_MID, note: 'x'.repeat(2001) }, 'note'],
    ];
    for (const [input, field] of cases) {
      const r = await c['anna@test.nl']!.gql(SUBMIT, { input });
      expect([errorCode(r), r.errors?.[0]?.extensions?.field]).toEqual(['BAD_USER_INPUT', field]);
    }
    const range = await c['anna@test.nl']!.gql(`{ myCheckIns(from: "2026-02-01T00:00:00Z", to: "2026-01-01T00:00:00Z") { id } }`);
    expect(errorCode(range)).toBe('BAD_USER_INPUT');
  });

  it('keeps the note encrypted at rest, bound to its row, and fails loudly with the wrong key', async () => {
    at('2026-03-01T09:00:00Z');
    const secret = `Ik droom nog steeds over die sessie ${randomBytes(4).toString('hex')}`;
    const r = await c['ben@test.nl']!.ok<SubmitResult>(SUBMIT, { input: { who5: ITEMS[13], ...SCALES_MID, note: secret } });
    expect(r.submitCheckIn.checkIn.note).toBe(secret);
    const raw = await t.db.query(`SELECT id, note FROM check_in WHERE id = $1`, [r.submitCheckIn.checkIn.id]);
    expect(raw.rows[0].note).toMatch(/^v1\.t1\./u);
    expect(raw.rows[0].note).not.toContain('droom');
    const everything = await t.db.query(`SELECT string_agg(check_in::text, ' ') AS all FROM check_in`);
    expect(everything.rows[0].all).not.toContain(secret.slice(0, 20));
    // Plaintext cannot be written by mistake either.
    await expect(t.db.query(`UPDATE check_in SET note = 'plain words' WHERE id = $1`, [r.submitCheckIn.checkIn.id])).rejects.toThrow(/check_in_note_sealed/u);

    const mine = `{ myCheckIns(from: "2026-03-01T00:00:00Z", to: "2026-03-02T00:00:00Z") { note } }`;
    expect((await c['ben@test.nl']!.ok<{ myCheckIns: { note: string }[] }>(mine)).myCheckIns).toEqual([{ note: secret }]);

    // Another app instance on the same database with another key: an error, never garbage.
    const other = await startTestApp({ DATABASE_URL: t.config.databaseUrl, ATTUNE_ENCRYPTION_KEYS: `t1:${randomBytes(32).toString('base64')}` });
    try {
      const ben = new GqlClient(other.baseUrl);
      await ben.login('ben@test.nl');
      const wrong = await ben.gql(mine);
      expect(errorCode(wrong)).toBe('INTERNAL_SERVER_ERROR');
      expect(JSON.stringify(wrong)).not.toContain('droom');
    } finally {
      await other.close();
    }

    // A sealed note copied onto another row does not open there.
    const annaRow = await t.db.query(`SELECT id FROM check_in WHERE user_id = $1 AND local_date = '2026-01-16'`, [ids.users['anna@test.nl']]);
    await t.db.query(`UPDATE check_in SET note = $1 WHERE id = $2`, [raw.rows[0].note, annaRow.rows[0].id]);
    const copied = await c['anna@test.nl']!.gql(`{ myCheckIns(from: "2026-01-15T23:00:00Z", to: "2026-01-16T23:00:00Z") { note } }`);
    expect(errorCode(copied)).toBe('INTERNAL_SERVER_ERROR');
    await t.db.query(`UPDATE check_in SET note = NULL WHERE id = $1`, [annaRow.rows[0].id]);
  });

  it('shows my check-ins to me only', async () => {
    const q = `{ myCheckIns(from: "2026-01-01T00:00:00Z", to: "2026-04-01T00:00:00Z") { id localDate } }`;
    const anna = await c['anna@test.nl']!.ok<{ myCheckIns: { id: string }[] }>(q);
    const lead = await c['lead@test.nl']!.ok<{ myCheckIns: { id: string }[] }>(q);
    const annaIds = (await t.db.query(`SELECT id FROM check_in WHERE user_id = $1`, [ids.users['anna@test.nl']])).rows.map((r) => r.id);
    expect(anna.myCheckIns.map((x) => x.id).sort()).toEqual(annaIds.sort());
    expect(lead.myCheckIns).toEqual([]);
    expect(errorCode(await new GqlClient(t.baseUrl).gql(q))).toBe('UNAUTHENTICATED');
  });

  it('offers no way for a lead to reach anyone else\'s check-in: every path to CheckIn starts at my own operations', () => {
    const schema = t.app.get(GraphQLSchemaHost).schema;
    const privateTypes = new Set(['CheckIn', 'Goal', 'MyIntegration', 'TimelineEntry', 'CheckInResult', 'GoalStepResult', 'MyDataExport']);
    const allowedRoots = new Set([
      'Query.myCheckIns',
      'Query.myIntegration',
      'Query.myGoals',
      'Mutation.submitCheckIn',
      'Mutation.setGoal',
      'Mutation.logGoalStep',
      'Mutation.archiveGoal',
      'Mutation.exportMyData',
    ]);
    const paths: string[] = [];
    const walk = (type: GraphQLNamedType, path: string[], seen: Set<string>): void => {
      if (!isObjectType(type) || seen.has(type.name)) return;
      for (const [name, field] of Object.entries(type.getFields())) {
        const target = getNamedType(field.type);
        const here = [...path, `${type.name}.${name}`];
        if (privateTypes.has(target.name)) paths.push(here[0]!);
        walk(target, here, new Set([...seen, type.name]));
      }
    };
    walk(schema.getQueryType()!, [], new Set());
    walk(schema.getMutationType()!, [], new Set());
    expect(paths.length).toBeGreaterThan(0);
    expect([...new Set(paths)].filter((p) => !allowedRoots.has(p))).toEqual([]);
    // And none of those operations takes an argument naming another person.
    for (const root of allowedRoots) {
      const [typeName, fieldName] = root.split('.') as [string, string];
      const field = (typeName === 'Query' ? schema.getQueryType() : schema.getMutationType())!.getFields()[fieldName]!;
      expect(field.args.map((a) => a.name).filter((a) => /user|member|person|team/iu.test(a))).toEqual([]);
    }
  });

  it('lets a lead see team members, but nothing of their check-ins', async () => {
    const r = await c['lead@test.nl']!.ok<{ team: unknown }>(`query($id: ID!) { team(id: $id) { members { id displayName role } } }`, { id: ids.teams.North });
    const text = JSON.stringify(r);
    expect(text).not.toMatch(/who5|note|check/iu);
    const bad = await c['lead@test.nl']!.gql(`query($id: ID!) { team(id: $id) { members { checkIns { id } } } }`, { id: ids.teams.North });
    expect(errorCode(bad)).toBe('GRAPHQL_VALIDATION_FAILED');
  });
});
