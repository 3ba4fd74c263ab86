import PgBoss from 'pg-boss';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Installs the pg-boss job queue (its own schema, `pgboss`) and our queues, so that every
 * database that has our migrations can take a job inside any transaction from then on.
 *
 * pg-boss's construction script runs in its own transaction under its own advisory lock, so
 * this migration runs outside TypeORM's. Later pg-boss schema versions are applied by
 * `boss.start()` itself (it compares `pgboss.version`), under that same lock.
 */
export class JobQueue1764400000001 implements MigrationInterface {
  name = 'JobQueue1764400000001';
  transaction = false;

  async up(q: QueryRunner): Promise<void> {
    const [installed] = (await q.query(`SELECT to_regclass('pgboss.version') AS name`)) as { name: string | null }[];
    if (!installed?.name) await q.query(PgBoss.getConstructionPlans('pgboss'));
    // Mail delivery of outbox messages (job id = outbox message id).
    await q.query(`SELECT pgboss.create_queue($1, $2)`, ['outbox-delivery', JSON.stringify({ policy: 'standard' })]);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP SCHEMA IF EXISTS pgboss CASCADE`);
  }
}
