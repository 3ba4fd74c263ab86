// `npm start`: the whole platform on one port. Without DATABASE_URL it runs on an embedded
// PostgreSQL whose data lives in .data/postgres and survives restarts, and seeds demo data.
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { ROOT, startEmbeddedPostgres } from './embedded-pg.mjs';

const env = process.env;
const production = env.NODE_ENV === 'production';
let db = null;

if (!env.DATABASE_URL) {
  if (production) {
    console.error('NODE_ENV=production needs DATABASE_URL (the embedded PostgreSQL is for local use).');
    process.exit(1);
  }
  const port = Number(env.ATTUNE_PG_PORT || 54329);
  console.log(`Starting embedded PostgreSQL (data in .data/postgres, port ${port}) …`);
  db = await startEmbeddedPostgres({ dir: resolve(ROOT, '.data', 'postgres'), port, persistent: true, database: 'attune' });
  env.DATABASE_URL = db.url;
  env.ATTUNE_SEED_DEMO ??= '1';
}

// The embedded default keeps a generated encryption key in .data/ (never in production).
if (!env.ATTUNE_ENCRYPTION_KEYS && !production) {
  const keyFile = resolve(ROOT, '.data', 'encryption.key');
  if (!existsSync(keyFile)) {
    mkdirSync(resolve(ROOT, '.data'), { recursive: true });
    writeFileSync(keyFile, `k1:${randomBytes(32).toString('base64')}\n`, { mode: 0o600 });
    console.log('Generated an encryption key for free text at rest in .data/encryption.key (mode 0600).');
  }
  chmodSync(keyFile, 0o600);
  env.ATTUNE_ENCRYPTION_KEYS = readFileSync(keyFile, 'utf8').trim();
}

const require = createRequire(import.meta.url);
const { bootstrap } = require(resolve(ROOT, 'apps/api/dist/main.js'));

let app;
try {
  app = await bootstrap(env);
} catch (e) {
  console.error(e instanceof Error ? e.message : e);
  if (db) await db.stop();
  process.exit(1);
}

let stopping = false;
async function shutdown(signal) {
  if (stopping) return;
  stopping = true;
  console.log(`\n${signal}: stopping …`);
  try {
    await app.close();
  } catch (e) {
    console.error(e);
  }
  if (db) {
    await db.stop();
    console.log('PostgreSQL stopped cleanly.');
  }
  process.exit(0);
}
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));
