import { CheckInClock } from '../src/modules/check-in/check-in.clock';
import { SCALES_MID, SUBMIT, days, insertCheckIns } from './check-in-helpers';
import { GqlClient, TEST_PASSWORD, arrange, clientsFor, errorCode, startTestApp, type TestApp } from './harness';

const EXPORT = `mutation { exportMyData { generatedAt json csv files { filename contentType content } } }`;
const DELETE = `mutation($p: String!) { deleteMyAccount(password: $p) }`;

interface Export {
  exportMyData: { json: string; csv: string; files: { filename: string; contentType: string; content: string }[] };
}

describe('own data: export and deletion', () => {
  let t: TestApp;
  let ids: Awaited<ReturnType<typeof arrange>>;
  let c: Record<string, GqlClient>;
  const members = ['m1', 'm2', 'm3', 'm4', 'm5', 'm6'].map((m) => `${m}@test.nl`);

  beforeAll(async () => {
    t = await startTestApp();
    ids = await arrange(t.db, {
      teams: ['North'],
      people: {
        'anna@test.nl': { team: 'North' },
        'bob@test.nl': { team: 'North' },
        'lead@test.nl': { team: 'North', role: 'LEAD' },
        'admin@test.nl': { admin: true },
        ...Object.fromEntries(members.map((m) => [m, { team: 'North' }])),
      },
    });
    c = await clientsFor(t.baseUrl, ['anna@test.nl', 'bob@test.nl', 'lead@test.nl', 'admin@test.nl']);
    const clock = t.app.get(CheckInClock);
    clock.now = () => new Date('2026-02-02T09:00:00Z');
    await c['anna@test.nl']!.ok(SUBMIT, { input: { who5: [1, 2, 3, 4, 5], ...SCALES_MID, note: 'Anna schrijft: "moe", maar ok' } });
    await c['bob@test.nl']!.ok(SUBMIT, { input: { who5: [5, 5, 5, 5, 5], ...SCALES_MID, note: 'Bob private words' } });
    const goal = await c['anna@test.nl']!.ok<{ setGoal: { id: string } }>(`mutation { setGoal(input: { title: "Walk after lunch", targetSteps: 5 }) { id } }`);
    await c['anna@test.nl']!.ok(`mutation($id: ID!) { logGoalStep(goalId: $id) { stepNumber } }`, { id: goal.setGoal.id });
    await c['bob@test.nl']!.ok(`mutation { setGoal(input: { title: "Bob's goal", targetSteps: 5 }) { id } }`);
  });
  afterAll(() => t.close());

  it('exports everything about me — and nothing about anyone else — as JSON and CSV, audited', async () => {
    const r = (await c['anna@test.nl']!.ok<Export>(EXPORT)).exportMyData;
    const data = JSON.parse(r.json) as { userId: string; sections: Record<string, Record<string, unknown>[]> };
    expect(data.userId).toBe(ids.users['anna@test.nl']);
    expect(data.sections.profile).toEqual([expect.objectContaining({ email: 'anna@test.nl', displayName: 'anna', organisation: 'Test org' })]);
    expect(data.sections.teamMemberships).toEqual([expect.objectContaining({ team: 'North', role: 'MEMBER' })]);
    expect(data.sections.checkIns).toEqual([
      expect.objectContaining({ localDate: '2026-02-02', who5Score: 60, who5Item1: 1, who5Item5: 5, note: 'Anna schrijft: "moe", maar ok' }),
    ]);
    expect(data.sections.goals).toEqual([expect.objectContaining({ title: 'Walk after lunch', targetSteps: 5, stepsTaken: 1 })]);
    expect(data.sections.goalSteps).toHaveLength(1);
    expect(data.sections.loginSessions!.length).toBeGreaterThan(0);
    const everything = r.json + r.csv + r.files.map((f) => f.content).join('');
    for (const other of ['bob@test.nl', 'Bob private words', "Bob's goal", ids.users['bob@test.nl']!, 'lead@test.nl']) {
      expect(everything).not.toContain(other);
    }
    const checkInsCsv = r.files.find((f) => f.filename === 'check-ins.csv')!;
    expect(checkInsCsv.contentType).toBe('text/csv');
    const [header, row] = checkInsCsv.content.trim().split('\r\n');
    expect(header).toContain('who5Score');
    expect(row).toContain('"Anna schrijft: ""moe"", maar ok"');
    expect(r.csv).toContain('checkIns,1,who5Score,60');
    expect(r.files.map((f) => f.filename)).toEqual(expect.arrayContaining(['data.json', 'profile.csv', 'goals.csv', 'goal-steps.csv']));
    const audit = await t.db.query(`SELECT actor_id FROM audit_log WHERE action = 'PERSONAL_DATA_EXPORTED'`);
    expect(audit.rows).toEqual([{ actor_id: ids.users['anna@test.nl'] }]);
  });

  it('keeps team figures already settled unchanged when a member erases their data', async () => {
    // Q3 2025: six members weekly in July and August, Anna among them.
    const people = ['anna@test.nl', ...members.slice(0, 5)];
    await insertCheckIns(
      t.db,
      people.flatMap((p) => days(['2025-07-07', '2025-07-14', '2025-08-04', '2025-08-11']).map((date, i) => ({ user: ids.users[p]!, date, raw: 10 + i + (p === 'anna@test.nl' ? 10 : 0) }))),
    );
    const q = `query($team: ID!) { teamWellbeing(teamId: $team, granularity: MONTH, from: "2025-07-01T00:00:00+02:00", to: "2025-09-01T00:00:00+02:00") {
      label respondents suppressed suppressionReason responses metrics { metric mean } } }`;
    const before = await c['lead@test.nl']!.ok<{ teamWellbeing: unknown[] }>(q, { team: ids.teams.North });
    expect(JSON.stringify(before)).toContain('"suppressed":false');

    const wrong = await c['anna@test.nl']!.gql(DELETE, { p: 'not my password' });
    expect([errorCode(wrong), wrong.errors?.[0]?.extensions?.field]).toEqual(['BAD_USER_INPUT', 'password']);
    expect((await c['anna@test.nl']!.ok<{ deleteMyAccount: boolean }>(DELETE, { p: TEST_PASSWORD })).deleteMyAccount).toBe(true);

    const after = await c['lead@test.nl']!.ok<{ teamWellbeing: unknown[] }>(q, { team: ids.teams.North });
    expect(after).toEqual(before);
    const frozen = await t.db.query(`SELECT count(*)::int AS n FROM wellbeing_snapshot WHERE team_id = $1`, [ids.teams.North]);
    expect(frozen.rows[0].n).toBeGreaterThan(0);
    const payloads = await t.db.query(`SELECT payload::text AS p FROM wellbeing_snapshot`);
    expect(payloads.rows.map((r) => r.p).join('')).not.toContain(ids.users['anna@test.nl']);
  });

  it('after deletion, signs out, leaves no personal row behind and refuses login', async () => {
    const anna = ids.users['anna@test.nl']!;
    expect(errorCode(await c['anna@test.nl']!.gql(`{ myCheckIns(from: "2026-01-01T00:00:00Z", to: "2026-03-01T00:00:00Z") { id } }`))).toBe('UNAUTHENTICATED');

    // Look in every uuid, text and jsonb column of every table for her id or her address.
    const columns = await t.db.query<{ table_name: string; column_name: string; data_type: string }>(
      `SELECT table_name, column_name, data_type FROM information_schema.columns
        WHERE table_schema = 'public' AND data_type IN ('uuid', 'text', 'jsonb')`,
    );
    const found: string[] = [];
    for (const col of columns.rows) {
      const where =
        col.data_type === 'uuid'
          ? `"${col.column_name}" = $1::uuid`
          : `strpos("${col.column_name}"::text, $1::text) > 0 OR strpos(lower("${col.column_name}"::text), $2) > 0`;
      const params = col.data_type === 'uuid' ? [anna] : [anna, 'anna@test.nl'];
      const { rows } = await t.db.query(`SELECT count(*)::int AS n FROM "${col.table_name}" WHERE ${where}`, params);
      if (rows[0].n > 0) found.push(`${col.table_name}.${col.column_name}`);
    }
    // Only the append-only audit trail keeps her (now meaningless) id: who did what, when.
    expect(found.sort()).toEqual(['audit_log.actor_id']);
    const trail = await t.db.query(`SELECT action FROM audit_log WHERE actor_id = $1 ORDER BY id`, [anna]);
    expect(trail.rows.map((r) => r.action)).toEqual(['PERSONAL_DATA_EXPORTED', 'ACCOUNT_DELETED']);
    expect((await t.db.query(`SELECT count(*)::int AS n FROM check_in WHERE note IS NOT NULL`)).rows[0].n).toBe(1); // Bob's

    const login = await new GqlClient(t.baseUrl).gql(`mutation { login(email: "anna@test.nl", password: "${TEST_PASSWORD}") { id } }`);
    expect(errorCode(login)).toBe('UNAUTHENTICATED');
  });

  it('refuses to remove the last admin of an organisation that still has people, but lets a last lead go', async () => {
    const admin = await c['admin@test.nl']!.gql(DELETE, { p: TEST_PASSWORD });
    expect(errorCode(admin)).toBe('CONFLICT');
    expect((await t.db.query(`SELECT count(*)::int AS n FROM app_user WHERE email = 'admin@test.nl'`)).rows[0].n).toBe(1);
    expect((await c['lead@test.nl']!.ok<{ deleteMyAccount: boolean }>(DELETE, { p: TEST_PASSWORD })).deleteMyAccount).toBe(true);
    expect((await t.db.query(`SELECT count(*)::int AS n FROM team_membership WHERE team_id = $1 AND role = 'LEAD'`, [ids.teams.North])).rows[0].n).toBe(0);
    // An org admin can still appoint a new lead.
    const invite = await c['admin@test.nl']!.ok<{ inviteMember: { role: string } }>(`mutation($t: ID!) { inviteMember(teamId: $t, email: "newlead@test.nl", role: LEAD) { role } }`, {
      t: ids.teams.North,
    });
    expect(invite.inviteMember.role).toBe('LEAD');
  });
});
