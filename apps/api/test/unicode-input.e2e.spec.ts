import { GqlClient, arrange, errorCode, startTestApp, type TestApp } from './harness';

/** Text that is not valid Unicode (a lone UTF-16 surrogate) is refused at the edge, on its field. */
describe('ill-formed Unicode in input', () => {
  let t: TestApp;
  let lead: GqlClient;
  let sessionId: string;

  beforeAll(async () => {
    t = await startTestApp();
    const { teams, users } = await arrange(t.db, {
      teams: ['North'],
      people: { 'lead@test.nl': { team: 'North', role: 'LEAD' }, 'anna@test.nl': { team: 'North' } },
    });
    const start = new Date(Date.now() + 5 * 86_400_000);
    const s = await t.db.query<{ id: string }>(
      `INSERT INTO session (team_id, kind, title, starts_at, ends_at, time_zone, capacity, facilitator_id, created_by)
       VALUES ($1, 'INTERVISION', 'Intervisie', $2, $3, 'Europe/Amsterdam', 4, $4, $4) RETURNING id`,
      [teams['North'], start, new Date(start.getTime() + 3_600_000), users['lead@test.nl']],
    );
    sessionId = s.rows[0]!.id;
    await t.db.query(`INSERT INTO booking (session_id, user_id, status) VALUES ($1, $2, 'CONFIRMED')`, [sessionId, users['anna@test.nl']]);
    lead = new GqlClient(t.baseUrl);
    await lead.login('lead@test.nl');
  });
  afterAll(() => t.close());

  it('refuses a lone surrogate in a variable with BAD_USER_INPUT on that field, and changes nothing', async () => {
    const r = await lead.gql(`mutation($id: ID!, $reason: String!) { cancelSession(id: $id, reason: $reason) { id cancelledAt } }`, {
      id: sessionId,
      reason: 'Ziek \ud800',
    });
    expect(r.status).toBe(400);
    expect(errorCode(r)).toBe('BAD_USER_INPUT');
    expect(r.errors?.[0]?.extensions?.field).toBe('reason');
    const row = await t.db.query(`SELECT cancelled_at FROM session WHERE id = $1`, [sessionId]);
    expect(row.rows[0].cancelled_at).toBeNull();

    const nested = await lead.gql(`mutation($input: UpdateProfileInput!) { updateProfile(input: $input) { displayName } }`, {
      input: { displayName: '\udc00Bram' },
    });
    expect(errorCode(nested)).toBe('BAD_USER_INPUT');
    expect(nested.errors?.[0]?.extensions?.field).toBe('displayName');
  });

  it('accepts text with real characters outside the basic plane', async () => {
    const r = await lead.ok<{ updateProfile: { displayName: string } }>(
      `mutation($input: UpdateProfileInput!) { updateProfile(input: $input) { displayName } }`,
      { input: { displayName: 'Marieke 🌿' } },
    );
    expect(r.updateProfile.displayName).toBe('Marieke 🌿');
    const cancelled = await lead.ok<{ cancelSession: { cancelledAt: string | null } }>(
      `mutation($id: ID!, $reason: String!) { cancelSession(id: $id, reason: $reason) { cancelledAt } }`,
      { id: sessionId, reason: 'Begeleider ziek 🤒' },
    );
    expect(cancelled.cancelSession.cancelledAt).not.toBeNull();
  });
});
