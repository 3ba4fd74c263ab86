// The README's backup procedure, tested: dump a running platform's database with
// scripts/backup.mjs, restore it into a fresh database, and start the app on the copy.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { Client } from '../support/gql.js';
import { ROOT, serverUrl, startApi, type RunningApi } from '../support/server.js';

function script(args: string[], databaseUrl: string): { status: number | null; out: string } {
  const r = spawnSync(process.execPath, [resolve(ROOT, 'scripts/backup.mjs'), ...args], {
    env: { ...process.env, DATABASE_URL: databaseUrl },
    encoding: 'utf8',
  });
  return { status: r.status, out: `${r.stdout}${r.stderr}` };
}

describe('backup and restore', () => {
  const started: RunningApi[] = [];
  const dir = mkdtempSync(join(tmpdir(), 'attune-backup-'));
  const restoredName = `attune_restored_${Date.now().toString(36)}`;
  afterAll(async () => {
    for (const a of started) await a.stop();
    const admin = new pg.Client({ connectionString: serverUrl() });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${restoredName} WITH (FORCE)`);
    await admin.end();
    rmSync(dir, { recursive: true, force: true });
  });

  it('restores a dump into a fresh database that the app then reads', async () => {
    const api = await startApi();
    started.push(api);
    const lead = await new Client(api.baseUrl).login('lead@attune.demo');
    await lead.ok('mutation { updateProfile(input: { displayName: "Marieke na de back-up" }) { id } }');

    const file = join(dir, 'attune.dump');
    const dump = script(['backup', file], api.databaseUrl);
    expect(dump.out).toContain('Backup written');
    expect(dump.status).toBe(0);

    const target = new URL(serverUrl());
    target.pathname = `/${restoredName}`;
    const restored = script(['restore', file, '--into', target.toString()], api.databaseUrl);
    expect(restored.out).toContain('Restored');
    expect(restored.status).toBe(0);
    const again = script(['restore', file, '--into', target.toString()], api.databaseUrl);
    expect(again.status).toBe(1);
    expect(again.out).toContain('already has tables');

    const copy = await startApi({ ATTUNE_SEED_DEMO: '0' }, { databaseUrl: target.toString() });
    started.push(copy);
    const me = await (await new Client(copy.baseUrl).login('lead@attune.demo')).ok<{ me: { displayName: string } }>('{ me { displayName } }');
    expect(me.me.displayName).toBe('Marieke na de back-up');
    expect(copy.output()).not.toContain('Applied migrations');
  });
});
