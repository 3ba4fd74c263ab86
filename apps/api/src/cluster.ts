import cluster, { type Worker } from 'node:cluster';
import { Logger } from '@nestjs/common';
import type { AppConfig } from './config/config';

/** Set for the HTTP processes of a cluster: the primary has migrated (and seeded) already. */
export const PREPARED_ENV = 'ATTUNE_DATABASE_PREPARED';


/**
 * Node flags of the HTTP processes: the primary's, and a young generation of `semiSpaceMb` per
 * half unless that is 0 or the flags (or NODE_OPTIONS) set one already. Each process has about
 * ten requests in flight whose objects live for tens of milliseconds; with V8's 16 MB a scavenge
 * comes every ~100 ms under load, copies those live objects and promotes many of them, so the old
 * generation fills with garbage that a full collection then has to clear. Measured with
 * `npm run bench:compare` (tests/bench/compare.mjs) on the bench's reads: 32 MB and 64 MB both
 * cut CPU per request by 2–13 % against 16 MB, and equally; but a scavenge copies what is in
 * flight, and at 64 MB pauses averaged 16 ms against 7 at 16 MB, so p95 was 6–15 % lower at 32
 * than at 64. 128 MB did no better. (Those promotions came mostly from two per-request
 * constructs since removed — express-adapter.ts, gateway-context.ts; after that, 16, 32 and 64 MB
 * measured within the noise of each other, and 32 stayed.)
 */
export function httpProcessArgs(execArgv: readonly string[], nodeOptions: string | undefined, semiSpaceMb: number): string[] {
  const setAlready = [...execArgv, ...(nodeOptions ?? '').split(/\s+/u)].some((a) => /^--max[-_]semi[-_]space[-_]size\b/u.test(a));
  return semiSpaceMb > 0 && !setAlready ? [...execArgv, `--max-semi-space-size=${semiSpaceMb}`] : [...execArgv];
}

/**
 * Serves the API from `config.processes` HTTP processes sharing one port (node:cluster), so one
 * machine's cores all answer requests; the API keeps nothing between requests that another
 * process would need (sessions and jobs live in PostgreSQL, and each process's session cache is
 * emptied by the database's NOTIFY). The primary prepares the database once, then forks; only
 * the first process runs the job worker (unless ATTUNE_WORKER=0 turns it off everywhere). A
 * process that dies is started again; SIGINT/SIGTERM stop them all gracefully.
 */
export async function runCluster(config: AppConfig, prepare: () => Promise<void>): Promise<void> {
  const logger = new Logger('Cluster');
  await prepare();
  let stopping = false;
  cluster.setupPrimary({ execArgv: httpProcessArgs(process.execArgv, process.env.NODE_OPTIONS, config.semiSpaceMb) });

  const start = (index: number): void => {
    let listening = false;
    const worker: Worker = cluster.fork({
      [PREPARED_ENV]: '1',
      ATTUNE_WORKER: config.worker && index === 0 ? '1' : '0',
    });
    worker.once('listening', () => {
      listening = true;
      logger.log(`HTTP process ${index + 1} (pid ${worker.process.pid}) is serving`);
    });
    worker.on('exit', (code, signal) => {
      if (stopping) return;
      // One that never got as far as listening would only fail again (bad config, port taken).
      if (!listening) {
        logger.error(`HTTP process ${index + 1} exited (${signal ?? code}) before it could serve; stopping`);
        stop(1);
        return;
      }
      logger.warn(`HTTP process ${index + 1} exited (${signal ?? code}); starting it again`);
      start(index);
    });
  };

  const stop = (code = 0): void => {
    if (stopping) return;
    stopping = true;
    const workers = Object.values(cluster.workers ?? {}).filter((w): w is Worker => w !== undefined);
    if (workers.length === 0) process.exit(code);
    let left = workers.length;
    for (const w of workers) {
      w.once('exit', () => {
        left -= 1;
        if (left === 0) process.exit(code);
      });
      w.process.kill('SIGTERM');
    }
    setTimeout(() => process.exit(code), 15_000).unref();
  };
  process.once('SIGINT', () => stop(0));
  process.once('SIGTERM', () => stop(0));

  for (let i = 0; i < config.processes; i++) start(i);
}
