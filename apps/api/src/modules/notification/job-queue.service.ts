import { type BeforeApplicationShutdown, Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import PgBoss from 'pg-boss';
import type { EntityManager } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../config/config';
import { JOB_SCHEMA, QUEUES } from './queues';

/** What a job handler gets: the job, how many attempts came before, and a signal that fires on shutdown. */
export interface JobContext<T> {
  readonly id: string;
  readonly data: T;
  /** 0 on the first attempt. */
  readonly retryCount: number;
  /** The attempt with `retryCount === retryLimit` is the last one. */
  readonly retryLimit: number;
  /** Aborted when the process stops and the grace period for running jobs has passed. */
  readonly signal: AbortSignal;
}

/** Resolves when the job is done (it is completed); throws to have it retried with backoff. */
export type JobHandler<T> = (job: JobContext<T>) => Promise<void>;

/** How long a stopping worker lets running jobs finish before it aborts them. */
const MAX_GRACE_MS = 10_000;

/**
 * The PostgreSQL-backed job queue (pg-boss 10; its tables live in the `pgboss` schema of our
 * own database, so there is no other server to run).
 *
 * Jobs are added inside the caller's transaction (`insertInTransaction`): pg-boss accepts a `db`
 * executor per call, and we give it the transaction's own connection, so the job row commits
 * or rolls back together with the change that caused it. That is why there is no relay that
 * copies an outbox into the queue on a timer: nothing can be committed without its job.
 *
 * The worker runs inside the API process unless `ATTUNE_WORKER=0`. It is a small fetch loop on
 * pg-boss's primitives (fetch, complete, fail) rather than `boss.work()`, because in pg-boss 10
 * `work()` does not await `complete`/`fail` (a database blip there becomes an unhandled
 * rejection that ends the process) and its `stop()` cannot tell a running handler to give up.
 * Here every acknowledgement is awaited and logged on failure (the job then simply expires and
 * runs again), and shutdown first lets running jobs finish, then aborts them through their
 * signal, before pg-boss's pool closes — all before the database pool of the app is closed.
 */
@Injectable()
export class JobQueue implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('JobQueue');
  private readonly boss: PgBoss;
  private readonly handlers = new Map<string, JobHandler<never>>();
  private readonly sleepers = new Set<() => void>();
  private readonly abort = new AbortController();
  private loops: Promise<void>[] = [];
  private running = false;
  private stopping = false;
  private markStarted!: () => void;
  /** Resolves once pg-boss has started in a worker process. */
  private readonly started = new Promise<void>((resolve) => {
    this.markStarted = resolve;
  });

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    this.boss = new PgBoss({
      connectionString: config.databaseUrl,
      schema: JOB_SCHEMA,
      application_name: 'attune-jobs',
      max: config.workerConcurrency + 2,
      // Brings the pgboss schema up to the installed pg-boss version (our migration created it).
      migrate: true,
      // Queue maintenance: puts back jobs whose worker died, archives finished ones.
      supervise: true,
      maintenanceIntervalSeconds: config.jobMaintenanceSeconds,
      schedule: false,
    });
    // After stop, pg-boss's pool has let go of its connections while they are still closing; an
    // error on one of those (e.g. the database going away first) is not worth an alarm.
    this.boss.on('error', (e: Error) => {
      if (!this.stopping) this.logger.error(`Job queue: ${e.message}`);
    });
  }

  /** Whether this process runs a worker. */
  get isWorker(): boolean {
    return this.config.worker;
  }

  /** Registers the handler of a queue; call it from `onModuleInit`. */
  register<T>(queue: string, handler: JobHandler<T>): void {
    if (this.handlers.has(queue)) throw new Error(`Queue ${queue} already has a handler`);
    this.handlers.set(queue, handler as JobHandler<never>);
  }

  /** Cancels jobs inside the caller's transaction (e.g. a reminder of a cancelled booking). */
  async cancelInTransaction(manager: EntityManager, queue: string, ids: string[]): Promise<void> {
    if (ids.length > 0) await this.boss.cancel(queue, ids, { db: transactionExecutor(manager) });
  }

  /**
   * Adds jobs inside the caller's transaction in one statement; ids that already have a job are
   * skipped. pg-boss's insert says nothing about an unknown queue; the worker checks at start
   * that every queue in QUEUES exists.
   */
  async insertInTransaction(manager: EntityManager, jobs: readonly PgBoss.JobInsert[]): Promise<void> {
    if (jobs.length > 0) await this.boss.insert([...jobs], { db: transactionExecutor(manager) });
  }

  /**
   * pg-boss's own insert statement, for a caller that adds jobs inside one statement of its own
   * (as a data-modifying CTE) rather than in a round trip of their own: the SQL with its
   * parameters numbered from `firstParam`, where the first (the jobs as the JSON text of a
   * `JobInsert[]`, exactly as `insert` would send them) is passed through `gate` — an SQL
   * expression around it, e.g. one that is NULL (no jobs) unless a row was inserted — and the
   * values of the parameters after the first. The statement is read from pg-boss through its `db`
   * option without running it, so the defaults and queue policies stay pg-boss's; should a later
   * pg-boss word it differently, this throws rather than guess.
   */
  async embeddableInsert(firstParam: number, gate: (jobs: string) => string): Promise<{ sql: string; params: unknown[] }> {
    let captured: { text: string; values: unknown[] } | null = null;
    await this.boss.insert([], {
      db: {
        executeSql: async (text: string, values: unknown[]) => {
          captured = { text, values };
          return { rows: [] };
        },
      },
    });
    const { text, values } = captured ?? { text: '', values: [] };
    const jobsAt = 'json_to_recordset($1)';
    const numbers = [...text.matchAll(/\$(\d+)/g)].map((m) => Number(m[1]));
    if (text.split(jobsAt).length !== 2 || numbers.filter((n) => n === 1).length !== 1 || Math.max(...numbers) !== values.length) {
      throw new Error('pg-boss inserts jobs with a statement this version of Attune does not know: check JobQueue.embeddableInsert');
    }
    const renumbered = text.replace(jobsAt, `json_to_recordset(${gate('$1::json')})`).replace(/\$(\d+)/g, (_, n: string) => `$${Number(n) + firstParam - 1}`);
    return { sql: renumbered, params: values.slice(1) };
  }

  /** Adds jobs outside any transaction (worker processes only); ids that already have a job are skipped. */
  async insert(jobs: PgBoss.JobInsert[]): Promise<void> {
    if (!this.config.worker) throw new Error('Jobs are inserted outside a transaction only by a worker process');
    await this.started;
    if (jobs.length > 0) await this.boss.insert(jobs);
  }

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.worker) return;
    await this.boss.start();
    // Jobs are added in batches (insertInTransaction), and pg-boss's insert says nothing about a
    // queue that does not exist: so make sure once, here, that every queue does.
    for (const queue of Object.values(QUEUES)) {
      if (!(await this.boss.getQueue(queue))) throw new Error(`Job queue "${queue}" does not exist: run the migrations`);
    }
    this.markStarted();
    this.running = true;
    for (const [queue, handler] of this.handlers) {
      for (let i = 0; i < this.config.workerConcurrency; i += 1) this.loops.push(this.loop(queue, handler));
    }
    this.logger.log(`Worker started for ${[...this.handlers.keys()].join(', ')}`);
  }

  /**
   * Stops the worker before the app closes its database pool: stop fetching, let running jobs
   * finish for a grace period, then abort them and wait for them to record their outcome.
   * This is `beforeApplicationShutdown` rather than `onApplicationShutdown` because TypeORM
   * closes the app's DataSource in its own `onApplicationShutdown`, which a running delivery
   * still needs to record its outcome.
   */
  async beforeApplicationShutdown(): Promise<void> {
    if (!this.running) return;
    this.running = false;
    this.wake();
    const all = Promise.all(this.loops);
    const grace = Math.min(MAX_GRACE_MS, this.config.mailTimeoutSeconds * 1000);
    if (!(await settlesWithin(all, grace))) {
      this.abort.abort(new Error('The worker is stopping'));
      if (!(await settlesWithin(all, 5000))) this.logger.warn('Jobs still running at shutdown; they will expire and run again');
    }
    this.loops = [];
    this.stopping = true;
    await this.boss.stop({ graceful: false, close: true, wait: true });
  }

  /** Wakes idle loops so they look for jobs (or notice the stop) at once. */
  wake(): void {
    for (const wake of [...this.sleepers]) wake();
  }

  private async loop(queue: string, handler: JobHandler<never>): Promise<void> {
    while (this.running) {
      let job: PgBoss.JobWithMetadata<never> | undefined;
      try {
        [job] = await this.boss.fetch<never>(queue, { batchSize: 1, includeMetadata: true });
      } catch (e) {
        this.logger.error(`Fetching from ${queue} failed: ${message(e)}`);
      }
      if (!job) {
        if (this.running) await this.sleep(this.config.workerPollMs);
        continue;
      }
      await this.run(queue, job, handler);
    }
  }

  private async run(queue: string, job: PgBoss.JobWithMetadata<never>, handler: JobHandler<never>): Promise<void> {
    try {
      await handler({ id: job.id, data: job.data, retryCount: job.retryCount, retryLimit: job.retryLimit, signal: this.abort.signal });
    } catch (e) {
      const last = job.retryCount >= job.retryLimit;
      this.logger.warn(`Job ${queue}/${job.id} failed on attempt ${job.retryCount + 1}${last ? ' (last)' : ''}: ${message(e)}`);
      await this.boss.fail(queue, job.id, { message: message(e) }).catch((err: unknown) => {
        this.logger.error(`Could not record the failure of ${queue}/${job.id} (it will expire and run again): ${message(err)}`);
      });
      return;
    }
    await this.boss.complete(queue, job.id).catch((err: unknown) => {
      this.logger.error(`Could not complete ${queue}/${job.id} (it will expire and run again): ${message(err)}`);
    });
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const done = (): void => {
        clearTimeout(timer);
        this.sleepers.delete(done);
        resolve();
      };
      const timer = setTimeout(done, ms);
      this.sleepers.add(done);
    });
  }
}

/** A pg-boss executor that runs on the connection of an open TypeORM transaction. */
function transactionExecutor(manager: EntityManager): PgBoss.Db {
  const runner = manager.queryRunner;
  if (!runner?.isTransactionActive) throw new Error('Jobs are sent inside the transaction of the change that causes them');
  return {
    executeSql: async (text: string, values: unknown[]) => ({ rows: ((await runner.query(text, values, true)).records ?? []) as unknown[] }),
  };
}

function settlesWithin(p: Promise<unknown>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([
    p.then(() => true),
    new Promise<boolean>((resolve) => {
      timer = setTimeout(() => resolve(false), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}

function message(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
