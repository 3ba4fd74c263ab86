/**
 * Writes this process makes to the tables that decide who a session belongs to and what they may
 * do (and to the teams and organisations whose deletion cascades into them). The session cache
 * (modules/auth/session-cache.ts) stops caching when it sees one, before the change commits: the
 * database's NOTIFY only arrives after the commit, and a request running in between could
 * otherwise cache what is about to stop being true.
 */
const AUTH_TABLES = 'user_session|app_user|team_membership|org_admin|team|organisation';
/** A new login session (INSERT INTO user_session, on every login) makes nothing cached untrue. */
const AUTH_WRITE = new RegExp(
  `\\b(?:(?:update|delete\\s+from|truncate(?:\\s+table)?)\\s+(?:only\\s+)?"?(?:${AUTH_TABLES})|insert\\s+into\\s+"?(?:${AUTH_TABLES.replace('user_session|', '')}))"?(?![\\w.])`,
  'iu',
);

const listeners = new Set<() => void>();
/** The verdict per statement text (texts are mostly fixed, and scanning a long one costs). */
const verdicts = new Map<string, boolean>();
const MAX_VERDICTS = 2000;

/** Calls `listener` whenever this process is about to write to an auth table; returns the unsubscribe. */
export function onAuthWrite(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Looks at a statement this process is about to run. */
export function noteStatement(sql: string): void {
  if (listeners.size === 0) return;
  let writes = verdicts.get(sql);
  if (writes === undefined) {
    writes = AUTH_WRITE.test(sql);
    if (verdicts.size < MAX_VERDICTS) verdicts.set(sql, writes);
  }
  if (writes) for (const listener of listeners) listener();
}
