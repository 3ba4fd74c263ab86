// CPU time spent by the API process and by the PostgreSQL server, read from /proc (Linux only;
// elsewhere the figures are left out). On a busy machine latency says little, but CPU time per
// request still tells whether a change made the work cheaper.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';

const TICKS_PER_SECOND = 100; // USER_HZ on Linux

function stat(pid) {
  try {
    const raw = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // comm may contain spaces: fields after the last ')' are fixed.
    const fields = raw.slice(raw.lastIndexOf(')') + 2).split(' ');
    return { ppid: Number(fields[1]), ticks: Number(fields[11]) + Number(fields[12]) };
  } catch {
    return null;
  }
}

/** CPU ticks per process of a process and its children: a PostgreSQL server's postmaster and backends, or the API's cluster primary and HTTP processes. */
function serverTicks(postmasterPid) {
  const out = new Map();
  if (!postmasterPid || !existsSync('/proc')) return null;
  const own = stat(postmasterPid);
  if (own) out.set(postmasterPid, own.ticks);
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/u.test(entry)) continue;
    const s = stat(entry);
    if (s && s.ppid === postmasterPid) out.set(Number(entry), s.ticks);
  }
  return out;
}

/** CPU ms the server's processes spent between two readings (a process gone by the second is left out). */
function serverDeltaMs(before, after) {
  if (!before || !after) return null;
  let ticks = 0;
  for (const [pid, t] of after) ticks += t - (before.get(pid) ?? 0);
  return (ticks * 1000) / TICKS_PER_SECOND;
}

/** The postmaster pid of a data directory (embedded server), or null. */
export function postmasterPid(dataDir) {
  try {
    return Number(readFileSync(resolve(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]) || null;
  } catch {
    return null;
  }
}

/**
 * Starts a CPU meter over the API process and the database server; `stop(requests)` gives
 * milliseconds of CPU per request for each (null where unknown). Backends that exit between
 * start and stop are left out, so the floor keeps its connections open while measuring.
 */
export function cpuMeter({ apiPid, dbPid }) {
  // The API may be a cluster (WEB_CONCURRENCY): its primary and the HTTP processes it forked.
  const api0 = serverTicks(apiPid);
  const db0 = serverTicks(dbPid);
  return {
    stop: (requests) => {
      const api = serverDeltaMs(api0, serverTicks(apiPid));
      const db = serverDeltaMs(db0, serverTicks(dbPid));
      if (requests === 0) return { apiCpuMs: null, dbCpuMs: null };
      return { apiCpuMs: api === null ? null : api / requests, dbCpuMs: db === null ? null : db / requests };
    },
  };
}
