import { GqlClient, arrange, errorCode, startTestApp, type GqlResult, type TestApp } from './harness';
import { eventually } from './support/smtp-peer';

/**
 * The session cache (src/modules/auth/session-cache.ts) with the production setting on: who is
 * behind a token is served from memory, and every change to sessions, users, memberships or
 * admin rights — through the API or behind its back in SQL — takes effect on the next request.
 */
describe('session cache', () => {
  let t: TestApp;
  let teams: Record<string, string>;
  let users: Record<string, string>;
  const statements = (r: GqlResult<unknown>): number => Number(r.headers.get('x-sql-statements'));
  const TEAM = `query($id: ID!) { team(id: $id) { id name } }`;

  /** Asks until `done` holds (the NOTIFY of a change made elsewhere arrives within milliseconds). */
  const askUntil = async <T>(ask: () => Promise<T>, done: (v: T) => boolean, ms = 3000): Promise<T> =>
    (
      await eventually(
        async () => {
          const v = await ask();
          return done(v) ? { v } : null;
        },
        ms,
        'the change to show',
      )
    ).v;

  beforeAll(async () => {
    t = await startTestApp({ ATTUNE_AUTH_CACHE_MS: '30000', ATTUNE_COUNT_QUERIES: '1' });
    ({ teams, users } = await arrange(t.db, {
      teams: ['North', 'South'],
      people: {
        'anna@test.nl': { team: 'North' },
        'bram@test.nl': { team: 'North', role: 'LEAD' },
        'carl@test.nl': { team: 'North' },
        'dora@test.nl': { team: 'North' },
        'eli@test.nl': { team: 'North' },
      },
    }));
  });
  afterAll(() => t.close());

  it('serves a signed-in person from memory: the second request runs no SQL', async () => {
    const c = new GqlClient(t.baseUrl);
    await c.login('anna@test.nl');
    const first = await c.gql<{ me: { id: string } }>('{ me { id } }');
    const second = await c.gql<{ me: { id: string } }>('{ me { id } }');
    expect(first.data?.me.id).toBe(users['anna@test.nl']);
    expect(second.data?.me.id).toBe(users['anna@test.nl']);
    // Usually 0 from the second on; a write to an auth table anywhere pauses caching for a moment.
    const cached = await askUntil(
      async () => statements(await c.gql('{ me { id } }')),
      (n) => n === 0,
    );
    expect(cached).toBe(0);
  });

  it('ends the session at once on logout, and everywhere on logoutEverywhere', async () => {
    const a = new GqlClient(t.baseUrl);
    await a.login('carl@test.nl');
    const b = new GqlClient(t.baseUrl);
    await b.login('carl@test.nl');
    const stale = new GqlClient(t.baseUrl);
    await askUntil(
      async () => statements(await a.gql('{ me { id } }')) + statements(await b.gql('{ me { id } }')),
      (n) => n === 0,
    );

    stale.cookie = a.cookie;
    await a.ok('mutation { logout }');
    const afterLogout = await stale.gql<{ me: unknown }>('{ me { id } }');
    expect(afterLogout.data?.me).toBeNull();

    const other = new GqlClient(t.baseUrl);
    other.cookie = b.cookie;
    expect((await other.ok<{ me: { id: string } }>('{ me { id } }')).me.id).toBe(users['carl@test.nl']);
    const c = new GqlClient(t.baseUrl);
    await c.login('carl@test.nl');
    await c.ok('mutation { logoutEverywhere }');
    expect((await other.gql<{ me: unknown }>('{ me { id } }')).data?.me).toBeNull();
  });

  it('sees a profile change on the very next request', async () => {
    const c = new GqlClient(t.baseUrl);
    await c.login('dora@test.nl');
    await askUntil(async () => statements(await c.gql('{ me { id } }')), (n) => n === 0);
    await c.ok(`mutation { updateProfile(input: { displayName: "Dora B." }) { displayName } }`);
    expect((await c.ok<{ me: { displayName: string } }>('{ me { displayName } }')).me.displayName).toBe('Dora B.');
  });

  it('follows memberships, roles and sessions changed behind its back in SQL', async () => {
    const c = new GqlClient(t.baseUrl);
    await c.login('eli@test.nl');
    const north = teams['North'];
    const south = teams['South'];
    expect((await c.ok<{ team: { id: string } }>(TEAM, { id: north })).team.id).toBe(north);
    await askUntil(async () => statements(await c.gql('{ me { id } }')), (n) => n === 0);

    // Joined South in SQL: visible without signing in again.
    await t.db.query(`INSERT INTO team_membership (team_id, user_id, role) VALUES ($1, $2, 'MEMBER')`, [south, users['eli@test.nl']]);
    const joined = await askUntil(() => c.gql<{ team: { id: string } }>(TEAM, { id: south }), (r) => !r.errors);
    expect(joined.data?.team.id).toBe(south);

    // Removed from North in SQL: refused from then on.
    await t.db.query(`UPDATE team_membership SET left_at = now() WHERE team_id = $1 AND user_id = $2`, [north, users['eli@test.nl']]);
    const left = await askUntil(() => c.gql(TEAM, { id: north }), (r) => errorCode(r) === 'FORBIDDEN');
    expect(errorCode(left)).toBe('FORBIDDEN');

    // The session expired in SQL: signed out.
    await t.db.query(`UPDATE user_session SET expires_at = now() - interval '1 second' WHERE user_id = $1`, [users['eli@test.nl']]);
    const expired = await askUntil(() => c.gql<{ me: unknown }>('{ me { id } }'), (r) => r.data?.me === null);
    expect(expired.data?.me).toBeNull();
  });

  it('reads the database on every request while its change channel is down, and caches again once it is back', async () => {
    const c = new GqlClient(t.baseUrl);
    await c.login('bram@test.nl');
    await askUntil(async () => statements(await c.gql('{ me { id } }')), (n) => n === 0);

    const killed = await t.db.query(
      `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'attune-auth-listener' AND datname = current_database()`,
    );
    expect(killed.rowCount).toBe(1);
    // Until the listener is back, a membership change could go unnoticed: so nothing is served
    // from memory: as soon as the process notices, requests read the database.
    const during = await askUntil(() => c.gql<{ me: { id: string } }>('{ me { id } }'), (r) => statements(r) === 1);
    expect(during.data?.me.id).toBe(users['bram@test.nl']);
    expect(statements(during)).toBe(1);
    await t.db.query(`UPDATE team_membership SET role = 'MEMBER' WHERE user_id = $1`, [users['bram@test.nl']]);
    const demoted = await c.gql(`query($id: ID!) { teamWellbeing(teamId: $id, granularity: MONTH, from: "2026-01-01T00:00:00Z", to: "2026-02-01T00:00:00Z") { label } }`, {
      id: teams['North'],
    });
    expect(errorCode(demoted)).toBe('FORBIDDEN');

    // The listener reconnects by itself, and caching resumes.
    const back = await askUntil(async () => statements(await c.gql('{ me { id } }')), (n) => n === 0, 10_000);
    expect(back).toBe(0);
  });
});
