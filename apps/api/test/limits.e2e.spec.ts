import { GqlClient, TEST_PASSWORD, arrange, errorCode, startTestApp, type TestApp } from './harness';

describe('GraphQL limits', () => {
  let t: TestApp;
  let c: GqlClient;
  beforeAll(async () => {
    t = await startTestApp();
    await arrange(t.db, { teams: ['North'], people: { 'anna@test.nl': { team: 'North', role: 'LEAD' } } });
    c = new GqlClient(t.baseUrl);
    await c.login('anna@test.nl');
  });
  afterAll(() => t.close());

  it('refuses more than 15 aliases', async () => {
    const fields = Array.from({ length: 16 }, (_, i) => `a${i}: me { id }`).join(' ');
    const r = await c.gql(`{ ${fields} }`);
    expect(r.errors?.[0]?.message).toMatch(/alias/iu);
    expect(r.data).toBeNull();
    const ok = Array.from({ length: 15 }, (_, i) => `a${i}: me { id }`).join(' ');
    expect((await c.gql(`{ ${ok} }`)).errors).toBeUndefined();
  });

  it('refuses more than 1000 tokens', async () => {
    const r = await c.gql(`{ ${Array.from({ length: 1100 }, () => '__typename').join(' ')} }`);
    expect(r.errors?.[0]?.message).toMatch(/token/iu);
  });

  it('refuses batched requests', async () => {
    const res = await fetch(`${t.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify([{ query: '{ me { id } }' }, { query: '{ me { id } }' }]),
    });
    expect(res.status).toBe(400);
  });

  it('refuses aliased or repeated login attempts in one request', async () => {
    const anon = new GqlClient(t.baseUrl);
    const aliased = await anon.gql(`mutation { a: login(email: "anna@test.nl", password: "${TEST_PASSWORD}") { id } }`);
    expect(errorCode(aliased)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(aliased.errors?.[0]?.message).toMatch(/once per request/u);
    const twice = await anon.gql(
      `mutation { login(email: "anna@test.nl", password: "x") { id } b: login(email: "anna@test.nl", password: "${TEST_PASSWORD}") { id } }`,
    );
    expect(errorCode(twice)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(twice.data).toBeNull();
    const rows = await t.db.query(`SELECT count(*)::int AS n FROM login_attempt WHERE email = 'anna@test.nl'`);
    expect(rows.rows[0].n).toBe(1); // only the login in beforeAll
  });
});
