// `npm run bench:compare`: two variants of the API — two builds, or one build with other node
// flags or settings — side by side on the large dataset, for a before/after that this machine's
// drifting speed does not spoil. Its speed changes by a third within minutes, so two `npm run
// bench` runs one after the other cannot tell a 10 % change from the drift. Here both variants run
// at once (idle while the other is driven) and take turns in short bursts of autocannon at 20
// connections, A B B A A B …, so each pair of bursts sees the same machine; what counts is the
// per-pair ratio B / A of CPU time per request (API processes + PostgreSQL, from /proc) and of
// requests per second, summarised over the pairs.
//
//   BENCH_A_DIST, BENCH_B_DIST          builds to compare (default: apps/api/dist for both). Only the API
//                                       is taken from there: @attune/domain resolves to packages/domain for
//                                       both, unless the build directory holds its own node_modules/@attune/domain
//                                       (copy an older packages/domain there to compare a domain change)
//   BENCH_A_NODE_ARGS, BENCH_B_NODE_ARGS node flags of each (e.g. "--max-semi-space-size=64")
//   BENCH_A_ENV, BENCH_B_ENV            settings of each, "NAME=value NAME=value"
//   BENCH_A_DATABASE, BENCH_B_DATABASE  a database of its own for a variant (default: the dataset's), made
//                                       once as a copy of the dataset: for builds whose migrations differ
//                                       (each API migrates its database when it starts)
//   BENCH_ONLY=sessions,…               a subset of the reads    BENCH_ROUNDS (pairs, default 8)
//   BENCH_BURST (s, default 3)          BENCH_WARMUP (s, default 3)   BENCH_CONNECTIONS (default 20)
/* eslint-disable no-console */
import pg from 'pg';
import { signInReaders, startApi } from './lib/api.mjs';
import { cpuMeter, postmasterPid } from './lib/cpu.mjs';
import { hammer, percentile } from './lib/load.mjs';
import { fmt, selected, textTable } from './lib/report.mjs';
import { DATABASE, openServer, requireDataset, withDatabase } from './lib/server.mjs';
import { readOps } from './bench.mjs';

const ROUNDS = Number(process.env.BENCH_ROUNDS || 8);
const BURST = Number(process.env.BENCH_BURST || 3);
const WARMUP = Number(process.env.BENCH_WARMUP || 3);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS || 20);

const log = (m) => console.log(`[compare] ${m}`);
const median = (xs) => percentile(Float64Array.from(xs).sort(), 50);
const ratio = (r) => `${fmt(r.median, 2)} (${fmt(r.min, 2)}–${fmt(r.max, 2)})`;

/** A variant from its environment: BENCH_<X>_DIST, _NODE_ARGS, _ENV. */
function variant(x) {
  const env = Object.fromEntries(
    (process.env[`BENCH_${x}_ENV`] ?? '')
      .split(' ')
      .filter(Boolean)
      .map((kv) => [kv.slice(0, kv.indexOf('=')), kv.slice(kv.indexOf('=') + 1)]),
  );
  return {
    name: x,
    dist: process.env[`BENCH_${x}_DIST`] || null,
    database: process.env[`BENCH_${x}_DATABASE`] || null,
    nodeArgs: (process.env[`BENCH_${x}_NODE_ARGS`] ?? '').split(' ').filter(Boolean),
    env,
  };
}

const describe = (v) =>
  [
    v.dist ?? 'apps/api/dist',
    v.nodeArgs.join(' '),
    Object.entries(v.env).map(([k, val]) => `${k}=${val}`).join(' '),
    v.database ? `database ${v.database}` : '',
  ]
    .filter(Boolean)
    .join(' ');

/** Makes each variant's own database, as a copy of the dataset, unless it is there already. */
async function copyDatabases(server, variants) {
  const admin = new pg.Client({ connectionString: server.adminUrl });
  await admin.connect();
  try {
    for (const v of variants) {
      if (!v.database || v.database === DATABASE) continue;
      if (!/^[a-z_][a-z0-9_]*$/u.test(v.database)) throw new Error(`BENCH_${v.name}_DATABASE: not a plain database name`);
      const exists = (await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [v.database])).rowCount > 0;
      if (exists) continue;
      log(`${v.name}: copying ${DATABASE} to ${v.database}`);
      await admin.query(`CREATE DATABASE ${v.database} TEMPLATE ${DATABASE}`);
    }
  } finally {
    await admin.end();
  }
}

/** One burst against one variant: latencies, requests/s and CPU per request. */
async function burst(api, callers, dbPid, duration) {
  const meter = cpuMeter({ apiPid: api.pid, dbPid });
  const r = await hammer({ baseUrl: api.baseUrl, callers, connections: CONNECTIONS, duration, keepLatencies: true });
  const cpu = meter.stop(r.requests);
  return { ...r, cpu: cpu.apiCpuMs == null ? NaN : cpu.apiCpuMs + (cpu.dbCpuMs ?? 0), apiCpu: cpu.apiCpuMs, dbCpu: cpu.dbCpuMs };
}

async function main() {
  const server = await openServer({ log });
  if (!server.dataDir) log('CPU per request needs the embedded server (/proc of its processes): with DATABASE_URL only requests/s are compared');
  const variants = [variant('A'), variant('B')];
  // Before anyone connects to the dataset: a copy needs its template idle.
  await requireDataset(server);
  await copyDatabases(server, variants);
  const pool = new pg.Pool({ connectionString: server.url, max: CONNECTIONS, idleTimeoutMillis: 0, application_name: 'attune-bench-compare' });
  const apis = [];
  try {
    for (const v of variants) {
      const api = await startApi(v.database ? withDatabase(server.url, v.database) : server.url, v.env, { dist: v.dist, nodeArgs: v.nodeArgs });
      apis.push(api);
      log(`${v.name}: ${describe(v)} at ${api.baseUrl}`);
    }
    const dbPid = server.dataDir ? postmasterPid(server.dataDir) : null;
    // Login sessions live in the database: one sign-in serves both variants, unless each has its own
    // database (the same people and teams: a copy).
    const shared = variants[0].database === variants[1].database;
    const signIns = [await signInReaders(pool, apis[0].baseUrl, CONNECTIONS)];
    signIns.push(shared ? signIns[0] : await signInReaders(pool, apis[1].baseUrl, CONNECTIONS));
    const opsOf = signIns.map(({ leads, members, teamIds }) => readOps({ leads, members, teamIds, pool }));

    const lines = [];
    for (const [n, op] of opsOf[0].entries()) {
      if (!selected(op.name)) continue;
      const callers = opsOf.map((ops) => ops[n].callers);
      for (const [i, api] of apis.entries()) await hammer({ baseUrl: api.baseUrl, callers: callers[i], connections: CONNECTIONS, duration: WARMUP });
      const runs = [[], []];
      for (let round = 0; round < ROUNDS; round++) {
        // A B, then B A: neither always goes first.
        const order = round % 2 === 0 ? [0, 1] : [1, 0];
        for (const i of order) {
          const r = await burst(apis[i], callers[i], dbPid, BURST);
          if (r.errors > 0) throw new Error(`${op.name} on ${variants[i].name}: ${r.errors} errors ${r.sampleError ?? ''}`);
          runs[i].push(r);
        }
      }
      // Each variant over all its bursts: pooled latencies, median req/s and CPU per request.
      const overall = (rs) => {
        const pooled = Float64Array.from(rs.flatMap((r) => r.latencies)).sort();
        return { p50: percentile(pooled, 50), p95: percentile(pooled, 95), rps: median(rs.map((r) => r.rps)), cpu: median(rs.map((r) => r.cpu)) };
      };
      // B / A of each pair, summarised.
      const pairRatios = (key) => {
        const xs = runs[0].map((a, k) => runs[1][k][key] / a[key]);
        return { median: median(xs), min: Math.min(...xs), max: Math.max(...xs) };
      };
      const row = {
        op: op.name,
        a: overall(runs[0]),
        b: overall(runs[1]),
        cpuRatio: pairRatios('cpu'),
        rpsRatio: pairRatios('rps'),
        p95Ratio: pairRatios('p95'),
      };
      lines.push(row);
      log(
        `${op.name}: CPU/request B/A ${ratio(row.cpuRatio)}, req/s B/A ${ratio(row.rpsRatio)}, p95 B/A ${ratio(row.p95Ratio)}`,
      );
    }

    console.log(`\nA: ${describe(variants[0])}\nB: ${describe(variants[1])}`);
    console.log(`${ROUNDS} pairs of ${BURST} s bursts per read, ${CONNECTIONS} connections; medians of the per-pair ratios (range)\n`);
    const head = ['operation', 'A p50/p95 ms', 'B p50/p95 ms', 'A CPU ms/req', 'B CPU ms/req', 'CPU B/A', 'req/s B/A', 'p95 B/A'];
    const rows = lines.map((l) => [
      l.op,
      `${fmt(l.a.p50, 1)} / ${fmt(l.a.p95, 1)}`,
      `${fmt(l.b.p50, 1)} / ${fmt(l.b.p95, 1)}`,
      fmt(l.a.cpu, 2),
      fmt(l.b.cpu, 2),
      ratio(l.cpuRatio),
      ratio(l.rpsRatio),
      ratio(l.p95Ratio),
    ]);
    console.log(textTable(head, rows));
  } finally {
    await pool.end();
    for (const api of apis) await api.stop();
    await server.stop();
  }
}

main().then(
  () => process.exit(0),
  (e) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  },
);
