// The public GraphQL contract for accounts and teams, against the built API over HTTP.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, codeOf } from '../support/gql.js';
import { startApi, type RunningApi } from '../support/server.js';

describe('contract: accounts and teams', () => {
  let api: RunningApi;
  beforeAll(async () => {
    api = await startApi();
  });
  afterAll(async () => {
    await api?.stop();
  });

  it('prints the demo logins at start', () => {
    expect(api.output()).toContain('lead@attune.demo');
    expect(api.output()).toContain('attune-demo-2026');
  });

  it('logs in with the demo lead and answers me, myTeams and team(id)', async () => {
    const lead = await new Client(api.baseUrl).login('lead@attune.demo');
    const me = await lead.ok<{ me: { email: string; displayName: string; locale: string; timeZone: string } }>(
      '{ me { email displayName locale timeZone } }',
    );
    expect(me.me).toMatchObject({ email: 'lead@attune.demo', locale: 'nl', timeZone: 'Europe/Amsterdam' });
    const teams = await lead.ok<{ myTeams: { id: string; name: string; myRole: string }[] }>('{ myTeams { id name myRole } }');
    expect(teams.myTeams).toHaveLength(1);
    expect(teams.myTeams[0]).toMatchObject({ name: 'Traumateam Noord', myRole: 'LEAD' });
    const team = await lead.ok<{ team: { members: { role: string }[] } }>('query($id: ID!) { team(id: $id) { members { role } } }', {
      id: teams.myTeams[0]!.id,
    });
    expect(team.team.members.filter((m) => m.role === 'LEAD')).toHaveLength(1);
    expect(team.team.members.length).toBeGreaterThanOrEqual(6);
  });

  it('runs the whole invitation flow through the development mailbox', async () => {
    const lead = await new Client(api.baseUrl).login('lead@attune.demo');
    const teams = await lead.ok<{ myTeams: { id: string }[] }>('{ myTeams { id } }');
    await lead.ok('mutation($t: ID!) { inviteMember(teamId: $t, email: "nieuw.lid@attune.demo", role: MEMBER) { id } }', {
      t: teams.myTeams[0]!.id,
    });
    const mailbox = (await (await fetch(`${api.baseUrl}/dev/mailbox/messages.json?to=nieuw.lid@attune.demo`)).json()) as {
      messages: { body_text: string; subject: string }[];
    };
    expect(mailbox.messages).toHaveLength(1);
    const link = /https?:\/\/\S+\/invite\/([\w-]+)/u.exec(mailbox.messages[0]!.body_text);
    expect(link).not.toBeNull();
    const newcomer = new Client(api.baseUrl);
    const me = await newcomer.ok<{ acceptInvite: { email: string } }>(
      'mutation($t: String!) { acceptInvite(token: $t, name: "Nieuw Lid", password: "een-goed-wachtwoord") { email } }',
      { t: link![1] },
    );
    expect(me.acceptInvite.email).toBe('nieuw.lid@attune.demo');
    const again = await new Client(api.baseUrl).login('nieuw.lid@attune.demo', 'een-goed-wachtwoord');
    const mine = await again.ok<{ myTeams: { myRole: string }[] }>('{ myTeams { myRole } }');
    expect(mine.myTeams).toEqual([{ myRole: 'MEMBER' }]);
  });

  it('answers errors with the documented codes', async () => {
    const anon = new Client(api.baseUrl);
    expect(codeOf(await anon.gql('{ myTeams { id } }'))).toBe('UNAUTHENTICATED');
    expect(codeOf(await anon.gql('mutation { login(email: "lead@attune.demo", password: "wrong-password") { id } }'))).toBe(
      'UNAUTHENTICATED',
    );
    const member = await new Client(api.baseUrl).login('sanne@attune.demo');
    const teams = await member.ok<{ myTeams: { id: string }[] }>('{ myTeams { id } }');
    const r = await member.gql('mutation($t: ID!) { inviteMember(teamId: $t, email: "x@y.nl", role: LEAD) { id } }', { t: teams.myTeams[0]!.id });
    expect(codeOf(r)).toBe('FORBIDDEN');
    const bad = await member.gql('mutation { updateProfile(input: { timeZone: "Atlantis/Capital" }) { id } }');
    expect(codeOf(bad)).toBe('BAD_USER_INPUT');
    expect(bad.errors?.[0]?.extensions?.field).toBe('timeZone');
  });

  it('serves liveness and readiness', async () => {
    expect((await fetch(`${api.baseUrl}/health/live`)).status).toBe(200);
    expect((await fetch(`${api.baseUrl}/health/ready`)).status).toBe(200);
  });
});
