// Where the large dataset lives, and the encryption key it was sealed with.
//
// With DATABASE_URL: that server (the database in the URL is only used to connect; the data
// goes into its own database, `attune_large`). Without: a persistent embedded PostgreSQL under
// `.data/bench-pg` (port ATTUNE_BENCH_PG_PORT, default 54339), started for the run and stopped
// afterwards; its data survives, so `npm run bench` finds what `npm run seed:large` loaded.
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import pg from 'pg';
import { ROOT, startEmbeddedPostgres } from '../../../scripts/embedded-pg.mjs';

export { ROOT };

export const DATABASE = 'attune_large';
export const BENCH_PASSWORD = 'attune-bench-2026';
export const BENCH_EMAIL_DOMAIN = 'large.attune.test';

/** Connection URL of `database` on the same server as `url`. */
export function withDatabase(url, database) {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

/**
 * @returns {Promise<{ adminUrl: string, url: string, embedded: boolean, dataDir: string | null, stop: () => Promise<void> }>}
 */
export async function openServer({ log = () => {} } = {}) {
  if (process.env.DATABASE_URL) {
    const adminUrl = process.env.DATABASE_URL;
    log('using the PostgreSQL server of DATABASE_URL');
    return { adminUrl, url: withDatabase(adminUrl, DATABASE), embedded: false, dataDir: null, stop: async () => {} };
  }
  const port = Number(process.env.ATTUNE_BENCH_PG_PORT || 54339);
  const dir = resolve(ROOT, '.data', 'bench-pg');
  const started = Date.now();
  const pg = await startEmbeddedPostgres({ dir, port, persistent: true });
  log(`embedded PostgreSQL in .data/bench-pg on port ${port} (${Date.now() - started} ms)`);
  return { adminUrl: pg.adminUrl, url: withDatabase(pg.adminUrl, DATABASE), embedded: true, dataDir: dir, stop: pg.stop };
}

/**
 * The key spec the dataset is sealed with: ATTUNE_ENCRYPTION_KEYS when set, otherwise a key kept
 * in `.data/bench.key` (generated once, mode 0600). The bench starts the API with the same spec.
 */
export function benchKeys() {
  if (process.env.ATTUNE_ENCRYPTION_KEYS) return process.env.ATTUNE_ENCRYPTION_KEYS;
  const file = resolve(ROOT, '.data', 'bench.key');
  if (!existsSync(file)) {
    mkdirSync(resolve(ROOT, '.data'), { recursive: true });
    writeFileSync(file, `bench1:${randomBytes(32).toString('base64')}\n`, { mode: 0o600 });
  }
  chmodSync(file, 0o600);
  return readFileSync(file, 'utf8').trim();
}

/** A file of the built API (`dist`, else BENCH_API_DIST, else apps/api/dist: another build compares before/after). */
export function apiDist(path, dist = null) {
  const file = resolve(ROOT, dist || process.env.BENCH_API_DIST || 'apps/api/dist', path);
  if (!existsSync(file)) throw new Error(`${file} is missing: build the API first (npm run build)`);
  return file;
}

/** Fails with what to do when the large dataset has not been loaded on `server`. */
export async function requireDataset(server) {
  const admin = new pg.Client({ connectionString: server.adminUrl });
  await admin.connect();
  try {
    const exists = (await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [DATABASE])).rowCount > 0;
    if (!exists) throw new Error(`Database "${DATABASE}" not found: run \`npm run seed:large\` first.`);
  } finally {
    await admin.end();
  }
}
