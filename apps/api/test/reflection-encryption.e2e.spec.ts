import { randomBytes } from 'node:crypto';
import type { INestApplication } from '@nestjs/common';
import { loadConfig } from '../src/config/config';
import { encryptedColumns } from '../src/common/encryption/encryption.service';
import { Keyring } from '../src/common/encryption/keyring';
import { reencryptAll } from '../src/common/encryption/reencrypt';
import { createDataSource } from '../src/database/data-source';
import { createApp } from '../src/main';
import { GqlClient, clientsFor, errorCode, startTestApp, type TestApp } from './harness';
import { GET, MINE, PEOPLE, RESPOND, SHARED, WRITE, arrangeReflectionWorld } from './reflection-world';

const keyA = `a:${randomBytes(32).toString('base64')}`;
const keyB = `b:${randomBytes(32).toString('base64')}`;

const TEXTS = {
  whatHappenedInMe: 'Plaintext-canary-1 ik voelde me overspoeld door het verhaal',
  bodySignals: 'Plaintext-canary-2 hartkloppingen',
  feelingsNamed: 'Plaintext-canary-3 machteloosheid',
  attunementMoments: 'Plaintext-canary-4 toen B. knikte',
  resonanceFromOthers: 'Plaintext-canary-5 herkenning',
  whatINeedNow: 'Plaintext-canary-6 slaap',
};
const RESPONSE = 'Plaintext-canary-7 ik herken dit';
const CANARY = /Plaintext-canary|overspoeld|hartkloppingen|machteloosheid|herken/u;

interface Reflection {
  id: string;
  whatHappenedInMe: string | null;
  whatINeedNow: string | null;
  responses: { text: string }[];
}

/** Another API process on the same database, with other keys. */
async function startSibling(databaseUrl: string, keys: string): Promise<{ app: INestApplication; baseUrl: string }> {
  const app = await createApp(
    loadConfig({ NODE_ENV: 'test', DATABASE_URL: databaseUrl, ATTUNE_ENCRYPTION_KEYS: keys, LOGIN_ATTEMPTS_PER_ADDRESS: '100000', LOGIN_ATTEMPTS_PER_EMAIL: '1000' }),
  );
  await app.listen(0, '127.0.0.1');
  return { app, baseUrl: `http://127.0.0.1:${(app.getHttpServer().address() as { port: number }).port}` };
}

describe('reflections are encrypted at rest', () => {
  let t: TestApp;
  let sessionId: string;
  let reflectionId: string;
  let author: GqlClient;

  beforeAll(async () => {
    t = await startTestApp({ ATTUNE_ENCRYPTION_KEYS: keyA });
    const w = await arrangeReflectionWorld(t.db);
    sessionId = w.sessionId;
    const c = await clientsFor(t.baseUrl, [PEOPLE.author, PEOPLE.peerAttendee]);
    author = c[PEOPLE.author]!;
    const r = await author.ok<{ writeReflection: Reflection }>(WRITE, {
      input: { sessionId, attunement: 3, resonance: 6, visibility: 'GROUP', ...TEXTS },
    });
    reflectionId = r.writeReflection.id;
    await c[PEOPLE.peerAttendee]!.ok(RESPOND, { id: reflectionId, text: RESPONSE });
  });
  afterAll(() => t.close());

  it('stores no plaintext: every text column is a sealed value under the current key; ratings stay plain', async () => {
    const rows = await t.db.query(`SELECT row_to_json(r)::text AS json, r.* FROM reflection r`);
    expect(rows.rows).toHaveLength(1);
    const row = rows.rows[0];
    expect(row.json).not.toMatch(CANARY);
    for (const col of ['what_happened_in_me', 'body_signals', 'feelings_named', 'attunement_moments', 'resonance_from_others', 'what_i_need_now']) {
      expect(row[col]).toMatch(/^v1\.a\.[\w-]+\.[\w-]+\.[\w-]+$/u);
    }
    expect([row.attunement, row.resonance, row.visibility]).toEqual([3, 6, 'GROUP']);
    const responses = await t.db.query(`SELECT row_to_json(p)::text AS json, p.body FROM peer_response p`);
    expect(responses.rows).toHaveLength(1);
    expect(responses.rows[0].json).not.toMatch(CANARY);
    expect(responses.rows[0].body).toMatch(/^v1\.a\./u);
    // Nor in any other table of the database.
    const tables = await t.db.query<{ name: string }>(`SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public'`);
    expect(tables.rows.length).toBeGreaterThan(5);
    for (const { name } of tables.rows) {
      const dump = await t.db.query(`SELECT coalesce(string_agg(row_to_json(x)::text, ''), '') AS all FROM "${name}" x`);
      expect(dump.rows[0].all).not.toMatch(CANARY);
    }
  });

  it('refuses plaintext written straight into a text column (database constraint)', async () => {
    await expect(t.db.query(`UPDATE reflection SET body_signals = 'leesbaar' WHERE id = $1`, [reflectionId])).rejects.toMatchObject({ code: '23514' });
    await expect(t.db.query(`UPDATE peer_response SET body = 'leesbaar'`)).rejects.toMatchObject({ code: '23514' });
  });

  it('binds each value to its row and column: a value moved elsewhere fails loudly instead of showing', async () => {
    const original = (await t.db.query(`SELECT what_happened_in_me, what_i_need_now FROM reflection WHERE id = $1`, [reflectionId])).rows[0];
    await t.db.query(`UPDATE reflection SET what_i_need_now = what_happened_in_me WHERE id = $1`, [reflectionId]);
    try {
      const r = await author.gql(GET, { id: reflectionId });
      expect(errorCode(r)).toBe('INTERNAL_SERVER_ERROR');
      expect(r.data).toBeNull();
      expect(JSON.stringify(r)).not.toMatch(CANARY);
    } finally {
      await t.db.query(`UPDATE reflection SET what_i_need_now = $2 WHERE id = $1`, [reflectionId, original.what_i_need_now]);
    }
    const back = await author.ok<{ reflection: Reflection }>(GET, { id: reflectionId });
    expect(back.reflection.whatINeedNow).toBe(TEXTS.whatINeedNow);
  });

  it('with a wrong key, reading fails with a coded error and leaks neither plaintext nor garbage', async () => {
    const wrong = await startSibling(t.config.databaseUrl, `a:${randomBytes(32).toString('base64')}`);
    try {
      const c = await clientsFor(wrong.baseUrl, [PEOPLE.author, PEOPLE.peerAttendee]);
      for (const [client, query, vars] of [
        [c[PEOPLE.author]!, GET, { id: reflectionId }],
        [c[PEOPLE.author]!, MINE, {}],
        [c[PEOPLE.peerAttendee]!, SHARED, { sessionId }],
      ] as const) {
        const r = await client.gql(query, vars);
        expect(errorCode(r)).toBe('INTERNAL_SERVER_ERROR');
        expect(r.errors?.[0]?.message).toBe('Something went wrong on our side');
        expect(r.data).toBeNull();
        expect(JSON.stringify(r)).not.toMatch(CANARY);
      }
    } finally {
      await wrong.app.close();
    }
  });

  it('rotates keys: re-encrypt under B (keeping A to read), then only B reads everything; A alone no longer does', async () => {
    const registered = encryptedColumns.map((col) => `${col.table}.${col.column}`);
    expect(registered).toEqual(
      expect.arrayContaining([
        'reflection.what_happened_in_me',
        'reflection.body_signals',
        'reflection.feelings_named',
        'reflection.attunement_moments',
        'reflection.resonance_from_others',
        'reflection.what_i_need_now',
        'peer_response.body',
      ]),
    );

    const ds = createDataSource(t.config.databaseUrl, 2);
    await ds.initialize();
    try {
      const counts = await reencryptAll(ds, new Keyring(`${keyB},${keyA}`), 2);
      expect(counts['reflection.what_happened_in_me']).toBe(1);
      expect(counts['reflection.what_i_need_now']).toBe(1);
      expect(counts['peer_response.body']).toBe(1);
      // A second run finds nothing left to move.
      const again = await reencryptAll(ds, new Keyring(`${keyB},${keyA}`));
      expect(Object.values(again).every((n) => n === 0)).toBe(true);
    } finally {
      await ds.destroy();
    }
    const row = (await t.db.query(`SELECT row_to_json(r)::text AS json, what_happened_in_me FROM reflection r`)).rows[0];
    expect(row.what_happened_in_me).toMatch(/^v1\.b\./u);
    expect(row.json).not.toMatch(/"v1\.a\./u);
    expect(row.json).not.toMatch(CANARY);

    const onlyB = await startSibling(t.config.databaseUrl, keyB);
    try {
      const c = await clientsFor(onlyB.baseUrl, [PEOPLE.author]);
      const r = await c[PEOPLE.author]!.ok<{ reflection: Reflection & Record<string, unknown> }>(GET, { id: reflectionId });
      for (const [k, v] of Object.entries(TEXTS)) expect(r.reflection[k]).toBe(v);
      expect(r.reflection.responses.map((x) => x.text)).toEqual([RESPONSE]);
    } finally {
      await onlyB.app.close();
    }
    const onlyA = await startSibling(t.config.databaseUrl, keyA);
    try {
      const c = await clientsFor(onlyA.baseUrl, [PEOPLE.author]);
      const r = await c[PEOPLE.author]!.gql(GET, { id: reflectionId });
      expect(errorCode(r)).toBe('INTERNAL_SERVER_ERROR');
      expect(JSON.stringify(r)).not.toMatch(CANARY);
    } finally {
      await onlyA.app.close();
    }
  });
});
