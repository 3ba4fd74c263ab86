import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { CompiledQueries } from '../src/common/compiled-queries';
import { DEMO_PASSWORD, seedDemo } from '../src/database/seed-demo';
import { GqlClient, startTestApp, type GqlResult, type TestApp } from './harness';
import { buildArgs, loadSchema, operationDocument, operations, selectionFor, validLeaf } from './schema-walk';

/**
 * Compiled queries must answer exactly as graphql-js does. The app compiles a query text the
 * second time it comes (as in production), so every query of the schema is sent twice by each
 * demo person — the first answer from graphql-js, the second from compiled code — and the two
 * answers must be the same, data and errors alike.
 */
describe('compiled queries answer as graphql-js does', () => {
  let t: TestApp;
  let compiled: CompiledQueries;
  const people: Record<string, GqlClient> = {};
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    // The demo's reflections are sealed with the app's key, which the seed reads from the environment.
    const key = `c1:${randomBytes(32).toString('base64')}`;
    const previous = process.env.ATTUNE_ENCRYPTION_KEYS;
    t = await startTestApp({ ATTUNE_COMPILE_QUERIES_AFTER: '2', ATTUNE_ENCRYPTION_KEYS: key });
    process.env.ATTUNE_ENCRYPTION_KEYS = key;
    try {
      await seedDemo(t.app.get(DataSource), { onlyIfEmpty: true });
    } finally {
      if (previous === undefined) delete process.env.ATTUNE_ENCRYPTION_KEYS;
      else process.env.ATTUNE_ENCRYPTION_KEYS = previous;
    }
    compiled = t.app.get(CompiledQueries);
    for (const who of ['lead', 'sanne', 'admin']) {
      people[who] = new GqlClient(t.baseUrl);
      await people[who].login(`${who}@attune.demo`, DEMO_PASSWORD);
    }
    const lead = people.lead!;
    ids.teamId = (await lead.ok<{ myTeams: { id: string }[] }>(`{ myTeams { id } }`)).myTeams[0]!.id;
    const past = await lead.ok<{ sessions: { id: string }[] }>(`query($t: ID!, $f: DateTime!, $u: DateTime!) { sessions(teamId: $t, from: $f, to: $u) { id } }`, {
      t: ids.teamId,
      f: new Date(Date.now() - 120 * 86_400_000).toISOString(),
      u: new Date().toISOString(),
    });
    ids.sessionId = past.sessions[0]!.id;
    const mine = await people.sanne!.ok<{ myReflections: { id: string }[] }>(`{ myReflections { id } }`);
    ids.reflectionId = mine.myReflections[0]!.id;
  });
  afterAll(() => t.close());

  const twice = async (client: GqlClient, query: string, variables: Record<string, unknown>): Promise<[GqlResult, GqlResult]> => [
    await client.gql(query, variables),
    await client.gql(query, variables),
  ];
  const comparable = (r: GqlResult): unknown => ({ status: r.status, data: r.data, errors: r.errors });

  /**
   * The same status and data, and the same errors in any order — with one difference allowed:
   * when an error nulls a parent, graphql-js answers as soon as that is settled and leaves out
   * errors of sibling fields that finish later (whether it sees them depends on timing); compiled
   * code waits for every field and reports them too. Such an extra error must be about a field
   * whose parent is null in the answer, so it shows nothing the data does not.
   */
  const expectSameAnswer = (what: string, interpreted: GqlResult, compiledAnswer: GqlResult): void => {
    expect({ what, status: compiledAnswer.status, data: compiledAnswer.data }).toEqual({ what, status: interpreted.status, data: interpreted.data });
    const key = (e: unknown): string => JSON.stringify(e);
    const mine = new Set((compiledAnswer.errors ?? []).map(key));
    for (const e of interpreted.errors ?? []) expect({ what, missing: e, found: mine.has(key(e)) }).toEqual({ what, missing: e, found: true });
    const theirs = new Set((interpreted.errors ?? []).map(key));
    for (const e of compiledAnswer.errors ?? []) {
      if (theirs.has(key(e))) continue;
      const path = (e as { path?: (string | number)[] }).path ?? [];
      expect({ what, extra: e, underNull: underNullParent(interpreted.data, path) }).toEqual({ what, extra: e, underNull: true });
    }
  };

  it('gives the same answers, data and errors, for every query of the schema', async () => {
    const schema = loadSchema();
    const from = new Date(Date.now() - 700 * 86_400_000).toISOString();
    const recent = new Date(Date.now() - 300 * 86_400_000).toISOString();
    const to = new Date().toISOString();
    let pairs = 0;
    let withErrors = 0;
    let withData = 0;
    for (const op of operations(schema).filter((o) => o.kind === 'query')) {
      const idFor = op.name === 'session' ? ids.sessionId : op.name === 'reflection' ? ids.reflectionId : ids.teamId;
      // sessions takes at most 400 days at once.
      const fixed = { teamId: ids.teamId, sessionId: ids.sessionId, id: idFor, from: op.name === 'sessions' ? recent : from, to, granularity: 'MONTH' };
      const args = buildArgs(op.field, fixed, validLeaf);
      for (const [who, client] of Object.entries(people)) {
        // A text of each person's own, so each person's first request is interpreted.
        const document = operationDocument(op, Object.keys(args), selectionFor(op.field.type, 3)).replace(/^query Probe/u, `query Probe_${who}`);
        const before = compiled.stats();
        const [first, second] = await twice(client, document, args);
        const after = compiled.stats();
        expectSameAnswer(`${op.name} as ${who}`, first, second);
        // One interpreted, then one compiled.
        expect({ op: op.name, who, compiled: after.compiled - before.compiled, interpreted: after.interpreted - before.interpreted }).toEqual({
          op: op.name,
          who,
          compiled: 1,
          interpreted: 1,
        });
        pairs += 1;
        if (first.errors?.length) withErrors += 1;
        if (first.data && Object.values(first.data).some((v) => v !== null)) withData += 1;
      }
    }
    // Most of the schema's queries, for three people, went through both engines; some of them
    // were refused in part (FORBIDDEN fields, NOT_FOUND ids), so errors were compared as well.
    expect(pairs).toBeGreaterThanOrEqual(45);
    expect(withData).toBeGreaterThanOrEqual(30);
    expect(withErrors).toBeGreaterThanOrEqual(10);
  });

  it('answers the pages of the web app alike: sessions with bookings, my integration, team wellbeing', async () => {
    const from = new Date(Date.now() - 300 * 86_400_000).toISOString();
    const to = new Date(Date.now() + 90 * 86_400_000).toISOString();
    const cases: [string, string, Record<string, unknown>][] = [
      [
        'lead',
        `query S($t: ID!, $f: DateTime!, $u: DateTime!) { sessions(teamId: $t, from: $f, to: $u) {
          id title startsAt seatsLeft facilitator { id displayName } myBooking { id status icsUrl }
          attendees { id displayName } bookings { id status waitlistPosition attended member { id displayName } session { id } } } }`,
        { t: ids.teamId, f: from, u: to },
      ],
      [
        'sanne',
        `query S($t: ID!, $f: DateTime!, $u: DateTime!) { sessions(teamId: $t, from: $f, to: $u) { id myBooking { id status } attendees { id } bookings { id } } }`,
        { t: ids.teamId, f: from, u: to },
      ],
      [
        'sanne',
        `query I($f: DateTime!, $u: DateTime!) { myIntegration(from: $f, to: $u) { from to who5 { date value } scales { scale points { date value } }
          attunement { date value } resonance { date value } chaosRigidity { date value }
          nineFunctions { asOf recentFrom earlierFrom functions { fn recentMean recentCount earlierMean earlierCount } }
          timeline { id kind date occurredAt value title { nl en } detail { nl en } session { id title kind startsAt endsAt } reflection { id attunement resonance chaosRigidity } } } }`,
        { f: from, u: new Date().toISOString() },
      ],
      [
        'lead',
        `query W($t: ID!, $f: DateTime!, $u: DateTime!) { teamWellbeing(teamId: $t, granularity: MONTH, from: $f, to: $u) {
          label start end members respondents participationRate responses suppressed suppressionReason anonymityThreshold
          metrics { metric mean bands { band count share } } } }`,
        { t: ids.teamId, f: from, u: new Date().toISOString() },
      ],
    ];
    for (const [who, query, variables] of cases) {
      const before = compiled.stats();
      const [first, second] = await twice(people[who]!, query, variables);
      expect(compiled.stats().compiled).toBe(before.compiled + 1);
      expect(first.status).toBe(200);
      expect(comparable(second)).toEqual(comparable(first));
      expect(JSON.stringify(second.data).length).toBeGreaterThan(200);
    }
  });

  it('keeps graphql-js answering variables that do not fit: 400, BAD_USER_INPUT and the field', async () => {
    const query = `query I($f: DateTime!, $u: DateTime!) { myIntegration(from: $f, to: $u) { from } }`;
    const before = compiled.stats();
    const [first, second] = await twice(people.sanne!, query, { f: 'yesterday', u: new Date().toISOString() });
    expect(first.status).toBe(400);
    expect(first.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'f' });
    expect(comparable(second)).toEqual(comparable(first));
    // The second went to compiled code, found the variables wrong before running anything, and was answered by graphql-js.
    expect(compiled.stats()).toMatchObject({ compiled: before.compiled, interpreted: before.interpreted + 2 });
  });

  it('leaves mutations to graphql-js, however often they come', async () => {
    const before = compiled.stats();
    for (let i = 0; i < 3; i++) {
      await people.sanne!.ok(`mutation G($g: ID!) { archiveGoal(goalId: $g) { id } }`, {
        g: (await people.sanne!.ok<{ myGoals: { id: string }[] }>(`{ myGoals(includeArchived: true) { id } }`)).myGoals[0]!.id,
      }).catch(() => undefined);
    }
    const after = compiled.stats();
    // Three myGoals queries (compiled from the second) and three mutations (never).
    expect(after.compiled - before.compiled).toBe(2);
    expect(after.interpreted - before.interpreted).toBe(4);
  });
});

/** Whether a parent of the field at `path` is null (or missing) in the answer's data. */
function underNullParent(data: unknown, path: readonly (string | number)[]): boolean {
  let value: unknown = data;
  for (const step of path.slice(0, -1)) {
    if (value === null || value === undefined) return true;
    value = (value as Record<string | number, unknown>)[step];
  }
  return value === null || value === undefined;
}
