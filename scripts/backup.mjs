// Backup and restore with PostgreSQL's own tools (pg_dump / pg_restore, custom format).
//
//   node scripts/backup.mjs backup  [file]            dump DATABASE_URL to file (default backups/attune-<time>.dump)
//   node scripts/backup.mjs restore <file> [--into URL] restore into URL (default DATABASE_URL); the
//                                                     target database is created when missing and must be empty
//
// Without DATABASE_URL it uses the embedded database of `npm start` (which must be running).
// Needs pg_dump / pg_restore of the server's major version or newer on PATH (Debian: postgresql-client).
import { spawnSync } from 'node:child_process';
import { mkdirSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import pg from 'pg';
import { ROOT } from './embedded-pg.mjs';

const [command, ...rest] = process.argv.slice(2);
const defaultUrl = process.env.DATABASE_URL || `postgres://postgres:attune-local@127.0.0.1:${process.env.ATTUNE_PG_PORT || 54329}/attune`;

function run(bin, args, env) {
  const r = spawnSync(bin, args, { stdio: ['ignore', 'inherit', 'pipe'], env: { ...process.env, ...env } });
  if (r.error) throw new Error(`${bin} could not run (${r.error.code}); install PostgreSQL client tools (apt-get install postgresql-client)`);
  if (r.status !== 0) throw new Error(`${bin} failed (${r.status}): ${r.stderr.toString().trim()}`);
  return r.stderr.toString();
}

function connectionArgs(url) {
  const u = new URL(url);
  return {
    args: ['--host', u.hostname, '--port', u.port || '5432', '--username', decodeURIComponent(u.username || 'postgres'), '--dbname', u.pathname.slice(1)],
    env: u.password ? { PGPASSWORD: decodeURIComponent(u.password) } : {},
    database: u.pathname.slice(1),
  };
}

async function ensureEmptyDatabase(url) {
  const u = new URL(url);
  const database = u.pathname.slice(1);
  u.pathname = '/postgres';
  const admin = new pg.Client({ connectionString: u.toString() });
  await admin.connect();
  try {
    const { rowCount } = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (rowCount === 0) await admin.query(`CREATE DATABASE "${database.replace(/"/g, '')}"`);
  } finally {
    await admin.end();
  }
  const target = new pg.Client({ connectionString: url });
  await target.connect();
  try {
    const { rows } = await target.query(`SELECT count(*)::int AS n FROM pg_tables WHERE schemaname = 'public'`);
    if (rows[0].n > 0) throw new Error(`Refusing to restore into "${database}": it already has tables. Restore into a new database.`);
  } finally {
    await target.end();
  }
}

export async function backup(url, file) {
  mkdirSync(dirname(file), { recursive: true });
  const c = connectionArgs(url);
  run('pg_dump', [...c.args, '--format=custom', '--no-owner', '--no-privileges', '--file', file], c.env);
  return statSync(file).size;
}

export async function restore(file, url) {
  statSync(file);
  await ensureEmptyDatabase(url);
  const c = connectionArgs(url);
  run('pg_restore', [...c.args, '--no-owner', '--no-privileges', '--exit-on-error', '--single-transaction', file], c.env);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    if (command === 'backup') {
      const stamp = new Date().toISOString().replace(/[:.]/g, '-');
      const file = resolve(rest[0] ?? resolve(ROOT, 'backups', `attune-${stamp}.dump`));
      const size = await backup(defaultUrl, file);
      console.log(`Backup written to ${file} (${(size / 1024).toFixed(1)} KiB)`);
    } else if (command === 'restore' && rest[0]) {
      const i = rest.indexOf('--into');
      const target = i >= 0 ? rest[i + 1] : defaultUrl;
      if (!target) throw new Error('--into needs a postgres:// URL');
      await restore(resolve(rest[0]), target);
      console.log(`Restored ${rest[0]} into ${new URL(target).pathname.slice(1)}`);
    } else {
      console.error('usage: node scripts/backup.mjs backup [file] | restore <file> [--into postgres://…]');
      process.exit(2);
    }
  } catch (e) {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  }
}
