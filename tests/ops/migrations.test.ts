// Three API processes started at once against an empty database apply each migration exactly once.
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { createDatabase, startApi, type RunningApi } from '../support/server.js';

describe('migrations under concurrent start', () => {
  const apis: RunningApi[] = [];
  let drop: (() => Promise<void>) | undefined;
  afterAll(async () => {
    for (const a of apis) await a.stop();
    await drop?.();
  });

  it('applies each migration once when three processes start together', async () => {
    const db = await createDatabase();
    drop = db.drop;
    apis.push(...(await Promise.all([0, 1, 2].map(() => startApi({ ATTUNE_SEED_DEMO: '0' }, { databaseUrl: db.url })))));
    const client = new pg.Client({ connectionString: db.url });
    await client.connect();
    const { rows } = await client.query<{ name: string; n: number }>(`SELECT name, count(*)::int AS n FROM schema_migration GROUP BY name`);
    await client.end();
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r.n === 1)).toBe(true);
    const applying = apis.filter((a) => a.output().includes('Applied migrations'));
    expect(applying).toHaveLength(1);
    for (const a of apis) expect((await fetch(`${a.baseUrl}/health/ready`)).status).toBe(200);
    console.log(`migrations: ${rows.length} applied once each by 1 of 3 concurrently started API processes`);
  });
});
