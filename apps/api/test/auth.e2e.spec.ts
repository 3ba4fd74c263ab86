import { GqlClient, TEST_PASSWORD, arrange, errorCode, startTestApp, type TestApp } from './harness';

describe('accounts and sessions', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ LOGIN_ATTEMPTS_PER_EMAIL: '5', LOGIN_ATTEMPTS_PER_ADDRESS: '1000' });
    await arrange(t.db, {
      teams: ['North'],
      people: {
        'anna@test.nl': { team: 'North' },
        'bram@test.nl': { team: 'North', role: 'LEAD' },
        'carl@test.nl': { team: 'North' },
        'dirk@test.nl': { team: 'North' },
        'eve@test.nl': { team: 'North' },
        'limit@test.nl': { team: 'North' },
      },
    });
  });
  afterAll(() => t.close());

  it('answers me with null before login and the profile after, via an httpOnly SameSite cookie', async () => {
    const c = new GqlClient(t.baseUrl);
    expect((await c.ok<{ me: null }>('{ me { id } }')).me).toBeNull();
    const res = await fetch(`${t.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `mutation { login(email: "Anna@Test.nl ", password: "${TEST_PASSWORD}") { email } }` }),
    });
    const cookie = res.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^attune_session=/u);
    expect(cookie).toMatch(/HttpOnly/u);
    expect(cookie).toMatch(/SameSite=Lax/u);
    await c.login('anna@test.nl');
    const me = await c.ok<{ me: { email: string; locale: string; timeZone: string } }>('{ me { email locale timeZone } }');
    expect(me.me).toEqual({ email: 'anna@test.nl', locale: 'en', timeZone: 'Europe/Amsterdam' });
  });

  it('stores only a hash of the session token and an argon2id password hash', async () => {
    const c = new GqlClient(t.baseUrl);
    await c.login('carl@test.nl');
    const token = decodeURIComponent(c.cookie!.split('=')[1]!);
    const { rows } = await t.db.query(`SELECT token_hash FROM user_session`);
    expect(rows.some((r: { token_hash: Buffer }) => r.token_hash.toString('utf8').includes(token))).toBe(false);
    const users = await t.db.query(`SELECT password_hash FROM app_user WHERE email = 'anna@test.nl'`);
    expect(users.rows[0].password_hash).toMatch(/^\$argon2id\$/u);
  });

  it('refuses a wrong password and an unknown address with the same answer', async () => {
    const c = new GqlClient(t.baseUrl);
    const wrong = await c.gql(`mutation { login(email: "bram@test.nl", password: "not-the-password") { id } }`);
    const unknown = await c.gql(`mutation { login(email: "nobody@test.nl", password: "not-the-password") { id } }`);
    expect(errorCode(wrong)).toBe('UNAUTHENTICATED');
    expect(errorCode(unknown)).toBe('UNAUTHENTICATED');
    expect(wrong.errors?.[0]?.message).toBe(unknown.errors?.[0]?.message);
    expect(wrong.data).toBeNull();
  });

  it('rotates the session on login and ends it on logout', async () => {
    const c = new GqlClient(t.baseUrl);
    await c.login('dirk@test.nl');
    const first = c.cookie;
    await c.login('dirk@test.nl');
    expect(c.cookie).not.toBe(first);
    const old = new GqlClient(t.baseUrl);
    old.cookie = first;
    expect((await old.ok<{ me: unknown }>('{ me { id } }')).me).toBeNull();
    await c.ok('mutation { logout }');
    expect(c.cookie).toBeNull();
  });

  it('logoutEverywhere ends every session of that person only', async () => {
    const a1 = new GqlClient(t.baseUrl);
    const a2 = new GqlClient(t.baseUrl);
    const b = new GqlClient(t.baseUrl);
    await Promise.all([a1.login('eve@test.nl'), a2.login('eve@test.nl'), b.login('bram@test.nl')]);
    const keep = a2.cookie;
    await a1.ok('mutation { logoutEverywhere }');
    a2.cookie = keep;
    expect((await a2.ok<{ me: unknown }>('{ me { id } }')).me).toBeNull();
    expect((await b.ok<{ me: { email: string } }>('{ me { email } }')).me.email).toBe('bram@test.nl');
  });

  it('limits login attempts per address to five a minute', async () => {
    const c = new GqlClient(t.baseUrl);
    const codes: (string | undefined)[] = [];
    for (let i = 0; i < 6; i++) codes.push(errorCode(await c.gql(`mutation { login(email: "limit@test.nl", password: "wrong-password-${i}") { id } }`)));
    expect(codes.slice(0, 5)).toEqual(Array(5).fill('UNAUTHENTICATED'));
    const blocked = await c.gql(`mutation { login(email: "limit@test.nl", password: "${TEST_PASSWORD}") { id } }`);
    expect(errorCode(blocked)).toBe('UNAUTHENTICATED');
    expect(blocked.errors?.[0]?.extensions?.reason).toBe('RATE_LIMITED');
  });

  it('requires a session for everything not public', async () => {
    const c = new GqlClient(t.baseUrl);
    for (const q of ['{ myTeams { id } }', 'mutation { logoutEverywhere }', 'mutation { updateProfile(input: { locale: en }) { id } }']) {
      const r = await c.gql(q);
      expect(errorCode(r)).toBe('UNAUTHENTICATED');
      expect(r.data).toBeNull();
    }
  });

  it('updates the profile and validates each field', async () => {
    const c = new GqlClient(t.baseUrl);
    await c.login('bram@test.nl');
    const r = await c.ok<{ updateProfile: { displayName: string; locale: string; timeZone: string } }>(
      `mutation { updateProfile(input: { displayName: "  Bram  B ", locale: nl, timeZone: "America/New_York" }) { displayName locale timeZone } }`,
    );
    expect(r.updateProfile).toEqual({ displayName: 'Bram B', locale: 'nl', timeZone: 'America/New_York' });
    const bad = await c.gql(`mutation { updateProfile(input: { timeZone: "Nowhere/Land" }) { id } }`);
    expect(errorCode(bad)).toBe('BAD_USER_INPUT');
    expect(bad.errors?.[0]?.extensions?.field).toBe('timeZone');
    const empty = await c.gql(`mutation { updateProfile(input: { displayName: "   " }) { id } }`);
    expect(empty.errors?.[0]?.extensions?.field).toBe('displayName');
  });

  it('answers bad input with a coded error, never a 500', async () => {
    const c = new GqlClient(t.baseUrl);
    const cases = [
      c.gql('{ nope }'),
      c.gql('mutation { login(email: 1, password: null) { id } }'),
      c.gql('{ me { id '),
      c.gql(`mutation($e: String!) { login(email: $e, password: "x") { id } }`, { e: { $ne: 1 } }),
    ];
    for (const r of await Promise.all(cases)) {
      expect(r.status).toBeLessThan(500);
      expect(errorCode(r)).toMatch(/^(BAD_USER_INPUT|GRAPHQL_VALIDATION_FAILED|GRAPHQL_PARSE_FAILED|UNAUTHENTICATED)$/u);
      expect(JSON.stringify(r.errors)).not.toMatch(/stacktrace|at .*\.js/u);
    }
  });

  it('refuses a cross-origin POST', async () => {
    const res = await fetch(`${t.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: 'https://evil.example' },
      body: JSON.stringify({ query: '{ me { id } }' }),
    });
    expect(res.status).toBe(403);
  });

  it('refuses a simple (CSRF-able) request without a preflight', async () => {
    const res = await fetch(`${t.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: JSON.stringify({ query: 'mutation { logout }' }),
    });
    expect(res.status).toBe(400);
  });

  it('reports readiness', async () => {
    expect((await fetch(`${t.baseUrl}/health/ready`)).status).toBe(200);
  });
});
