import { DataSource, type DataSourceOptions } from 'typeorm';
import { entities } from './entities';
import { migrations } from './migrations';
import { QueryCounter } from './query-counter';
import { useFastTimestamps } from './timestamps';

export function dataSourceOptions(databaseUrl: string, poolSize = 20): DataSourceOptions {
  // pg's type parsers are global: every data source of this process reads timestamps this way.
  useFastTimestamps();
  return {
    type: 'postgres',
    url: databaseUrl,
    entities,
    migrations,
    synchronize: false,
    migrationsRun: false,
    migrationsTableName: 'schema_migration',
    logging: false,
    logger: new QueryCounter(),
    extra: { max: poolSize, connectionTimeoutMillis: 5000, application_name: 'attune-api' },
  };
}

export function createDataSource(databaseUrl: string, poolSize?: number): DataSource {
  return new DataSource(dataSourceOptions(databaseUrl, poolSize));
}

/** Fixed key for the advisory lock that serialises migrations across API processes. */
const MIGRATION_LOCK_KEY = 7_402_213_001;

/**
 * Runs pending migrations exactly once even when several API processes start together:
 * each takes a session-level advisory lock first; the later ones then find nothing pending.
 */
export async function migrate(ds: DataSource): Promise<string[]> {
  const runner = ds.createQueryRunner();
  await runner.connect();
  try {
    await runner.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    const applied = await ds.runMigrations({ transaction: 'each' });
    return applied.map((m) => m.name);
  } finally {
    await runner.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]).catch(() => undefined);
    await runner.release();
  }
}
