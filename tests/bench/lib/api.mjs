// Starts the built API as its own process, in production mode, against the large database, and
// signs people in over HTTP like a browser would.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { appendFileSync } from 'node:fs';
import { freePort } from '../../../scripts/embedded-pg.mjs';
import { emailOf } from '../seed-large.mjs';
import { BENCH_PASSWORD, apiDist, benchKeys } from './server.mjs';

export const BENCH_USER_AGENT = 'attune-bench';

/**
 * HTTP processes of the API under test (WEB_CONCURRENCY; BENCH_PROCESSES, default 1). One, as
 * `npm start` runs it: on this 2-core machine PostgreSQL runs beside the API and takes about half
 * of each request's CPU, and one process against two measured 12–24 % less CPU per request and
 * 6–23 % lower p95 at the same requests per second (README, Performance, eighth round).
 */
export const API_PROCESSES = Number(process.env.BENCH_PROCESSES || 1);

/**
 * @returns {Promise<{ baseUrl: string, pid: number, output: () => string, stop: () => Promise<void> }>}
 */
export async function startApi(databaseUrl, extraEnv = {}, { dist = null, nodeArgs = null } = {}) {
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const env = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    NODE_ENV: 'production',
    DATABASE_URL: databaseUrl,
    PORT: String(port),
    PUBLIC_URL: baseUrl,
    ATTUNE_ENCRYPTION_KEYS: benchKeys(),
    // ATTUNE_COUNT_QUERIES=1 (passed in extraEnv) makes every response carry x-sql-statements:
    // the SQL statements the request ran. Counting follows each request through its async calls,
    // which costs time, so the timed API runs without it and a second instance counts.
    WEB_CONCURRENCY: String(API_PROCESSES),
    // The bench signs in a few hundred people from one address within a minute.
    LOGIN_ATTEMPTS_PER_ADDRESS: '100000',
    LOGIN_ATTEMPTS_PER_EMAIL: '1000',
    // ATTUNE_COMPILE_QUERIES_AFTER=0 benches the API without compiled queries (before/after).
    ...(process.env.ATTUNE_COMPILE_QUERIES_AFTER ? { ATTUNE_COMPILE_QUERIES_AFTER: process.env.ATTUNE_COMPILE_QUERIES_AFTER } : {}),
    ...extraEnv,
  };
  // BENCH_API_NODE_ARGS, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof", profiles the API under load.
  const args = nodeArgs ?? (process.env.BENCH_API_NODE_ARGS ?? '').split(' ').filter(Boolean);
  const child = spawn(process.execPath, [...args, apiDist('main.js', dist)], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const keep = (chunk) => {
    // BENCH_API_LOG=file keeps the API's output (e.g. with BENCH_API_NODE_ARGS=--trace-gc).
    if (process.env.BENCH_API_LOG) appendFileSync(process.env.BENCH_API_LOG, chunk);
    output += chunk.toString();
    if (output.length > 100_000) output = output.slice(-50_000);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  const exited = new Promise((res) => child.on('exit', res));

  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`The API exited (${child.exitCode}):\n${output}`);
    try {
      const res = await fetch(`${baseUrl}/health/ready`);
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill('SIGTERM');
      throw new Error(`The API did not become healthy within 60 s:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    baseUrl,
    pid: child.pid,
    output: () => output,
    stop: async () => {
      if (child.exitCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

/** A GraphQL call over HTTP with an optional session cookie. */
export async function gql(baseUrl, query, variables = {}, cookie = null) {
  const res = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'user-agent': BENCH_USER_AGENT, ...(cookie ? { cookie } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = await res.json();
  return { status: res.status, body, headers: res.headers };
}

/** Signs in and returns the session cookie (`attune_session=…`). */
export async function login(baseUrl, email) {
  const res = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'user-agent': BENCH_USER_AGENT },
    body: JSON.stringify({
      query: 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { id } }',
      variables: { e: email, p: BENCH_PASSWORD },
    }),
  });
  const body = await res.json();
  const cookie = res.headers.get('set-cookie')?.split(';')[0];
  if (!cookie || body.errors) throw new Error(`Login of ${email} failed: ${JSON.stringify(body.errors ?? body)}`);
  return { cookie, userId: body.data.login.id };
}

/** Signs in many people, a few at a time (argon2 is deliberately slow). */
export async function loginAll(baseUrl, emails, parallel = 4) {
  const out = new Array(emails.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: parallel }, async () => {
      while (next < emails.length) {
        const i = next++;
        out[i] = await login(baseUrl, emails[i]);
      }
    }),
  );
  return out;
}

/** The hash a session cookie's token is stored under (the `me` floor looks sessions up by it). */
export const hashToken = (cookie) => createHash('sha256').update(cookie.slice(cookie.indexOf('=') + 1), 'utf8').digest();

/**
 * The people the reads are timed for: the first `count` teams of the large dataset, and for each
 * its lead and one member, signed in (with their token hashes). One caller per connection.
 */
export async function signInReaders(pool, baseUrl, count) {
  const teamIds = (await pool.query(`SELECT id FROM team WHERE name LIKE 'Team %' ORDER BY name LIMIT $1`, [count])).rows.map((t) => t.id);
  const leads = await loginAll(baseUrl, teamIds.map((_, i) => emailOf(i + 1, 1)));
  const members = await loginAll(baseUrl, teamIds.map((_, i) => emailOf(i + 1, 2 + (i % 24))));
  for (const p of [...leads, ...members]) p.tokenHash = hashToken(p.cookie);
  return { teamIds, leads, members };
}
