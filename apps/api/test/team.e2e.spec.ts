import { GqlClient, TEST_PASSWORD, arrange, clientsFor, errorCode, startTestApp, type TestApp } from './harness';

describe('teams and invitations', () => {
  let t: TestApp;
  let ids: Awaited<ReturnType<typeof arrange>>;
  let c: Record<string, GqlClient>;
  beforeAll(async () => {
    t = await startTestApp();
    ids = await arrange(t.db, {
      teams: ['North', 'South'],
      people: {
        'admin@test.nl': { admin: true },
        'lead@test.nl': { team: 'North', role: 'LEAD' },
        'member@test.nl': { team: 'North' },
        'other@test.nl': { team: 'South' },
        'both@test.nl': { teams: [{ team: 'North', role: 'MEMBER' }, { team: 'South', role: 'LEAD' }] },
      },
    });
    c = await clientsFor(t.baseUrl, ['admin@test.nl', 'lead@test.nl', 'member@test.nl', 'other@test.nl', 'both@test.nl']);
  });
  afterAll(() => t.close());

  const TEAM = `query($id: ID!) { team(id: $id) { id name myRole members { displayName role } } }`;

  it('lists my teams with my role in each (a person can be in several)', async () => {
    const r = await c['both@test.nl']!.ok<{ myTeams: { name: string; myRole: string }[] }>('{ myTeams { name myRole } }');
    expect(r.myTeams).toEqual([
      { name: 'North', myRole: 'MEMBER' },
      { name: 'South', myRole: 'LEAD' },
    ]);
  });

  it('shows a team to its members and org admins, refuses everyone else', async () => {
    const north = ids.teams.North!;
    const asMember = await c['member@test.nl']!.ok<{ team: { members: { displayName: string; role: string }[] } }>(TEAM, { id: north });
    expect(asMember.team.members[0]).toEqual({ displayName: 'lead', role: 'LEAD' });
    expect((await c['admin@test.nl']!.ok<{ team: { myRole: null } }>(TEAM, { id: north })).team.myRole).toBeNull();
    const outsider = await c['other@test.nl']!.gql(TEAM, { id: north });
    expect(errorCode(outsider)).toBe('FORBIDDEN');
    expect(outsider.data).toBeNull();
    expect(errorCode(await c['other@test.nl']!.gql(TEAM, { id: '00000000-0000-0000-0000-000000000000' }))).toBe('FORBIDDEN');
    expect(errorCode(await c['other@test.nl']!.gql(TEAM, { id: 'not-a-uuid' }))).toBe('NOT_FOUND');
  });

  it('guards nested fields too: invitations are for leads and admins only', async () => {
    const q = `query($id: ID!) { team(id: $id) { name invitations { email } } }`;
    const r = await c['member@test.nl']!.gql(q, { id: ids.teams.North });
    expect(errorCode(r)).toBe('FORBIDDEN');
    expect(JSON.stringify(r.data ?? {})).not.toContain('@');
    expect((await c['lead@test.nl']!.ok<{ team: { invitations: unknown[] } }>(q, { id: ids.teams.North })).team.invitations).toEqual([]);
  });

  it('lets leads and admins invite, members and other teams not', async () => {
    const inv = `mutation($t: ID!, $e: String!, $r: TeamRole!) { inviteMember(teamId: $t, email: $e, role: $r) { id email role acceptUrl } }`;
    expect(errorCode(await c['member@test.nl']!.gql(inv, { t: ids.teams.North, e: 'x@test.nl', r: 'MEMBER' }))).toBe('FORBIDDEN');
    expect(errorCode(await c['other@test.nl']!.gql(inv, { t: ids.teams.North, e: 'x@test.nl', r: 'MEMBER' }))).toBe('FORBIDDEN');
    const bad = await c['lead@test.nl']!.gql(inv, { t: ids.teams.North, e: 'not an address', r: 'MEMBER' });
    expect(errorCode(bad)).toBe('BAD_USER_INPUT');
    expect(bad.errors?.[0]?.extensions?.field).toBe('email');
    const dup = await c['lead@test.nl']!.gql(inv, { t: ids.teams.North, e: 'member@test.nl', r: 'MEMBER' });
    expect(errorCode(dup)).toBe('CONFLICT');
    const ok = await c['admin@test.nl']!.ok<{ inviteMember: { email: string; acceptUrl: string } }>(inv, {
      t: ids.teams.North,
      e: 'Nieuw@Test.nl',
      r: 'MEMBER',
    });
    expect(ok.inviteMember.email).toBe('nieuw@test.nl');
    expect(ok.inviteMember.acceptUrl).toMatch(/\/invite\/[\w-]{40,}$/u);
  });

  it('invites through the outbox, accepts once, and signs the new member in', async () => {
    const inv = await c['lead@test.nl']!.ok<{ inviteMember: { acceptUrl: string } }>(
      `mutation($t: ID!) { inviteMember(teamId: $t, email: "fresh@test.nl", role: MEMBER) { acceptUrl } }`,
      { t: ids.teams.North },
    );
    const token = inv.inviteMember.acceptUrl.split('/invite/')[1]!;
    const outbox = await t.db.query(`SELECT kind, body_text FROM outbox_message WHERE recipient_email = 'fresh@test.nl'`);
    expect(outbox.rows).toHaveLength(1);
    expect(outbox.rows[0].kind).toBe('INVITE');
    expect(outbox.rows[0].body_text).toContain(inv.inviteMember.acceptUrl);
    const mailbox = (await (await fetch(`${t.baseUrl}/dev/mailbox/messages.json?to=fresh@test.nl`)).json()) as { messages: unknown[] };
    expect(mailbox.messages).toHaveLength(1);

    const anon = new GqlClient(t.baseUrl);
    const preview = await anon.ok<{ invitationPreview: { teamName: string; accountExists: boolean } }>(
      `query($t: String!) { invitationPreview(token: $t) { teamName accountExists } }`,
      { t: token },
    );
    expect(preview.invitationPreview).toEqual({ teamName: 'North', accountExists: false });
    const weak = await anon.gql(`mutation($t: String!) { acceptInvite(token: $t, name: "Fresh", password: "short") { id } }`, { t: token });
    expect(weak.errors?.[0]?.extensions?.field).toBe('password');
    const accepted = await anon.ok<{ acceptInvite: { email: string } }>(
      `mutation($t: String!) { acceptInvite(token: $t, name: "Fresh Person", password: "a-good-password") { email } }`,
      { t: token },
    );
    expect(accepted.acceptInvite.email).toBe('fresh@test.nl');
    const teams = await anon.ok<{ myTeams: { name: string; myRole: string }[] }>('{ myTeams { name myRole } }');
    expect(teams.myTeams).toEqual([{ name: 'North', myRole: 'MEMBER' }]);
    const again = await new GqlClient(t.baseUrl).gql(
      `mutation($t: String!) { acceptInvite(token: $t, name: "Fresh", password: "a-good-password") { id } }`,
      { t: token },
    );
    expect(errorCode(again)).toBe('CONFLICT');
  });

  it('lets an existing account join another team with its own password, and refuses expired invitations', async () => {
    const inv = await c['lead@test.nl']!.ok<{ inviteMember: { acceptUrl: string } }>(
      `mutation($t: ID!) { inviteMember(teamId: $t, email: "other@test.nl", role: LEAD) { acceptUrl } }`,
      { t: ids.teams.North },
    );
    const token = inv.inviteMember.acceptUrl.split('/invite/')[1]!;
    const anon = new GqlClient(t.baseUrl);
    const wrong = await anon.gql(`mutation($t: String!) { acceptInvite(token: $t, name: "", password: "wrong-password") { id } }`, { t: token });
    expect(errorCode(wrong)).toBe('BAD_USER_INPUT');
    await anon.ok(`mutation($t: String!, $p: String!) { acceptInvite(token: $t, name: "", password: $p) { id } }`, { t: token, p: TEST_PASSWORD });
    const teams = await c['other@test.nl']!.ok<{ myTeams: { name: string; myRole: string }[] }>('{ myTeams { name myRole } }');
    expect(teams.myTeams).toEqual([
      { name: 'North', myRole: 'LEAD' },
      { name: 'South', myRole: 'MEMBER' },
    ]);

    const late = await c['lead@test.nl']!.ok<{ inviteMember: { acceptUrl: string } }>(
      `mutation($t: ID!) { inviteMember(teamId: $t, email: "late@test.nl", role: MEMBER) { acceptUrl } }`,
      { t: ids.teams.North },
    );
    await t.db.query(`UPDATE invitation SET expires_at = now() - interval '1 minute' WHERE email = 'late@test.nl'`);
    const lateToken = late.inviteMember.acceptUrl.split('/invite/')[1]!;
    const r = await anon.gql(`mutation($t: String!) { acceptInvite(token: $t, name: "Late", password: "a-good-password") { id } }`, { t: lateToken });
    expect(errorCode(r)).toBe('CONFLICT');
    expect(errorCode(await anon.gql(`query { invitationPreview(token: "made-up") { email } }`))).toBe('NOT_FOUND');
  });

  it('lets only org admins create teams', async () => {
    const q = `mutation { createTeam(input: { name: "West", timeZone: "Europe/Amsterdam" }) { name timeZone } }`;
    expect(errorCode(await c['lead@test.nl']!.gql(q))).toBe('FORBIDDEN');
    expect((await c['admin@test.nl']!.ok<{ createTeam: { name: string } }>(q)).createTeam.name).toBe('West');
  });
});
