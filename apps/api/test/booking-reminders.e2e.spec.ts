import { BookingReminders } from '../src/modules/booking/booking-reminders';
import type { SessionReminderJob } from '../src/modules/notification/queues';
import { GqlClient, arrange, clientsFor, startTestApp, type TestApp } from './harness';
import { messageIdOf, outboxLike } from './calendar-helpers';
import { CANCEL_BOOKING, CANCEL_SESSION, CREATE_SESSION, UPDATE_SESSION, book, slot } from './session-helpers';
import { SmtpPeer, eventually, mimeParts } from './support/smtp-peer';

const FAST = { ATTUNE_WORKER_POLL_MS: '100', ATTUNE_MAIL_RETRY_DELAY_SECONDS: '1', ATTUNE_MAIL_TIMEOUT_SECONDS: '2' };
const SET_PREFERENCE = `mutation($m: Int) { setReminderPreference(minutesBefore: $m) { reminderMinutesBefore } }`;
const MINUTE = 60_000;
const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

interface Reminder {
  job_id: string | null;
  state: string | null;
  start_after: Date | null;
  data: SessionReminderJob | null;
}

describe('reminders before a booked session, as scheduled jobs', () => {
  let peer: SmtpPeer;
  let t: TestApp;
  let c: Record<string, GqlClient>;
  let teamId: string;

  beforeAll(async () => {
    peer = await SmtpPeer.start();
    t = await startTestApp({ SMTP_URL: peer.url, ...FAST });
    const ids = await arrange(t.db, {
      teams: ['North'],
      people: Object.fromEntries(
        ['lead', 'anna', 'bram', 'cas', 'dee', 'eef', 'fay'].map((n) => [`${n}@test.nl`, { team: 'North', role: n === 'lead' ? 'LEAD' : 'MEMBER' }]),
      ) as Record<string, { team: string; role: 'LEAD' | 'MEMBER' }>,
    });
    teamId = ids.teams.North!;
    c = await clientsFor(t.baseUrl, Object.keys(ids.users));
  });
  afterAll(async () => {
    await t.close();
    await peer.close();
  });

  async function session(patch: Record<string, unknown> = {}): Promise<{ id: string; startsAt: Date }> {
    const r = await c['lead@test.nl']!.ok<{ createSession: { id: string; startsAt: string } }>(CREATE_SESSION, {
      input: { teamId, kind: 'SUPERVISION', title: 'Supervisie', capacity: 5, ...slot(), ...patch },
    });
    return { id: r.createSession.id, startsAt: new Date(r.createSession.startsAt) };
  }

  /** The booking's current reminder job, as pg-boss holds it. */
  async function reminderOf(bookingId: string): Promise<Reminder> {
    const r = await t.db.query<Reminder>(
      `SELECT b.reminder_job_id AS job_id, j.state, j.start_after, j.data
         FROM booking b LEFT JOIN pgboss.job j ON j.name = 'session-reminder' AND j.id = b.reminder_job_id
        WHERE b.id = $1`,
      [bookingId],
    );
    return r.rows[0]!;
  }

  async function jobState(jobId: string): Promise<string | undefined> {
    const r = await t.db.query<{ state: string }>(`SELECT state FROM pgboss.job WHERE name = 'session-reminder' AND id = $1`, [jobId]);
    return r.rows[0]?.state;
  }

  async function setPreference(email: string, minutes: number | null): Promise<void> {
    await c[email]!.ok(SET_PREFERENCE, { m: minutes });
  }

  it('is scheduled with the booking, a day before the start by default, and cancelled with the booking', async () => {
    const s = await session();
    const b = await book(c['anna@test.nl']!, s.id);
    const r = await reminderOf(b.id);
    expect(r.job_id).not.toBeNull();
    expect(r.state).toBe('created');
    expect(r.start_after!.getTime()).toBe(s.startsAt.getTime() - 24 * 60 * MINUTE);
    expect(r.data).toEqual({ bookingId: b.id, startsAt: s.startsAt.toISOString() });

    await c['anna@test.nl']!.ok(CANCEL_BOOKING, { id: b.id });
    expect(await jobState(r.job_id!)).toBe('cancelled');
    expect((await reminderOf(b.id)).job_id).toBeNull();
  });

  it('is not scheduled for a member who wants none, nor when the reminder time has already passed', async () => {
    await setPreference('fay@test.nl', null);
    const later = await session();
    expect((await reminderOf((await book(c['fay@test.nl']!, later.id)).id)).job_id).toBeNull();

    const start = new Date(Math.ceil((Date.now() + 3 * 60 * MINUTE) / MINUTE) * MINUTE);
    const soon = await session({ startsAt: start.toISOString(), endsAt: new Date(start.getTime() + 60 * MINUTE).toISOString() });
    expect((await reminderOf((await book(c['eef@test.nl']!, soon.id)).id)).job_id).toBeNull();
  });

  it('follows a moved session and a changed preference, comes with a promotion and goes with a cancelled session', async () => {
    const s = await session({ capacity: 2 });
    const anna = await book(c['anna@test.nl']!, s.id);
    const bram = await book(c['bram@test.nl']!, s.id);
    const cas = await book(c['cas@test.nl']!, s.id);
    expect(cas.status).toBe('WAITLISTED');
    expect((await reminderOf(cas.id)).job_id).toBeNull();
    const before = { anna: await reminderOf(anna.id), bram: await reminderOf(bram.id) };

    const to = slot(30);
    await c['lead@test.nl']!.ok(UPDATE_SESSION, { id: s.id, input: to });
    const moved = { anna: await reminderOf(anna.id), bram: await reminderOf(bram.id) };
    for (const [old, now] of [
      [before.anna, moved.anna],
      [before.bram, moved.bram],
    ] as const) {
      expect(await jobState(old.job_id!)).toBe('cancelled');
      expect(now.job_id).not.toBe(old.job_id);
      expect(now.state).toBe('created');
      expect(now.start_after!.getTime()).toBe(Date.parse(to.startsAt) - 24 * 60 * MINUTE);
      expect(now.data!.startsAt).toBe(to.startsAt);
    }
    // A change of title or place keeps the reminder as it is.
    await c['lead@test.nl']!.ok(UPDATE_SESSION, { id: s.id, input: { title: 'Supervisie (nieuw)', location: 'Kamer 9' } });
    expect((await reminderOf(anna.id)).job_id).toBe(moved.anna.job_id);

    await setPreference('bram@test.nl', 90);
    const ninety = await reminderOf(bram.id);
    expect(await jobState(moved.bram.job_id!)).toBe('cancelled');
    expect(ninety.start_after!.getTime()).toBe(Date.parse(to.startsAt) - 90 * MINUTE);
    expect((await reminderOf(anna.id)).job_id).toBe(moved.anna.job_id);
    await setPreference('bram@test.nl', null);
    expect(await jobState(ninety.job_id!)).toBe('cancelled');
    expect((await reminderOf(bram.id)).job_id).toBeNull();
    await setPreference('bram@test.nl', 24 * 60);
    const day = await reminderOf(bram.id);
    expect(day.start_after!.getTime()).toBe(Date.parse(to.startsAt) - 24 * 60 * MINUTE);
    // Saving the same preference again leaves the job alone.
    await setPreference('bram@test.nl', 24 * 60);
    expect((await reminderOf(bram.id)).job_id).toBe(day.job_id);

    await c['anna@test.nl']!.ok(CANCEL_BOOKING, { id: anna.id });
    const promoted = await reminderOf(cas.id);
    expect(promoted.state).toBe('created');
    expect(promoted.start_after!.getTime()).toBe(Date.parse(to.startsAt) - 24 * 60 * MINUTE);

    const live = [await reminderOf(bram.id), promoted];
    await c['lead@test.nl']!.ok(CANCEL_SESSION, { id: s.id, reason: 'Ziekte' });
    for (const r of live) expect(await jobState(r.job_id!)).toBe('cancelled');
    expect((await reminderOf(bram.id)).job_id).toBeNull();
    expect((await reminderOf(cas.id)).job_id).toBeNull();
  });

  it('sends one reminder mail when due, through the outbox, and never a second one for the same start', async () => {
    await setPreference('dee@test.nl', 5);
    // The shortest lead time is five minutes: a session starting in five minutes and a few seconds.
    const start = new Date(Math.ceil((Date.now() + 5 * MINUTE + 4000) / 1000) * 1000);
    const s = await session({ startsAt: start.toISOString(), endsAt: new Date(start.getTime() + 60 * MINUTE).toISOString(), location: 'Kamer 3' });
    const b = await book(c['dee@test.nl']!, s.id);
    const scheduled = await reminderOf(b.id);
    expect(scheduled.start_after!.getTime()).toBe(start.getTime() - 5 * MINUTE);

    const key = `reminder:${b.id}:${start.toISOString()}`;
    await eventually(async () => (await outboxLike(t.db, key))[0]?.delivered_at, 20_000, 'the reminder to be delivered');
    await eventually(async () => (await jobState(scheduled.job_id!)) === 'completed', 5000, 'the reminder job to complete');
    const [message] = await outboxLike(t.db, key);
    expect(message!.kind).toBe('REMINDER');
    expect(message!.attachments).toEqual([]);
    const mail = peer.accepted.find((m) => m.messageId === messageIdOf(message!.id))!;
    expect(mail.to).toEqual(['dee@test.nl']);
    expect(mail.headers.subject).toMatch(/^Reminder: Supervisie, /u);
    const text = mimeParts(mail.raw).find((p) => p.contentType.startsWith('text/plain'))!.body;
    expect(text).toContain('A reminder of the session you booked:');
    expect(text).toContain('Where: Kamer 3');

    // The same job run again (a retry after a lost acknowledgement) writes nothing new.
    const reminders = t.app.get(BookingReminders);
    const job = { id: scheduled.job_id!, data: scheduled.data!, retryCount: 1, retryLimit: 5, signal: new AbortController().signal };
    await reminders.remind(job);
    await sleep(500);
    expect(await outboxLike(t.db, `reminder:${b.id}:%`)).toHaveLength(1);
    expect(peer.acceptedCount(messageIdOf(message!.id))).toBe(1);
  });

  it('does nothing when its booking was given up, and follows a preference that changed while it was being scheduled', async () => {
    const reminders = t.app.get(BookingReminders);
    const signal = new AbortController().signal;
    const s = await session();
    const b = await book(c['eef@test.nl']!, s.id);
    const r = await reminderOf(b.id);
    const dueAt = new Date(r.start_after!.getTime() + 1000);

    // A stale job (not the booking's current one) does nothing.
    await reminders.remind({ id: '00000000-0000-4000-8000-000000000000', data: r.data!, retryCount: 0, retryLimit: 5, signal }, dueAt);
    // The preference changes underneath the job (as a concurrent change could leave it): at its
    // old time it moves itself to the new one instead of reminding early.
    await t.db.query(`UPDATE app_user SET reminder_minutes_before = 60 WHERE email = 'eef@test.nl'`);
    await reminders.remind({ id: r.job_id!, data: r.data!, retryCount: 0, retryLimit: 5, signal }, dueAt);
    const follow = await reminderOf(b.id);
    expect(follow.job_id).not.toBe(r.job_id);
    expect(follow.start_after!.getTime()).toBe(s.startsAt.getTime() - 60 * MINUTE);
    expect(await outboxLike(t.db, `reminder:${b.id}:%`)).toEqual([]);

    // Given up: the job that was due does nothing.
    await c['eef@test.nl']!.ok(CANCEL_BOOKING, { id: b.id });
    await reminders.remind({ id: follow.job_id!, data: follow.data!, retryCount: 0, retryLimit: 5, signal }, new Date(follow.start_after!.getTime() + 1000));
    expect(await outboxLike(t.db, `reminder:${b.id}:%`)).toEqual([]);
  });
});
