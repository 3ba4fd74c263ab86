import { AsyncLocalStorage } from 'node:async_hooks';
import type { Logger } from 'typeorm';

/** Per-request SQL statement counter, carried through async calls. */
export const queryCountStore = new AsyncLocalStorage<{ count: number }>();

/** Counts one statement for the current request (for statements run outside TypeORM). */
export function countStatement(): void {
  const store = queryCountStore.getStore();
  if (store) store.count += 1;
}

/** A TypeORM logger that logs nothing and counts statements for the current request. */
export class QueryCounter implements Logger {
  logQuery(): void {
    countStatement();
  }
  logQueryError(): void {}
  logQuerySlow(): void {}
  logSchemaBuild(): void {}
  logMigration(): void {}
  log(): void {}
}
