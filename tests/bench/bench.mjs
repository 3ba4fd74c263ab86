// `npm run bench`: the API in production mode against the large dataset (`npm run seed:large`),
// driven by autocannon at 20 connections — a warm-up round, then a measured one — for each
// operation; the same data fetched with raw SQL and no HTTP (the API's own statements) gives the
// floor. Prints a table and writes JSON to tests/bench/results/. Timings are reported, never
// asserted: correctness problems (errors, a wrong number of confirmed seats) make the run fail, slow
// figures do not.
// SQL statements per request come from a second API instance started with ATTUNE_COUNT_QUERIES=1
// (counting follows every request through its async calls, which would slow the timed one).
//
//   BENCH_DURATION (s, default 10)   BENCH_WARMUP (s, default 3)   BENCH_CONNECTIONS (default 20)
//   BENCH_ONLY=me,sessions,…         run a subset          BENCH_NO_FLOOR=1   skip the raw-SQL floors
//   BENCH_API_DIST=path/to/dist       bench another build of the API (compare before/after)
//   BENCH_PROCESSES (default 1)       HTTP processes of the timed API (WEB_CONCURRENCY)
//   BENCH_API_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/prof"   node flags of the timed API (profiling)
/* eslint-disable no-console */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus, loadavg } from 'node:os';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { settledAt } from '@attune/domain';
import { API_PROCESSES, BENCH_USER_AGENT, gql, loginAll, signInReaders, startApi } from './lib/api.mjs';
import { cpuMeter, postmasterPid } from './lib/cpu.mjs';
import { floor, hammer, summarise } from './lib/load.mjs';
import { fmt, selected, textTable } from './lib/report.mjs';
import { ROOT, apiDist, openServer, requireDataset } from './lib/server.mjs';
import { emailOf } from './seed-large.mjs';

const DURATION = Number(process.env.BENCH_DURATION || 10);
const WARMUP = Number(process.env.BENCH_WARMUP || 3);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS || 20);
const RACERS = 200;
const SEATS = 12;
// One race gives 200 latencies, so its p95 rests on the 10 slowest; several races, each on a
// session of its own, give a p95 that does not swing with one unlucky moment.
const RACES = Number(process.env.BENCH_RACES || 5);
const DAY = 86_400_000;

const BUDGETS = {
  sessions: { p95: 50 },
  myIntegration: { p95: 50 },
  'teamWellbeing MONTH×24': { p95: 50 },
  'teamWellbeing WEEK×52': { p95: 50 },
  me: { rps: 2000 },
  bookSession: { p95: 200 },
};

const log = (m) => console.log(`[bench] ${m}`);

const ME = `query Me { me { id email displayName locale timeZone organisationId } }`;
const SESSIONS = `query TeamSessions($teamId: ID!, $from: DateTime!, $to: DateTime!) {
  sessions(teamId: $teamId, from: $from, to: $to) {
    id kind title startsAt endsAt timeZone location capacity confirmedCount waitlistCount seatsLeft bookingClosesAt cancelledAt
    facilitator { id displayName }
    myBooking { id status }
    attendees { id displayName }
    bookings { id status waitlistPosition createdAt attended member { id displayName } }
  }
}`;
const MY_INTEGRATION = `query MyIntegration($from: DateTime!, $to: DateTime!) {
  myIntegration(from: $from, to: $to) {
    from to
    who5 { date value }
    scales { scale points { date value } }
    timeline { id kind occurredAt date title { en nl } detail { en nl } value }
  }
}`;
const TEAM_WELLBEING = `query TeamWellbeing($teamId: ID!, $granularity: WellbeingGranularity!, $from: DateTime!, $to: DateTime!) {
  teamWellbeing(teamId: $teamId, granularity: $granularity, from: $from, to: $to) {
    label granularity start end startDate endDate members respondents participationRate responses
    suppressed suppressionReason anonymityThreshold
    metrics { metric mean bands { band count share } }
  }
}`;
const BOOK = `mutation Book($sessionId: ID!) { bookSession(sessionId: $sessionId) { id status waitlistPosition } }`;

const body = (query, variables) => JSON.stringify({ query, variables });

/**
 * Complete calendar periods ending before today (noon UTC keeps each instant inside its day in
 * Europe/Amsterdam): 24 months, and 52 ISO weeks.
 */
function periods(now) {
  const d = new Date(now);
  const monthsTo = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1) - 12 * 3_600_000;
  const monthsFrom = Date.UTC(d.getUTCFullYear(), d.getUTCMonth() - 24, 1, 12);
  const monday = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()) - ((d.getUTCDay() + 6) % 7) * DAY;
  return {
    months: { from: new Date(monthsFrom), to: new Date(monthsTo) },
    weeks: { from: new Date(monday - 52 * 7 * DAY + 12 * 3_600_000), to: new Date(monday - 12 * 3_600_000) },
  };
}

/** A module of the built API (its SQL, so the floor runs the API's own statements). */
const apiModule = (path) => createRequire(import.meta.url)(apiDist(path));

/** A read as a named prepared statement, as the API runs its hot reads. */
const prepared = (pool, name, text, values) => pool.query({ name: `floor-${name}`, text, values });

/**
 * What a view of teamWellbeing does in the database, as the API does it: its own statement
 * (TEAM_VIEW_SQL: the kept figures of settled buckets and the open buckets' participation, and
 * the view's audit entry) with the parameters it would give it, as the team's lead. Every bucket
 * of these ranges is kept after the warm-up, as it is for the API.
 */
function wellbeingFloor(pool, leads, teamIds, granularity, range) {
  const { TEAM_VIEW_SQL, teamViewParams } = apiModule('modules/wellbeing/wellbeing-sql.js');
  const settled = settledAt(new Date());
  return async (i) => {
    const k = i % teamIds.length;
    await prepared(pool, 'team-view', TEAM_VIEW_SQL, teamViewParams(leads[k].userId, teamIds[k], granularity, range.from, range.to, settled));
  };
}

/** A read operation: who calls it (one caller per connection), and its floor in raw SQL. */
export function readOps({ leads, members, teamIds, pool }) {
  const now = Date.now();
  const threeMonthsAgo = new Date(now - 92 * DAY).toISOString();
  const nowIso = new Date(now).toISOString();
  const twoYearsAgo = new Date(now - 730 * DAY);
  const { months, weeks } = periods(now);
  const sessionsSql = apiModule('modules/session/session.mapper.js').sessionsInRangeSql('all');
  const integrationSql = apiModule('modules/integration/integration.service.js').integrationSql(
    apiModule('modules/integration/timeline-providers.js').BUILT_IN_TIMELINE_PROVIDERS,
  );
  const wellbeingCallers = (granularity, range) =>
    leads.map((l, i) => ({
      cookie: l.cookie,
      body: body(TEAM_WELLBEING, { teamId: teamIds[i], granularity, from: range.from.toISOString(), to: range.to.toISOString() }),
    }));
  return [
    {
      name: 'me',
      callers: members.map((m) => ({ cookie: m.cookie, body: body(ME, {}) })),
      floor: async (i) => {
        const m = members[i % members.length];
        await prepared(
          pool,
          'me',
          `SELECT s.id AS session_id, s.last_seen_at, u.id, u.organisation_id, u.email, u.display_name, u.locale, u.time_zone
             FROM user_session s JOIN app_user u ON u.id = s.user_id
            WHERE s.token_hash = $1 AND s.expires_at > now()`,
          [m.tokenHash],
        );
      },
    },
    {
      name: 'sessions',
      callers: leads.map((l, i) => ({ cookie: l.cookie, body: body(SESSIONS, { teamId: teamIds[i], from: threeMonthsAgo, to: nowIso }) })),
      // The API's own statement: the sessions with their facilitator and every booking as JSON.
      floor: async (i) => {
        await prepared(pool, 'sessions', sessionsSql, [teamIds[i % leads.length], threeMonthsAgo, nowIso, false]);
      },
    },
    {
      name: 'myIntegration',
      needs: 'myIntegration',
      callers: members.map((m) => ({ cookie: m.cookie, body: body(MY_INTEGRATION, { from: twoYearsAgo.toISOString(), to: nowIso }) })),
      // The API's own statement (integrationSql: every timeline provider, the check-ins and the
      // reflections, each as JSON), with the parameters it gives it for this range.
      floor: async (i) => {
        const userId = members[i % members.length].userId;
        await prepared(pool, 'integration', integrationSql, [userId, twoYearsAgo, nowIso, twoYearsAgo]);
      },
    },
    {
      name: 'teamWellbeing MONTH×24',
      needs: 'teamWellbeing',
      callers: wellbeingCallers('MONTH', months),
      floor: wellbeingFloor(pool, leads, teamIds, 'MONTH', months),
    },
    {
      name: 'teamWellbeing WEEK×52',
      needs: 'teamWellbeing',
      callers: wellbeingCallers('WEEK', weeks),
      floor: wellbeingFloor(pool, leads, teamIds, 'WEEK', weeks),
    },
  ];
}

/**
 * Statements per request of each caller's request, sent twice each to the counting instance:
 * the first with the session cache cold, the second warm (so e.g. "1/2": 2 cold, 1 warm).
 */
async function countStatements(countUrl, callers) {
  const statements = new Map();
  for (const c of [...callers, ...callers]) {
    const res = await fetch(`${countUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'user-agent': BENCH_USER_AGENT, cookie: c.cookie },
      body: c.body,
    });
    await res.arrayBuffer();
    const n = res.headers.get('x-sql-statements');
    if (n) statements.set(n, (statements.get(n) ?? 0) + 1);
  }
  return Object.fromEntries([...statements].sort((a, b) => Number(a[0]) - Number(b[0])));
}

/** Whether the running API has a query field (production has no introspection: probe it). */
async function hasQueryField(baseUrl, cookie, field) {
  const r = await gql(baseUrl, `{ ${field} }`, {}, cookie);
  const message = r.body.errors?.[0]?.message ?? '';
  return !message.includes(`Cannot query field "${field}"`);
}

/**
 * 200 members of a team made for the race (people of other teams, who may be in several teams)
 * book one session with 12 seats, 20 at a time: once on the counting instance, once to warm up,
 * then RACES times measured (a new session each time; the latencies of all are pooled, and every
 * race must end with exactly 12 confirmed).
 */
async function race({ baseUrl, countUrl, pool, racers, lead, orgId, pids }) {
  const { rows: [team] } = await pool.query(
    `INSERT INTO team (organisation_id, name) VALUES ($1, $2) RETURNING id`,
    [orgId, `Bench race ${new Date().toISOString()}`],
  );
  await pool.query(
    `INSERT INTO team_membership (team_id, user_id, role)
     SELECT $1, u, CASE WHEN u = $3 THEN 'LEAD' ELSE 'MEMBER' END FROM unnest($2::uuid[]) AS u`,
    [team.id, [lead.userId, ...racers.map((r) => r.userId)], lead.userId],
  );
  // Early morning, two days apart: no racer has anything else then.
  const base = new Date(Date.now() + 20 * DAY);
  base.setUTCHours(5, 0, 0, 0);
  const makeSession = async (offsetDays) =>
    (
      await pool.query(
        `INSERT INTO session (team_id, kind, title, starts_at, ends_at, time_zone, capacity, facilitator_id, created_by)
         VALUES ($1, 'INTERVISION', 'Bench race', $2, $3, 'Europe/Amsterdam', $4, $5, $5) RETURNING id`,
        [team.id, new Date(base.getTime() + offsetDays * DAY), new Date(base.getTime() + offsetDays * DAY + 3_600_000), SEATS, lead.userId],
      )
    ).rows[0].id;

  const runOne = async (sessionId, url = baseUrl) => {
    const meter = cpuMeter(pids);
    const latencies = [];
    const statements = new Map();
    let errors = 0;
    let sampleError = null;
    let next = 0;
    const started = performance.now();
    await Promise.all(
      Array.from({ length: CONNECTIONS }, async () => {
        while (next < racers.length) {
          const racer = racers[next++];
          const t = performance.now();
          const res = await fetch(`${url}/graphql`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', 'user-agent': BENCH_USER_AGENT, cookie: racer.cookie },
            body: body(BOOK, { sessionId }),
          });
          const json = await res.json();
          latencies.push(performance.now() - t);
          const n = res.headers.get('x-sql-statements');
          if (n) statements.set(n, (statements.get(n) ?? 0) + 1);
          if (!res.ok || json.errors) {
            errors += 1;
            sampleError ??= JSON.stringify(json.errors ?? json).slice(0, 500);
          }
        }
      }),
    );
    const seconds = (performance.now() - started) / 1000;
    const cpu = meter.stop(racers.length);
    const { rows: byStatus } = await pool.query(`SELECT status, count(*)::int AS n FROM booking WHERE session_id = $1 GROUP BY status`, [sessionId]);
    const status = Object.fromEntries(byStatus.map((r) => [r.status, r.n]));
    return {
      ...summarise(latencies, seconds),
      latencies,
      seconds,
      ...cpu,
      errors,
      sampleError,
      statements: Object.fromEntries(statements),
      confirmed: status.CONFIRMED ?? 0,
      waitlisted: status.WAITLISTED ?? 0,
    };
  };

  try {
    // First on the counting instance (statements per booking), then warm-up and measured.
    const counted = await runOne(await makeSession(0), countUrl);
    log(`bookSession counted: ${counted.confirmed} confirmed, ${counted.waitlisted} waitlisted, ${counted.errors} errors`);
    const warm = await runOne(await makeSession(2));
    log(`bookSession warm-up: ${warm.confirmed} confirmed, ${warm.waitlisted} waitlisted, ${warm.errors} errors`);
    for (const r of [counted, warm]) {
      if (r.errors > 0 || r.confirmed !== SEATS) {
        throw new Error(`bookSession (count/warm-up round): ${r.confirmed} confirmed, ${r.errors} errors ${r.sampleError ?? ''}`);
      }
    }
    const races = [];
    for (let i = 0; i < RACES; i += 1) races.push(await runOne(await makeSession(4 + 2 * i)));
    const seconds = races.reduce((t, r) => t + r.seconds, 0);
    const mean = (key) => (races.every((r) => r[key] !== null) ? races.reduce((t, r) => t + r[key], 0) / races.length : null);
    // Every race must be exact; otherwise the worst one is reported (and fails the run).
    const worst = races.find((r) => r.confirmed !== SEATS || r.waitlisted !== racers.length - SEATS) ?? races[0];
    log(`bookSession races: p95 ${races.map((r) => fmt(r.p95)).join(', ')} ms`);
    return {
      ...summarise(races.flatMap((r) => r.latencies), seconds),
      apiCpuMs: mean('apiCpuMs'),
      dbCpuMs: mean('dbCpuMs'),
      errors: races.reduce((t, r) => t + r.errors, 0),
      sampleError: races.find((r) => r.sampleError)?.sampleError ?? null,
      statements: counted.statements,
      confirmed: worst.confirmed,
      waitlisted: worst.waitlisted,
      races: races.map((r) => ({ p50: r.p50, p95: r.p95, p99: r.p99, confirmed: r.confirmed, waitlisted: r.waitlisted })),
    };
  } finally {
    // Leave the dataset as it was: the race team, its sessions, bookings, their mail and its jobs.
    const { rows: mail } = await pool.query(
      `DELETE FROM outbox_message WHERE recipient_user_id = ANY($1::uuid[]) AND idempotency_key IN (
         SELECT 'booking-confirmed:' || b.id FROM booking b JOIN session s ON s.id = b.session_id WHERE s.team_id = $2)
       RETURNING id::text`,
      [racers.map((r) => r.userId), team.id],
    );
    const { rows: booked } = await pool.query(
      `SELECT b.id::text FROM booking b JOIN session s ON s.id = b.session_id WHERE s.team_id = $1`,
      [team.id],
    );
    const jobs = await pool.query(`SELECT to_regclass('pgboss.job') IS NOT NULL AS ok`);
    if (jobs.rows[0].ok) {
      await pool.query(`DELETE FROM pgboss.job WHERE data->>'outboxId' = ANY($1::text[]) OR data->>'bookingId' = ANY($2::text[])`, [
        mail.map((m) => m.id),
        booked.map((b) => b.id),
      ]);
    }
    await pool.query(`DELETE FROM team WHERE id = $1`, [team.id]);
  }
}

function verdict(name, r) {
  const b = BUDGETS[name];
  if (!b || !r) return '';
  const parts = [];
  if (b.p95 !== undefined) parts.push(r.p95 <= b.p95 ? `ok (p95 ≤ ${b.p95} ms)` : `OVER (p95 > ${b.p95} ms)`);
  if (b.rps !== undefined) parts.push(r.rps >= b.rps ? `ok (≥ ${b.rps} req/s)` : `UNDER (< ${b.rps} req/s)`);
  return parts.join(', ');
}

function table(results) {
  const head = [
    'operation', 'p50 ms', 'p95 ms', 'p99 ms', 'req/s', 'errors', 'SQL/req', 'CPU/req API+DB ms', 'floor p50', 'floor p95', 'API/floor p50', 'budget',
  ];
  const rows = results.map((r) => [
    r.name,
    fmt(r.api?.p50),
    fmt(r.api?.p95),
    fmt(r.api?.p99),
    fmt(r.api?.rps, 0),
    String(r.api?.errors ?? '–'),
    r.api ? Object.keys(r.api.statements).join('/') || '–' : '–',
    r.api && r.api.apiCpuMs != null ? `${fmt(r.api.apiCpuMs, 2)}+${fmt(r.api.dbCpuMs ?? NaN, 2)}` : '–',
    fmt(r.floor?.p50, 2),
    fmt(r.floor?.p95, 2),
    r.floor && r.api ? `${fmt(r.api.p50 / r.floor.p50)}×` : '–',
    r.skipped ? `skipped: ${r.skipped}` : verdict(r.name, r.api) + (r.extra ? `; ${r.extra}` : ''),
  ]);
  return textTable(head, rows, [0, head.length - 1]);
}

/** The same results as Markdown rows for the README's Performance table. */
function markdownRows(results) {
  return results
    .map((r) => {
      if (r.skipped) return `| ${r.name} | – | – | – | – | – | – | – | skipped |`;
      const a = r.api;
      const cpu = a.apiCpuMs != null ? `${fmt(a.apiCpuMs, 2)} + ${fmt(a.dbCpuMs ?? NaN, 2)}` : '–';
      const ratio = r.floor ? `${fmt(a.p50 / r.floor.p50)}×` : '–';
      const budget = verdict(r.name, a) + (r.extra ? `; ${r.extra}` : '');
      return `| ${r.name} | ${fmt(a.p50)} | ${fmt(a.p95)} | ${fmt(a.p99)} | ${fmt(a.rps, 0)} | ${Object.keys(a.statements).join('/') || '–'} | ${cpu} | ${ratio} | ${budget} |`;
    })
    .join('\n');
}

function gitCommit() {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT }).toString().trim();
  } catch {
    return null;
  }
}

async function main() {
  const server = await openServer({ log });
  let api = null;
  let counter = null;
  const pool = new pg.Pool({ connectionString: server.url, max: CONNECTIONS, idleTimeoutMillis: 0, application_name: 'attune-bench-floor' });
  try {
    await requireDataset(server);

    api = await startApi(server.url);
    // A second instance, idle while the first is timed, counts the SQL statements of each operation.
    counter = await startApi(server.url, { ATTUNE_COUNT_QUERIES: '1', WEB_CONCURRENCY: '1' });
    const dbPid = server.dataDir ? postmasterPid(server.dataDir) : null;
    log(`API (production mode) at ${api.baseUrl}, pid ${api.pid}; statement counting at ${counter.baseUrl}`);

    const loginStarted = performance.now();
    const { teamIds, leads, members } = await signInReaders(pool, api.baseUrl, CONNECTIONS);
    log(`signed in ${leads.length} leads and ${members.length} members (${fmt((performance.now() - loginStarted) / 1000)} s)`);

    const results = [];
    for (const op of readOps({ leads, members, teamIds, pool })) {
      if (!selected(op.name)) continue;
      if (op.needs && !(await hasQueryField(api.baseUrl, members[0].cookie, op.needs))) {
        results.push({ name: op.name, skipped: `the API has no ${op.needs} yet` });
        log(`${op.name}: skipped (the API has no ${op.needs} yet)`);
        continue;
      }
      const probe = await gql(api.baseUrl, ...Object.values(JSON.parse(op.callers[0].body)), op.callers[0].cookie);
      if (probe.body.errors) throw new Error(`${op.name} fails: ${JSON.stringify(probe.body.errors).slice(0, 800)}`);
      await hammer({ baseUrl: api.baseUrl, callers: op.callers, connections: CONNECTIONS, duration: WARMUP });
      const meter = cpuMeter({ apiPid: api.pid, dbPid });
      const measured = await hammer({ baseUrl: api.baseUrl, callers: op.callers, connections: CONNECTIONS, duration: DURATION });
      Object.assign(measured, meter.stop(measured.requests));
      measured.statements = await countStatements(counter.baseUrl, op.callers);
      let floorResult = null;
      if (op.floor && !process.env.BENCH_NO_FLOOR) {
        await floor({ workers: CONNECTIONS, duration: Math.min(WARMUP, 2), work: op.floor });
        const floorMeter = cpuMeter({ apiPid: null, dbPid });
        floorResult = await floor({ workers: CONNECTIONS, duration: DURATION, work: op.floor });
        floorResult.dbCpuMs = floorMeter.stop(floorResult.requests).dbCpuMs;
      }
      results.push({ name: op.name, api: measured, floor: floorResult });
      log(
        `${op.name}: p50 ${fmt(measured.p50)} ms, p95 ${fmt(measured.p95)} ms, ${fmt(measured.rps, 0)} req/s, ` +
          `${measured.errors} errors, SQL/req ${JSON.stringify(measured.statements)}` +
          (floorResult ? `; floor p50 ${fmt(floorResult.p50, 2)} ms` : ''),
      );
      if (measured.sampleError) log(`  first error: ${measured.sampleError}`);
    }

    let raceResult = null;
    if (selected('bookSession')) {
      // Racers: 200 members of other teams (teams 101…), who join the race team for the run.
      const racerEmails = Array.from({ length: RACERS }, (_, i) => emailOf(101 + Math.floor(i / 20), 2 + (i % 20)));
      const racerStarted = performance.now();
      const racers = await loginAll(api.baseUrl, racerEmails);
      log(`signed in ${racers.length} racers (${fmt((performance.now() - racerStarted) / 1000)} s)`);
      const orgId = (await pool.query(`SELECT organisation_id FROM team WHERE id = $1`, [teamIds[0]])).rows[0].organisation_id;
      raceResult = await race({ baseUrl: api.baseUrl, countUrl: counter.baseUrl, pool, racers, lead: leads[0], orgId, pids: { apiPid: api.pid, dbPid } });
      const exact = raceResult.confirmed === SEATS && raceResult.waitlisted === RACERS - SEATS;
      results.push({
        name: 'bookSession',
        api: raceResult,
        extra: `${raceResult.confirmed} CONFIRMED / ${raceResult.waitlisted} WAITLISTED${exact ? '' : ' — WRONG'}`,
      });
      log(`bookSession: p95 ${fmt(raceResult.p95)} ms, ${raceResult.confirmed} confirmed, ${raceResult.waitlisted} waitlisted, ${raceResult.errors} errors`);
    }

    // Sign the bench's sessions out again.
    await pool.query(`DELETE FROM user_session WHERE user_agent = $1`, [BENCH_USER_AGENT]);

    const load = loadavg();
    console.log('');
    console.log(
      `Attune bench — ${CONNECTIONS} connections, ${WARMUP} s warm-up + ${DURATION} s measured per operation; ` +
        `API in ${API_PROCESSES} HTTP process${API_PROCESSES === 1 ? '' : 'es'}; ` +
        `${cpus().length} cores, load average ${load.map((l) => l.toFixed(2)).join(' ')}`,
    );
    console.log(table(results));
    console.log(`\nMarkdown rows (README, Performance):\n${markdownRows(results)}`);
    if (load[0] > cpus().length * 0.75) {
      console.log(`\nNote: the machine was busy (load ${load[0].toFixed(2)} on ${cpus().length} cores); take final figures on a quiet machine.`);
    }

    const resultsDir = resolve(ROOT, 'tests', 'bench', 'results');
    mkdirSync(resultsDir, { recursive: true });
    const stamp = new Date().toISOString().replace(/[:.]/g, '-');
    const file = resolve(resultsDir, `bench-${stamp}.json`);
    writeFileSync(
      file,
      JSON.stringify(
        {
          at: new Date().toISOString(),
          commit: gitCommit(),
          node: process.version,
          cpus: cpus().length,
          cpuModel: cpus()[0]?.model,
          loadAverage: load,
          connections: CONNECTIONS,
          apiProcesses: API_PROCESSES,
          warmupSeconds: WARMUP,
          durationSeconds: DURATION,
          budgets: BUDGETS,
          results,
        },
        null,
        2,
      ),
    );
    console.log(`\nJSON: ${file}`);

    const broken = results.filter((r) => r.api && r.api.errors > 0);
    if (raceResult && (raceResult.confirmed !== SEATS || raceResult.waitlisted !== RACERS - SEATS)) {
      throw new Error(`bookSession: ${raceResult.confirmed} confirmed (expected exactly ${SEATS})`);
    }
    if (broken.length > 0) throw new Error(`Requests failed in: ${broken.map((r) => r.name).join(', ')}`);
  } catch (e) {
    if (api) console.error(api.output().slice(-3000));
    throw e;
  } finally {
    await pool.end();
    if (api) await api.stop();
    if (counter) await counter.stop();
    await server.stop();
  }
}

// compare.mjs imports the operations from here; run as a script, this is the bench.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().then(
    () => process.exit(0),
    (e) => {
      console.error(e instanceof Error ? e.message : e);
      process.exit(1);
    },
  );
}
