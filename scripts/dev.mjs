// `npm run dev`: the API in watch mode (tsc --watch + node --watch) on an embedded PostgreSQL
// (or DATABASE_URL), and the Vite dev server proxying /graphql and /dev to it. Ctrl-C stops it all,
// PostgreSQL last and cleanly.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ROOT, startEmbeddedPostgres } from './embedded-pg.mjs';

const env = { ...process.env };
const API_PORT = Number(env.PORT || 4000);
const WEB_PORT = Number(env.WEB_PORT || 5173);
const webUrl = `http://localhost:${WEB_PORT}`;
const bin = (pkg, file) => resolve(ROOT, 'node_modules', pkg, file);

const children = [];
let db = null;
let stopping = false;

function log(message) {
  console.log(`[dev] ${message}`);
}

/** Starts a child with prefixed output; resolves `ready` when a line matches `readyWhen`. */
function run(name, args, { cwd = ROOT, readyWhen } = {}) {
  const child = spawn(process.execPath, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(child);
  let markReady;
  const ready = new Promise((res) => (markReady = res));
  if (!readyWhen) markReady();
  const forward = (stream, out) => {
    let buffered = '';
    stream.setEncoding('utf8');
    stream.on('data', (chunk) => {
      buffered += chunk;
      const lines = buffered.split('\n');
      buffered = lines.pop() ?? '';
      for (const line of lines) {
        // tsc --watch clears the screen; drop its escape codes
        const text = line.replace(/\u001b\[[0-9;]*[A-Za-z]|\u001bc/g, '');
        if (text.trim() !== '') out.write(`[${name}] ${text}\n`);
        if (readyWhen?.test(text)) markReady();
      }
    });
  };
  forward(child.stdout, process.stdout);
  forward(child.stderr, process.stderr);
  child.on('exit', (code, signal) => {
    if (!stopping) {
      console.error(`[dev] ${name} stopped (${signal ?? `exit ${code}`}); stopping everything.`);
      void shutdown(1);
    }
  });
  return ready;
}

async function shutdown(code = 0) {
  if (stopping) return;
  stopping = true;
  log('stopping …');
  const exits = children
    .filter((c) => c.exitCode === null && c.signalCode === null)
    .map(
      (c) =>
        new Promise((res) => {
          c.once('exit', res);
          c.kill('SIGTERM');
          setTimeout(() => {
            if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
          }, 5000).unref();
        }),
    );
  await Promise.all(exits);
  if (db) {
    await db.stop();
    log('PostgreSQL stopped cleanly.');
  }
  process.exit(code);
}
process.on('SIGINT', () => void shutdown(0));
process.on('SIGTERM', () => void shutdown(0));

if (!env.DATABASE_URL) {
  const port = Number(env.ATTUNE_PG_PORT || 54329);
  log(`starting embedded PostgreSQL (data in .data/postgres, port ${port}) …`);
  db = await startEmbeddedPostgres({ dir: resolve(ROOT, '.data', 'postgres'), port, persistent: true, database: 'attune' });
  env.DATABASE_URL = db.url;
  env.ATTUNE_SEED_DEMO ??= '1';
}
if (!env.ATTUNE_ENCRYPTION_KEYS) {
  const keyFile = resolve(ROOT, '.data', 'encryption.key');
  if (!existsSync(keyFile)) {
    mkdirSync(resolve(ROOT, '.data'), { recursive: true });
    writeFileSync(keyFile, `k1:${randomBytes(32).toString('base64')}\n`, { mode: 0o600 });
  }
  chmodSync(keyFile, 0o600);
  env.ATTUNE_ENCRYPTION_KEYS = readFileSync(keyFile, 'utf8').trim();
}
env.PORT = String(API_PORT);
// Links in e-mails (invitations) point at the dev server, which proxies the API.
env.PUBLIC_URL ??= webUrl;
env.ATTUNE_API_URL = `http://localhost:${API_PORT}`;
env.WEB_PORT = String(WEB_PORT);

const tsc = bin('typescript', 'bin/tsc');
const watching = /Watching for file changes/;
log('compiling @attune/domain and @attune/api in watch mode …');
await run('domain', [tsc, '-p', 'packages/domain/tsconfig.build.json', '--watch', '--preserveWatchOutput'], { readyWhen: watching });
await run('api:tsc', [tsc, '-p', 'apps/api/tsconfig.build.json', '--watch', '--preserveWatchOutput'], { readyWhen: watching });
if (!existsSync(resolve(ROOT, 'apps/api/dist/main.js'))) {
  console.error('[dev] apps/api/dist/main.js was not built; see the compiler output above.');
  await shutdown(1);
}
void run('api', ['--watch', '--watch-preserve-output', 'apps/api/dist/main.js']);
void run('web', [bin('vite', 'bin/vite.js'), '--port', String(WEB_PORT), '--strictPort'], {
  cwd: resolve(ROOT, 'apps/web'),
});
log(`web app: ${webUrl}  (GraphQL proxied to http://localhost:${API_PORT}/graphql, mailbox at ${webUrl}/dev/mailbox)`);
