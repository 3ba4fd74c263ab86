// Restart PostgreSQL under a steady load of check-in submissions: readiness reports 503 while it
// is down, requests succeed again within 10 s without restarting the API, and every check-in
// that was acknowledged is in the database afterwards (see support/fault-writes.ts).
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort, startEmbeddedPostgres } from '../../scripts/embedded-pg.mjs';
import { Client } from '../support/gql.js';
import { ROOT, startApi, type RunningApi } from '../support/server.js';
import { ACK_WRITE, WRITERS, acknowledgedIn, writeArgs, type Ack } from '../support/fault-writes.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('faults: PostgreSQL restarts under load', () => {
  let api: RunningApi | undefined;
  let db: Awaited<ReturnType<typeof startEmbeddedPostgres>> | undefined;
  const dir = resolve(ROOT, '.data', `pg-fault-${process.pid}`);
  afterAll(async () => {
    await api?.stop();
    await db?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('recovers without an API restart and loses no acknowledged check-in', async () => {
    const port = await freePort();
    db = await startEmbeddedPostgres({ dir, port, persistent: true, database: 'attune_fault' });
    api = await startApi({}, { databaseUrl: db.url });
    const clients = await Promise.all(WRITERS.map((n) => new Client(api!.baseUrl).login(`${n}@attune.demo`)));
    const since = new Date(Date.now() - 60_000);

    const acknowledged: Ack[] = [];
    let sent = 0;
    let failures = 0;
    let stop = false;
    const load = clients.map(async (c, i) => {
      const who = WRITERS[i]!;
      // Each member submits one check-in after another, each carrying its own number.
      for (let seq = 1; !stop; seq++) {
        sent++;
        try {
          const r = await c.gql<{ submitCheckIn: { checkIn: { localDate: string } } }>(ACK_WRITE, writeArgs(seq));
          if (!r.errors?.length && r.data) acknowledged.push({ who, seq, localDate: r.data.submitCheckIn.checkIn.localDate });
          else failures++;
        } catch {
          failures++;
        }
        await sleep(20);
      }
    });

    await sleep(1500);
    const before = acknowledged.length;
    await db.stop();
    const downAt = Date.now();
    let saw503 = false;
    while (Date.now() - downAt < 5000) {
      const r = await fetch(`${api.baseUrl}/health/ready`);
      if (r.status === 503) {
        saw503 = true;
        break;
      }
      await sleep(100);
    }
    await sleep(1000);
    const duringOutage = acknowledged.length;

    db = await startEmbeddedPostgres({ dir, port, persistent: true, database: 'attune_fault' });
    const upAt = Date.now();
    let recoveredMs = -1;
    while (Date.now() - upAt < 10_000) {
      const r = await clients[0]!.gql('{ me { id } }');
      if (r.data?.me) {
        recoveredMs = Date.now() - upAt;
        break;
      }
      await sleep(100);
    }
    await sleep(1000);
    stop = true;
    await Promise.all(load);

    expect(saw503).toBe(true);
    expect(recoveredMs).toBeGreaterThanOrEqual(0);
    expect(recoveredMs).toBeLessThan(10_000);
    expect(acknowledged.length).toBeGreaterThan(before);
    expect((await fetch(`${api.baseUrl}/health/ready`)).status).toBe(200);
    expect(api.exited()).toBe(false);

    const check = new pg.Client({ connectionString: db.url });
    await check.connect();
    const report = await acknowledgedIn(check, acknowledged, since);
    await check.end();
    console.log(
      `faults: 1 PostgreSQL restart survived; ${sent} check-ins sent by ${WRITERS.length} members, ${acknowledged.length} acknowledged ` +
        `(${duringOutage - before} during the outage), ${failures} refused while down, recovered ${recoveredMs} ms after restart; ` +
        `${report.checked} member-days checked, ${report.replacedByUnacknowledged} replaced by a later unacknowledged check-in, ` +
        `writes lost = ${report.lost}`,
    );
    expect(report.checked).toBeGreaterThanOrEqual(WRITERS.length);
    expect(report.lost).toBe(0);
  });
});
