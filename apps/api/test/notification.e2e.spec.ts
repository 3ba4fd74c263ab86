import { randomBytes, randomUUID } from 'node:crypto';
import type { INestApplication } from '@nestjs/common';
import { Pool } from 'pg';
import { DataSource } from 'typeorm';
import { loadConfig } from '../src/config/config';
import { createApp } from '../src/main';
import { JobQueue } from '../src/modules/notification/job-queue.service';
import { OutboxDelivery } from '../src/modules/notification/outbox-delivery.service';
import { OutboxService } from '../src/modules/notification/outbox.service';
import { GqlClient, arrange, createTestDatabase, startTestApp, type TestApp } from './harness';
import { CHILD_ENCRYPTION_KEYS, startApiProcess } from './support/api-process';
import { SmtpPeer, decodeQuotedPrintable, eventually } from './support/smtp-peer';

/** Short timings so retries, expiry and polling happen within a test. */
const FAST = {
  ATTUNE_WORKER_POLL_MS: '100',
  ATTUNE_MAIL_RETRY_DELAY_SECONDS: '1',
  ATTUNE_MAIL_TIMEOUT_SECONDS: '2',
  ATTUNE_JOB_MAINTENANCE_SECONDS: '1',
};
const INVITE = `mutation($t: ID!, $e: String!) { inviteMember(teamId: $t, email: $e, role: MEMBER) { id } }`;
const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

interface OutboxRow {
  id: string;
  delivered_at: Date | null;
  delivered_via: string | null;
  message_id: string | null;
  failed_at: Date | null;
  attempts: number;
  last_error: string | null;
}

async function outboxRow(db: Pool, id: string): Promise<OutboxRow> {
  const r = await db.query<OutboxRow>(
    `SELECT id, delivered_at, delivered_via, message_id, failed_at, attempts, last_error FROM outbox_message WHERE id = $1`,
    [id],
  );
  return r.rows[0]!;
}

async function outboxIdFor(db: Pool, email: string): Promise<string> {
  const r = await db.query<{ id: string }>(`SELECT id FROM outbox_message WHERE recipient_email = $1 ORDER BY created_at DESC LIMIT 1`, [email]);
  return r.rows[0]!.id;
}

async function jobOf(db: Pool, id: string): Promise<{ state: string; retry_count: number } | undefined> {
  const r = await db.query<{ state: string; retry_count: number }>(
    `SELECT state, retry_count FROM pgboss.job WHERE name = 'outbox-delivery' AND id = $1`,
    [id],
  );
  return r.rows[0];
}

/** Whether some transaction holds the row lock on an outbox message (the delivery claim). */
async function isClaimed(db: Pool, id: string): Promise<boolean> {
  const c = await db.connect();
  try {
    await c.query('BEGIN');
    await c.query(`SELECT 1 FROM outbox_message WHERE id = $1 FOR UPDATE NOWAIT`, [id]);
    return false;
  } catch (e) {
    if ((e as { code?: string }).code === '55P03') return true;
    throw e;
  } finally {
    await c.query('ROLLBACK');
    c.release();
  }
}

const messageIdOf = (outboxId: string): string => `<${outboxId}@attune.local>`;

describe('mail delivery over SMTP through the outbox and the job queue', () => {
  let peer: SmtpPeer;
  let t: TestApp;
  let teamId: string;
  let lead: GqlClient;

  beforeAll(async () => {
    peer = await SmtpPeer.start();
    t = await startTestApp({ SMTP_URL: peer.url, ...FAST });
    const ids = await arrange(t.db, { teams: ['North'], people: { 'lead@test.nl': { team: 'North', role: 'LEAD' } } });
    teamId = ids.teams.North!;
    lead = new GqlClient(t.baseUrl);
    await lead.login('lead@test.nl');
  });
  afterAll(async () => {
    await t.close();
    await peer.close();
  });

  async function invite(email: string): Promise<{ outboxId: string; messageId: string }> {
    await lead.ok(INVITE, { t: teamId, e: email });
    const outboxId = await outboxIdFor(t.db, email);
    return { outboxId, messageId: messageIdOf(outboxId) };
  }

  it('writes the delivery job in the same transaction as the message', async () => {
    const { outboxId } = await invite('same-tx@test.nl');
    // The job's id is the message's id; it exists as soon as the invitation is committed.
    expect(await jobOf(t.db, outboxId)).toBeDefined();
    const jobs = await t.db.query(`SELECT count(*)::int AS n FROM pgboss.job WHERE name = 'outbox-delivery' AND singleton_key = $1`, [outboxId]);
    expect(jobs.rows[0].n).toBe(1);
    await eventually(async () => (await outboxRow(t.db, outboxId)).delivered_at, 10_000, 'delivery');
  });

  it("embeds pg-boss's own job insert in a caller's statement, renumbered and behind the caller's gate", async () => {
    const { sql, params } = await t.app.get(JobQueue).embeddableInsert(2, (jobs) => `(SELECT ${jobs} FROM go WHERE go.yes)`);
    expect(sql).toContain('json_to_recordset((SELECT $2::json FROM go WHERE go.yes))');
    expect(sql).not.toMatch(/\$1\b/u);
    const statement = `WITH go AS (SELECT $1::boolean AS yes), jobs AS (${sql}) SELECT 1`;
    const ids = [randomUUID(), randomUUID()];
    const job = (id: string): Record<string, unknown> => ({ id, name: 'session-reminder', data: { bookingId: id }, startAfter: new Date(Date.now() + 86_400_000) });
    await t.db.query(statement, [false, JSON.stringify([job(ids[0]!)]), ...params]);
    await t.db.query(statement, [true, JSON.stringify([job(ids[1]!)]), ...params]);
    const rows = await t.db.query<{ id: string; name: string; state: string; retry_limit: number; future: boolean }>(
      `SELECT id, name, state, retry_limit, start_after > now() AS future FROM pgboss.job WHERE id = ANY($1::uuid[])`,
      [ids],
    );
    // Only the gated-in job, written as pg-boss writes one (its queue's defaults filled in).
    expect(rows.rows).toEqual([{ id: ids[1], name: 'session-reminder', state: 'created', retry_limit: expect.any(Number), future: true }]);
    await t.db.query(`DELETE FROM pgboss.job WHERE id = ANY($1::uuid[])`, [ids]);
  });

  it('sends an invitation as exactly one mail, in the recipient language, as text and HTML', async () => {
    const { outboxId, messageId } = await invite('new1@test.nl');
    await eventually(async () => (await outboxRow(t.db, outboxId)).delivered_at, 10_000, 'delivery');
    await sleep(800); // several polling rounds: no second copy follows
    expect(peer.acceptedCount(messageId)).toBe(1);
    const mail = peer.accepted.find((m) => m.messageId === messageId)!;
    expect(mail.to).toEqual(['new1@test.nl']);
    expect(mail.headers.subject).toBe('Invitation to North on Attune');
    expect(mail.headers['content-language']).toBe('en');
    expect(mail.headers['auto-submitted']).toBe('auto-generated');
    expect(mail.headers.from).toBe('Attune <no-reply@attune.local>');
    expect(mail.headers['content-type']).toMatch(/^multipart\/alternative/u);
    expect(mail.raw).toMatch(/Content-Type: text\/plain; charset=utf-8/iu);
    expect(mail.raw).toMatch(/Content-Type: text\/html; charset=utf-8/iu);
    const body = decodeQuotedPrintable(mail.raw);
    expect(body).toMatch(/http:\/\/localhost:4000\/invite\/[\w-]{40,}/u);
    expect(body).toContain('lead invites you to join North on Attune');

    const row = await outboxRow(t.db, outboxId);
    expect(row).toMatchObject({ delivered_via: 'SMTP', message_id: messageId, attempts: 1, last_error: null, failed_at: null });
    expect((await jobOf(t.db, outboxId))?.state).toBe('completed');
  });

  it('retries a mail the server refuses twice for now (4xx), waiting longer each time, and delivers it once', async () => {
    peer.rejectNext(2, 451);
    const { outboxId, messageId } = await invite('busy-server@test.nl');
    await eventually(async () => (await outboxRow(t.db, outboxId)).delivered_at, 20_000, 'delivery after retries');
    await sleep(500);
    const refused = peer.refused.filter((m) => m.messageId === messageId);
    expect(refused.map((m) => m.code)).toEqual([451, 451]);
    expect(peer.acceptedCount(messageId)).toBe(1);
    // Exponential backoff (base 1 s): the first retry waits 1–2 s, the second 2–4 s.
    const accepted = peer.accepted.find((m) => m.messageId === messageId)!;
    expect(refused[1]!.at - refused[0]!.at).toBeGreaterThanOrEqual(900);
    expect(accepted.at - refused[1]!.at).toBeGreaterThanOrEqual(1900);
    const row = await outboxRow(t.db, outboxId);
    expect(row).toMatchObject({ delivered_via: 'SMTP', attempts: 3, last_error: null, failed_at: null });
    expect(await jobOf(t.db, outboxId)).toEqual({ state: 'completed', retry_count: 2 });
  });

  it('gives up at once on a permanent refusal (5xx) and marks the message failed', async () => {
    peer.rejectNext(1, 550);
    const { outboxId, messageId } = await invite('no-such-mailbox@test.nl');
    await eventually(async () => (await outboxRow(t.db, outboxId)).failed_at, 10_000, 'failure');
    await sleep(1500);
    expect(peer.refused.filter((m) => m.messageId === messageId)).toHaveLength(1);
    expect(peer.acceptedCount(messageId)).toBe(0);
    const row = await outboxRow(t.db, outboxId);
    expect(row.attempts).toBe(1);
    expect(row.delivered_at).toBeNull();
    expect(row.last_error).toContain('550');
    expect((await jobOf(t.db, outboxId))?.state).toBe('completed');
  });

  it('sends an .ics attachment as a calendar invitation with its method', async () => {
    const ds = t.app.get(DataSource);
    const ics = 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Attune//Test//EN\r\nMETHOD:REQUEST\r\nEND:VCALENDAR\r\n';
    const id = await ds.transaction((m) =>
      t.app.get(OutboxService).enqueue(m, {
        idempotencyKey: `test:ics:${randomBytes(4).toString('hex')}`,
        kind: 'TEST',
        recipientEmail: 'calendar@test.nl',
        recipientUserId: null,
        locale: 'nl',
        subject: 'Uitnodiging',
        text: 'Tot dan.',
        html: '<p>Tot dan.</p>',
        attachments: [{ filename: 'zorgsessie.ics', contentType: 'text/calendar; method=REQUEST; charset=utf-8', content: ics }],
      }),
    );
    await eventually(async () => (await outboxRow(t.db, id!)).delivered_at, 10_000, 'delivery');
    const mail = peer.accepted.find((m) => m.messageId === messageIdOf(id!))!;
    expect(mail.headers['content-language']).toBe('nl');
    expect(mail.raw).toMatch(/Content-Type: text\/calendar; charset=utf-8; method=REQUEST/iu);
    expect(mail.raw).toMatch(/filename=zorgsessie\.ics/u);
  });
});

describe('mail delivery survives workers that are off, stopped or killed', () => {
  let peer: SmtpPeer;
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let db: Pool;
  let teamId: string;
  const apps: INestApplication[] = [];

  async function appOn(env: Record<string, string>): Promise<{ app: INestApplication; baseUrl: string }> {
    const config = loadConfig({
      NODE_ENV: 'test',
      DATABASE_URL: database.url,
      PORT: '4000',
      LOGIN_ATTEMPTS_PER_ADDRESS: '100000',
      LOGIN_ATTEMPTS_PER_EMAIL: '1000',
      ATTUNE_ENCRYPTION_KEYS: CHILD_ENCRYPTION_KEYS,
      DB_POOL_SIZE: '5',
      SMTP_URL: peer.url,
      ...FAST,
      ...env,
    });
    const app = await createApp(config);
    await app.listen(0, '127.0.0.1');
    apps.push(app);
    return { app, baseUrl: `http://127.0.0.1:${(app.getHttpServer().address() as { port: number }).port}` };
  }

  async function leadOn(baseUrl: string): Promise<GqlClient> {
    const c = new GqlClient(baseUrl);
    await c.login('lead@test.nl');
    return c;
  }

  async function inviteAll(c: GqlClient, emails: string[]): Promise<string[]> {
    const ids: string[] = [];
    for (const e of emails) {
      await c.ok(INVITE, { t: teamId, e });
      ids.push(await outboxIdFor(db, e));
    }
    return ids;
  }

  async function expectDeliveredOnce(ids: string[]): Promise<void> {
    await eventually(async () => {
      const r = await db.query(`SELECT count(*)::int AS n FROM outbox_message WHERE id = ANY($1::uuid[]) AND delivered_at IS NOT NULL`, [ids]);
      return r.rows[0].n === ids.length;
    }, 30_000, 'every message delivered');
    await sleep(500);
    for (const id of ids) expect([id, peer.acceptedCount(messageIdOf(id))]).toEqual([id, 1]);
  }

  beforeAll(async () => {
    peer = await SmtpPeer.start();
    database = await createTestDatabase();
    db = new Pool({ connectionString: database.url, max: 3 });
    const ids = await arrange(db, { teams: ['North'], people: { 'lead@test.nl': { team: 'North', role: 'LEAD' } } });
    teamId = ids.teams.North!;
  });
  afterEach(async () => {
    for (const app of apps.splice(0)) await app.close();
  });
  afterAll(async () => {
    await db.end();
    await database.drop();
    await peer.close();
  });

  it('keeps the jobs of an API without a worker (ATTUNE_WORKER=0) until a worker runs them', async () => {
    const web = await appOn({ ATTUNE_WORKER: '0' });
    const ids = await inviteAll(await leadOn(web.baseUrl), ['w1@test.nl', 'w2@test.nl']);
    await sleep(600);
    for (const id of ids) {
      expect((await outboxRow(db, id)).delivered_at).toBeNull();
      expect((await jobOf(db, id))?.state).toBe('created');
      expect(peer.acceptedCount(messageIdOf(id))).toBe(0);
    }
    // A message written before the queue existed has no job; a starting worker adopts it.
    const orphan = await db.query<{ id: string }>(
      `INSERT INTO outbox_message (idempotency_key, kind, recipient_email, locale, subject, body_text, body_html, created_at)
       VALUES ('test:orphan', 'TEST', 'orphan@test.nl', 'nl', 'Oud', 'Oud bericht', '<p>Oud bericht</p>', now() - interval '2 hours')
       RETURNING id`,
    );
    await appOn({});
    await expectDeliveredOnce([...ids, orphan.rows[0]!.id]);
  });

  it('marks a message failed after the configured number of retries', async () => {
    const { baseUrl } = await appOn({ ATTUNE_MAIL_RETRY_LIMIT: '1' });
    peer.rejectNext(2, 421);
    const [id] = await inviteAll(await leadOn(baseUrl), ['always-busy@test.nl']);
    await eventually(async () => (await outboxRow(db, id!)).failed_at, 15_000, 'failure after retries');
    expect((await outboxRow(db, id!)).attempts).toBe(2);
    expect(peer.refused.filter((m) => m.messageId === messageIdOf(id!))).toHaveLength(2);
    expect(peer.acceptedCount(messageIdOf(id!))).toBe(0);
  });

  it('loses and duplicates nothing when the app stops in the middle of a delivery', async () => {
    const held = peer.holdNext();
    const first = await appOn({});
    const ids = await inviteAll(await leadOn(first.baseUrl), ['s1@test.nl', 's2@test.nl', 's3@test.nl']);
    const h = await held;
    const heldId = ids.find((id) => messageIdOf(id) === h.mail.messageId)!;
    expect(heldId).toBeDefined();
    // The worker has handed the mail over and waits for the server's answer, holding its claim.
    expect(await isClaimed(db, heldId)).toBe(true);
    expect((await outboxRow(db, heldId)).delivered_at).toBeNull();
    await expectDeliveredOnce(ids.filter((id) => id !== heldId));

    await first.app.close();
    apps.splice(apps.indexOf(first.app), 1);
    await eventually(() => h.sessionClosed(), 5000, 'the SMTP connection to close');
    h.release(); // too late: the client has gone, the server drops the message
    const row = await outboxRow(db, heldId);
    expect(row.delivered_at).toBeNull();
    expect(row.attempts).toBe(1);
    expect(peer.acceptedCount(messageIdOf(heldId))).toBe(0);

    await appOn({});
    await expectDeliveredOnce(ids);
  });

  it('loses and duplicates nothing when the API process is killed (SIGKILL) in the middle of a delivery', async () => {
    const env = { DATABASE_URL: database.url, SMTP_URL: peer.url, ...FAST };
    const held = peer.holdNext();
    const first = await startApiProcess(env);
    try {
      const ids = await inviteAll(await leadOn(first.baseUrl), ['k1@test.nl', 'k2@test.nl', 'k3@test.nl']);
      const h = await held;
      const heldId = ids.find((id) => messageIdOf(id) === h.mail.messageId)!;
      expect(await isClaimed(db, heldId)).toBe(true);
      await expectDeliveredOnce(ids.filter((id) => id !== heldId));

      await first.kill('SIGKILL');
      await eventually(() => h.sessionClosed(), 5000, 'the SMTP connection to close');
      h.release();
      // The claim died with the process: the row is free again, nothing was recorded.
      await eventually(async () => !(await isClaimed(db, heldId)), 5000, 'the claim to be released');
      expect(await outboxRow(db, heldId)).toMatchObject({ delivered_at: null, attempts: 0 });
      expect((await jobOf(db, heldId))?.state).toBe('active');

      const second = await startApiProcess(env);
      try {
        await expectDeliveredOnce(ids);
        expect((await outboxRow(db, heldId)).attempts).toBe(1);
      } finally {
        await second.kill('SIGTERM');
      }
    } finally {
      await first.kill('SIGKILL');
    }
  });
});

describe('development mailbox (no SMTP_URL)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ ATTUNE_WORKER_POLL_MS: '100' });
  });
  afterAll(() => t.close());

  it('marks messages delivered to the mailbox and shows their state, HTML and attachments', async () => {
    const ds = t.app.get(DataSource);
    const id = await ds.transaction((m) =>
      t.app.get(OutboxService).enqueue(m, {
        idempotencyKey: 'test:mailbox:1',
        kind: 'TEST',
        recipientEmail: 'reader@test.nl',
        recipientUserId: null,
        locale: 'en',
        subject: 'Your session <tomorrow>',
        text: 'See you at 15:00.',
        html: '<p>See you at <b>15:00</b>.</p>',
        attachments: [{ filename: 'session.ics', contentType: 'text/calendar; method=REQUEST; charset=utf-8', content: 'BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n' }],
      }),
    );
    // The same event twice is one message.
    const again = await ds.transaction((m) =>
      t.app.get(OutboxService).enqueue(m, {
        idempotencyKey: 'test:mailbox:1',
        kind: 'TEST',
        recipientEmail: 'reader@test.nl',
        recipientUserId: null,
        locale: 'en',
        subject: 'x',
        text: 'x',
        html: 'x',
      }),
    );
    expect(again).toBeNull();
    const messages = await eventually(async () => {
      const r = (await (await fetch(`${t.baseUrl}/dev/mailbox/messages.json?to=reader@test.nl`)).json()) as {
        messages: { id: string; state: string; delivered_via: string; attachments: { filename: string; size: number }[] }[];
      };
      return r.messages[0]?.state === 'DELIVERED' ? r.messages : null;
    }, 10_000, 'mailbox delivery');
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({ id, delivered_via: 'MAILBOX', attachments: [{ filename: 'session.ics', size: 32 }] });

    const page = await (await fetch(`${t.baseUrl}/dev/mailbox?to=reader@test.nl`)).text();
    expect(page).toContain('Your session &lt;tomorrow&gt;');
    expect(page).toContain('delivered to this mailbox');
    expect(page).toContain(`/dev/mailbox/${id}/attachments/0`);
    const html = await fetch(`${t.baseUrl}/dev/mailbox/${id}/html`);
    expect(html.headers.get('content-security-policy')).toContain('sandbox');
    expect(await html.text()).toBe('<p>See you at <b>15:00</b>.</p>');
    const file = await fetch(`${t.baseUrl}/dev/mailbox/${id}/attachments/0`);
    expect(file.headers.get('content-type')).toContain('text/calendar');
    expect(file.headers.get('content-disposition')).toBe('attachment; filename="session.ics"');
    expect(await file.text()).toBe('BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n');
    expect((await fetch(`${t.baseUrl}/dev/mailbox/${id}/attachments/1`)).status).toBe(404);
    expect((await fetch(`${t.baseUrl}/dev/mailbox/not-a-uuid/html`)).status).toBe(404);
  });

  it('adopts undelivered messages that have no job (written before the queue existed)', async () => {
    const r = await t.db.query<{ id: string }>(
      `INSERT INTO outbox_message (idempotency_key, kind, recipient_email, locale, subject, body_text, body_html, created_at)
       VALUES ('test:orphan', 'TEST', 'orphan@test.nl', 'nl', 'Oud', 'Oud bericht', '<p>Oud bericht</p>', now() - interval '2 hours')
       RETURNING id`,
    );
    const id = r.rows[0]!.id;
    expect(await jobOf(t.db, id)).toBeUndefined();
    await t.app.get(OutboxDelivery).adoptOrphans();
    await t.app.get(OutboxDelivery).adoptOrphans(); // again: still one job
    expect((await t.db.query(`SELECT count(*)::int AS n FROM pgboss.job WHERE id = $1`, [id])).rows[0].n).toBe(1);
    await eventually(async () => (await outboxRow(t.db, id)).delivered_at, 10_000, 'delivery');
    expect((await outboxRow(t.db, id)).delivered_via).toBe('MAILBOX');
  });
});
