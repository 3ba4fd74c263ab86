import { AsyncLocalStorage } from 'node:async_hooks';
import type { Logger } from 'typeorm';
import { noteStatement } from './auth-writes';

/** Per-request SQL statement counter, carried through async calls. */
export const queryCountStore = new AsyncLocalStorage<{ count: number }>();

/** Counts one statement for the current request (for statements run outside TypeORM). */
export function countStatement(): void {
  const store = queryCountStore.getStore();
  if (store) store.count += 1;
}

/**
 * A TypeORM logger that logs nothing, counts statements for the current request, and tells the
 * session cache about writes to auth tables (TypeORM calls it before every statement it runs).
 */
export class QueryCounter implements Logger {
  logQuery(query: string): void {
    countStatement();
    noteStatement(query);
  }
  logQueryError(): void {}
  logQuerySlow(): void {}
  logSchemaBuild(): void {}
  logMigration(): void {}
  log(): void {}
}
