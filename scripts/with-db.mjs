// Runs a command with DATABASE_URL pointing at a real PostgreSQL: the one given in DATABASE_URL,
// or else a throw-away embedded PostgreSQL started for the run and removed afterwards.
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { ROOT, freePort, startEmbeddedPostgres } from './embedded-pg.mjs';

const [cmd, ...args] = process.argv.slice(2);
if (!cmd) {
  console.error('usage: node scripts/with-db.mjs <command> [args…]');
  process.exit(2);
}

let db = null;
if (!process.env.DATABASE_URL) {
  const port = await freePort();
  const dir = resolve(ROOT, '.data', `pg-test-${process.pid}`);
  const started = Date.now();
  db = await startEmbeddedPostgres({ dir, port, persistent: false, fast: true });
  process.env.DATABASE_URL = db.url;
  console.log(`[with-db] embedded PostgreSQL on port ${port} (${Date.now() - started} ms)`);
} else {
  console.log('[with-db] using DATABASE_URL');
}

const child = spawn(cmd, args, { stdio: 'inherit', env: process.env, shell: false });
const forward = (sig) => child.kill(sig);
process.on('SIGINT', forward);
process.on('SIGTERM', forward);
const code = await new Promise((res) => child.on('exit', (c, s) => res(c ?? (s ? 1 : 0))));
if (db) await db.stop();
process.exit(code);
