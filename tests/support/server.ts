// Starts the built API (apps/api/dist) as a separate process on a fresh database, exactly as
// production would run it, and talks to it only over HTTP.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:net';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

export function freePort(): Promise<number> {
  return new Promise((res, rej) => {
    const srv = createServer();
    srv.on('error', rej);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      srv.close(() => res(port));
    });
  });
}

export function serverUrl(): string {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('DATABASE_URL is not set: run through `npm test` / `npm run test:browser`');
  return url;
}

export async function createDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `attune_bb_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl() });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const u = new URL(serverUrl());
  u.pathname = `/${name}`;
  return {
    url: u.toString(),
    drop: async () => {
      const c = new pg.Client({ connectionString: serverUrl() });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}

export interface RunningApi {
  baseUrl: string;
  databaseUrl: string;
  db: pg.Pool;
  output: () => string;
  pid: number;
  exited: () => boolean;
  stop: () => Promise<void>;
}

/**
 * Runs `node apps/api/dist/main.js` with demo data seeded, and waits until it is ready.
 * By default on a fresh database that is dropped on stop; `opts.databaseUrl` runs it on an
 * existing one (left in place).
 */
export async function startApi(
  env: Record<string, string> = {},
  opts: { databaseUrl?: string; waitReady?: boolean } = {},
): Promise<RunningApi> {
  const database = opts.databaseUrl ? { url: opts.databaseUrl, drop: async () => undefined } : await createDatabase();
  const port = await freePort();
  let out = '';
  const child: ChildProcess = spawn(process.execPath, [resolve(ROOT, 'apps/api/dist/main.js')], {
    env: {
      ...process.env,
      NODE_ENV: 'development',
      DATABASE_URL: database.url,
      PORT: String(port),
      PUBLIC_URL: `http://127.0.0.1:${port}`,
      ATTUNE_SEED_DEMO: '1',
      ATTUNE_ENCRYPTION_KEYS: `bb:${randomBytes(32).toString('base64')}`,
      LOGIN_ATTEMPTS_PER_ADDRESS: '100000',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (out += d.toString()));
  const baseUrl = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (; opts.waitReady !== false; ) {
    if (child.exitCode !== null) throw new Error(`API exited early (${child.exitCode}):\n${out}`);
    try {
      const r = await fetch(`${baseUrl}/health/ready`);
      if (r.status === 200) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`API did not become ready:\n${out}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  const db = new pg.Pool({ connectionString: database.url, max: 3 });
  return {
    baseUrl,
    databaseUrl: database.url,
    db,
    output: () => out,
    pid: child.pid ?? 0,
    exited: () => child.exitCode !== null,
    stop: async () => {
      await db.end();
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
        if (child.exitCode === null) child.kill('SIGKILL');
      }
      await database.drop();
    },
  };
}
