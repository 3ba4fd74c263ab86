import { randomBytes } from 'node:crypto';
import { createDataSource } from '../src/database/data-source';
import { DEMO_PASSWORD, seedDemo } from '../src/database/seed-demo';
import '../src/app.module'; // registers every module's demo seeder, as `npm start` does
import { GqlClient, startTestApp, type TestApp } from './harness';
import { GET, MINE, SHARED } from './reflection-world';

interface Reflection {
  id: string;
  visibility: string;
  isMine: boolean;
  author: { displayName: string };
  session: { id: string };
  whatHappenedInMe: string | null;
  responses: { text: string; author: { displayName: string } }[];
}

describe('demo seed: reflections', () => {
  const key = `demo:${randomBytes(32).toString('base64')}`;
  let t: TestApp;
  const previous = process.env.ATTUNE_ENCRYPTION_KEYS;

  beforeAll(async () => {
    t = await startTestApp({ ATTUNE_ENCRYPTION_KEYS: key });
    process.env.ATTUNE_ENCRYPTION_KEYS = key;
    const ds = createDataSource(t.config.databaseUrl, 2);
    await ds.initialize();
    try {
      expect(await seedDemo(ds, { onlyIfEmpty: true })).not.toBeNull();
    } finally {
      await ds.destroy();
    }
  });
  afterAll(async () => {
    if (previous === undefined) delete process.env.ATTUNE_ENCRYPTION_KEYS;
    else process.env.ATTUNE_ENCRYPTION_KEYS = previous;
    await t.close();
  });

  const login = async (name: string): Promise<GqlClient> => {
    const c = new GqlClient(t.baseUrl);
    await c.login(`${name}@attune.demo`, DEMO_PASSWORD);
    return c;
  };

  it('writes reflections on attended demo sessions, sealed, some shared with peer responses', async () => {
    const stored = await t.db.query(
      `SELECT r.visibility, r.what_happened_in_me, b.attended, s.kind,
              (SELECT count(*)::int FROM peer_response p WHERE p.reflection_id = r.id) AS responses
         FROM reflection r JOIN session s ON s.id = r.session_id
         JOIN booking b ON b.session_id = r.session_id AND b.user_id = r.author_id AND b.status = 'CONFIRMED'`,
    );
    expect(stored.rows.length).toBeGreaterThanOrEqual(4);
    expect(stored.rows.every((r) => r.attended === true || r.kind === 'SUPERVISION')).toBe(true);
    expect(stored.rows.every((r) => r.what_happened_in_me === null || /^v1\.demo\./u.test(r.what_happened_in_me))).toBe(true);
    const visibilities = new Set(stored.rows.map((r) => r.visibility));
    expect(visibilities).toEqual(new Set(['PRIVATE', 'FACILITATOR', 'GROUP']));
    expect(stored.rows.some((r) => r.visibility === 'GROUP' && r.responses > 0)).toBe(true);
    expect(stored.rows.every((r) => r.visibility === 'GROUP' || r.responses === 0)).toBe(true);
  });

  it('reads back through the API, following §4 for the demo people', async () => {
    const authors = await t.db.query<{ email: string; id: string; session_id: string; visibility: string }>(
      `SELECT u.email, r.id, r.session_id, r.visibility FROM reflection r JOIN app_user u ON u.id = r.author_id ORDER BY r.created_at`,
    );
    const group = authors.rows.find((r) => r.visibility === 'GROUP')!;
    const authorName = group.email.split('@')[0]!;
    const mine = await (await login(authorName)).ok<{ myReflections: Reflection[] }>(MINE, {});
    expect(mine.myReflections.map((r) => r.id)).toContain(group.id);
    expect(mine.myReflections.find((r) => r.id === group.id)!.whatHappenedInMe).toBeTruthy();

    // The lead facilitates the demo sessions: sees shared ones, with their responses, never private ones.
    const lead = await login('lead');
    const shared = await lead.ok<{ sharedReflections: Reflection[] }>(SHARED, { sessionId: group.session_id });
    const seen = shared.sharedReflections.find((r) => r.id === group.id)!;
    expect(seen.responses.length).toBeGreaterThan(0);
    const privateOne = authors.rows.find((r) => r.visibility === 'PRIVATE')!;
    const r = await lead.gql(GET, { id: privateOne.id });
    expect(r.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    // The org admin sees none.
    const admin = await login('admin');
    expect((await admin.gql(GET, { id: group.id })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});
