// Load generation: autocannon against the API, and the same shape of load (N concurrent workers,
// one request at a time each) against PostgreSQL directly for the floor.
import { performance } from 'node:perf_hooks';
import autocannon from 'autocannon';

/** Nearest-rank percentile of a list of milliseconds. */
export function percentile(sorted, p) {
  if (sorted.length === 0) return NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))];
}

export function summarise(latencies, seconds) {
  const sorted = Float64Array.from(latencies).sort();
  return {
    requests: sorted.length,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    max: sorted.length ? sorted[sorted.length - 1] : NaN,
    rps: sorted.length / seconds,
  };
}

/**
 * Drives POST /graphql with autocannon. Each connection gets its own caller (cookie + body),
 * taken round-robin from `callers`, so 20 connections are 20 different people.
 * Latency is recorded per response (one request in flight per connection).
 * A response whose body has GraphQL `errors`, or a non-2xx status, counts as an error.
 * With `keepLatencies` the result carries every latency (ms) too.
 */
export function hammer({ baseUrl, callers, connections, duration, keepLatencies = false }) {
  return new Promise((resolve, reject) => {
    const latencies = [];
    let errors = 0;
    let sampleError = null;
    let assigned = 0;
    const started = performance.now();
    const instance = autocannon(
      {
        url: `${baseUrl}/graphql`,
        method: 'POST',
        connections,
        pipelining: 1,
        duration,
        timeout: 30,
        headers: { 'content-type': 'application/json' },
        setupClient: (client) => {
          const caller = callers[assigned++ % callers.length];
          client.setHeadersAndBody({ 'content-type': 'application/json', 'user-agent': 'attune-bench', cookie: caller.cookie }, caller.body);
          client.on('mismatch', (body) => {
            errors += 1;
            sampleError ??= String(body).slice(0, 500);
          });
        },
        verifyBody: (body) => !String(body).startsWith('{"errors"') && !String(body).includes('"errors":['),
      },
      (err, result) => {
        if (err) return reject(err);
        const seconds = (performance.now() - started) / 1000;
        resolve({
          ...summarise(latencies, seconds),
          rps: result.requests.total / result.duration,
          errors: errors + result.non2xx + result.errors + result.timeouts,
          non2xx: result.non2xx,
          sampleError,
          ...(keepLatencies ? { latencies } : {}),
        });
      },
    );
    instance.on('response', (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  });
}

/**
 * The floor: `workers` concurrent loops, each running `work(i)` (raw SQL, no HTTP) back to back for
 * `duration` seconds. Every loop uses its own pooled connection, like a request would.
 */
export async function floor({ workers, duration, work }) {
  const latencies = [];
  const until = performance.now() + duration * 1000;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: workers }, async (_, w) => {
      let i = w;
      while (performance.now() < until) {
        const t = performance.now();
        await work(i);
        latencies.push(performance.now() - t);
        i += workers;
      }
    }),
  );
  return summarise(latencies, (performance.now() - started) / 1000);
}
