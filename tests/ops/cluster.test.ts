// The API as a cluster (WEB_CONCURRENCY=2): one database preparation, every process serves any
// signed-in person, a logout in one process holds in the other at once, a killed process is
// replaced, and SIGTERM stops them all.
import { readdirSync, readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { startApi, type RunningApi } from '../support/server.js';

/** Pids of the processes whose parent is `pid`. */
function childrenOf(pid: number): number[] {
  const out: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/u.test(entry)) continue;
    try {
      const raw = readFileSync(`/proc/${entry}/stat`, 'utf8');
      if (Number(raw.slice(raw.lastIndexOf(')') + 2).split(' ')[1]) === pid) out.push(Number(entry));
    } catch {
      // gone
    }
  }
  return out;
}

async function until<T>(ask: () => Promise<T> | T, done: (v: T) => boolean, ms = 15_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const v = await ask();
    if (done(v) || Date.now() > deadline) return v;
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('API cluster (WEB_CONCURRENCY)', () => {
  let api: RunningApi | undefined;
  let stopped = false;
  afterAll(async () => {
    if (api && !stopped) await api.stop();
  });

  /** `me` over a fresh connection each time, so the cluster hands requests to either process. */
  async function me(cookie: string | null): Promise<string | null> {
    const res = await fetch(`${api!.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', connection: 'close', ...(cookie ? { cookie } : {}) },
      body: JSON.stringify({ query: '{ me { email } }' }),
    });
    const body = (await res.json()) as { data?: { me: { email: string } | null } };
    return body.data?.me?.email ?? null;
  }

  it('serves from two processes that share sessions and see each other’s logouts', async () => {
    api = await startApi({ WEB_CONCURRENCY: '2', ATTUNE_AUTH_CACHE_MS: '30000' });
    const out = api!.output();
    expect(out.match(/Applied migrations/gu)).toHaveLength(1);
    expect(out.match(/Demo logins/gu)).toHaveLength(1);
    const workers = await until(() => childrenOf(api!.pid), (p) => p.length === 2);
    expect(workers).toHaveLength(2);

    const login = await fetch(`${api!.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', connection: 'close' },
      body: JSON.stringify({ query: 'mutation { login(email: "sanne@attune.demo", password: "attune-demo-2026") { id } }' }),
    });
    const cookie = login.headers.get('set-cookie')?.split(';')[0] ?? '';
    expect(cookie).toMatch(/^attune_session=/u);
    const answers = await Promise.all(Array.from({ length: 20 }, () => me(cookie)));
    expect(new Set(answers)).toEqual(new Set(['sanne@attune.demo']));

    const logout = await fetch(`${api!.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', connection: 'close', cookie },
      body: JSON.stringify({ query: 'mutation { logout }' }),
    });
    expect(logout.status).toBe(200);
    // The other process hears of it through the database (NOTIFY) within moments.
    const after = await until(
      () => Promise.all(Array.from({ length: 10 }, () => me(cookie))),
      (a) => a.every((e) => e === null),
      3000,
    );
    expect(after.every((e) => e === null)).toBe(true);
    console.log(`cluster: 2 HTTP processes (${workers.join(', ')}); 20 requests answered for one session; logout held in both`);
  });

  it('replaces a process that dies, and keeps serving meanwhile', async () => {
    // Only a process that got as far as serving is started again (one that dies while starting
    // stops the cluster, as a crash loop would): wait until both have said so.
    const serving = (): number[] => [...api!.output().matchAll(/HTTP process \d+ \(pid (\d+)\) is serving/gu)].map((m) => Number(m[1]));
    expect(await until(serving, (p) => p.length >= 2)).toHaveLength(2);
    const [victim] = childrenOf(api!.pid);
    expect(serving()).toContain(victim);
    process.kill(victim as number, 'SIGKILL');
    const replaced = await until(
      () => childrenOf(api!.pid),
      (p) => p.length === 2 && !p.includes(victim as number),
    );
    expect(replaced).toHaveLength(2);
    expect(replaced).not.toContain(victim);
    const ok = await until(
      () => Promise.all(Array.from({ length: 10 }, () => fetch(`${api!.baseUrl}/health/ready`, { headers: { connection: 'close' } }).then((r) => r.status))),
      (s) => s.every((x) => x === 200),
    );
    expect(ok.every((x) => x === 200)).toBe(true);
    console.log(`cluster: process ${victim} killed, replaced by ${replaced.filter((p) => p !== victim).join(', ')}`);
  });

  it('stops every process on SIGTERM', async () => {
    const workers = childrenOf(api!.pid);
    stopped = true;
    await api!.stop();
    const alive = (pid: number): boolean => {
      try {
        process.kill(pid, 0);
        return true;
      } catch {
        return false;
      }
    };
    expect(api!.exited()).toBe(true);
    expect(workers.filter(alive)).toEqual([]);
  });
});
