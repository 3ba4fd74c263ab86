import { GqlClient, arrange, clientsFor, startTestApp, type TestApp } from './harness';
import { acrossNextDstChange, localStart, messageIdOf, outboxLike, parseIcs, type OutboxMessage, type ParsedCalendar } from './calendar-helpers';
import { BOOK, CANCEL_BOOKING, CANCEL_SESSION, CREATE_SESSION, UPDATE_SESSION, book, localTime, slot } from './session-helpers';
import { SmtpPeer, eventually, mimeParts, type PeerMail } from './support/smtp-peer';

const FAST = { ATTUNE_WORKER_POLL_MS: '100', ATTUNE_MAIL_RETRY_DELAY_SECONDS: '1', ATTUNE_MAIL_TIMEOUT_SECONDS: '2' };
const AMS = 'Europe/Amsterdam';
const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

interface DeliveredMail {
  readonly outbox: OutboxMessage;
  readonly mail: PeerMail;
  readonly text: string;
  readonly html: string;
  /** The text/calendar alternative, parsed, with its Content-Type; null when the mail has none. */
  readonly calendar: (ParsedCalendar & { contentType: string }) | null;
}

describe('booking mails over SMTP, with calendar invitations and cancellations', () => {
  let peer: SmtpPeer;
  let t: TestApp;
  let c: Record<string, GqlClient>;
  let users: Record<string, string>;
  let teamId: string;

  beforeAll(async () => {
    peer = await SmtpPeer.start();
    t = await startTestApp({ SMTP_URL: peer.url, ...FAST });
    const ids = await arrange(t.db, {
      teams: ['North'],
      people: {
        'lead@test.nl': { team: 'North', role: 'LEAD' },
        'anna@test.nl': { team: 'North' },
        'bram@test.nl': { team: 'North' },
        'cas@test.nl': { team: 'North' },
        'dee@test.nl': { team: 'North' },
      },
    });
    users = ids.users;
    teamId = ids.teams.North!;
    await t.db.query(`UPDATE app_user SET locale = 'nl', display_name = 'Anna' WHERE email = 'anna@test.nl'`);
    await t.db.query(`UPDATE app_user SET time_zone = 'Europe/London' WHERE email = 'bram@test.nl'`);
    c = await clientsFor(t.baseUrl, Object.keys(ids.users));
  });
  afterAll(async () => {
    await t.close();
    await peer.close();
  });

  async function session(patch: Record<string, unknown> = {}): Promise<string> {
    const r = await c['lead@test.nl']!.ok<{ createSession: { id: string } }>(CREATE_SESSION, {
      input: { teamId, kind: 'SUPERVISION', title: 'Zorgsessie', capacity: 5, location: 'Zaal 2', timeZone: AMS, ...slot(), ...patch },
    });
    return r.createSession.id;
  }

  /** The one outbox message with this key, once delivered, and the one mail the SMTP peer accepted for it. */
  async function delivered(key: string): Promise<DeliveredMail> {
    const rows = await outboxLike(t.db, key);
    expect(rows.map((r) => r.idempotency_key)).toEqual([key]);
    const outbox = rows[0]!;
    await eventually(async () => (await outboxLike(t.db, key))[0]?.delivered_at, 10_000, `delivery of ${key}`);
    const mail = await eventually(() => peer.accepted.find((m) => m.messageId === messageIdOf(outbox.id)), 5000, `mail ${key}`);
    const parts = mimeParts(mail.raw);
    const calendarPart = parts.find((p) => p.contentType.toLowerCase().startsWith('text/calendar'));
    return {
      outbox,
      mail,
      text: parts.find((p) => p.contentType.toLowerCase().startsWith('text/plain'))?.body ?? '',
      html: parts.find((p) => p.contentType.toLowerCase().startsWith('text/html'))?.body ?? '',
      calendar: calendarPart ? { ...parseIcs(calendarPart.body), contentType: calendarPart.contentType } : null,
    };
  }

  /** After a few polling rounds: each of these messages reached the peer exactly once. */
  async function expectEachSentOnce(mails: DeliveredMail[]): Promise<void> {
    await sleep(600);
    for (const m of mails) expect([m.outbox.idempotency_key, peer.acceptedCount(messageIdOf(m.outbox.id))]).toEqual([m.outbox.idempotency_key, 1]);
  }

  it('sends one mail per booking with an invitation (REQUEST) for the session UID, at 15:00 local on both sides of a DST change', async () => {
    const { before, after, offsetsDiffer } = acrossNextDstChange(AMS);
    expect(offsetsDiffer).toBe(true);
    const winter = await session({ ...before, location: null, videoUrl: 'https://meet.jit.si/attune-noord' });
    const summer = await session(after);
    const b1 = await book(c['anna@test.nl']!, winter);
    const b2 = await book(c['anna@test.nl']!, summer);
    expect([b1.status, b2.status]).toEqual(['CONFIRMED', 'CONFIRMED']);

    const mails = [await delivered(`booking-confirmed:${b1.id}`), await delivered(`booking-confirmed:${b2.id}`)];
    await expectEachSentOnce(mails);
    for (const [m, sessionId, times] of [
      [mails[0]!, winter, before],
      [mails[1]!, summer, after],
    ] as const) {
      expect(m.mail.to).toEqual(['anna@test.nl']);
      expect(m.outbox.kind).toBe('BOOKING_CONFIRMED');
      expect(m.mail.headers.subject).toMatch(/^Geboekt: Zorgsessie, \w+dag \d{1,2} \w+ \d{4}$/u);
      expect(m.mail.headers['content-language']).toBe('nl');
      expect(m.text).toContain('Hoi Anna,');
      expect(m.text).toContain('15:00–16:30');
      expect(m.html).toContain('15:00–16:30');
      expect(m.calendar?.contentType).toMatch(/^text\/calendar; charset=utf-8; method=REQUEST/iu);
      const cal = m.calendar!;
      expect(cal.method).toBe('REQUEST');
      expect(cal.events).toHaveLength(1);
      const e = cal.events[0]!;
      expect(e.uid).toBe(`session-${sessionId}@attune`);
      expect(e.sequence).toBe(0);
      expect(localStart(e)).toEqual({ time: '15:00', zone: AMS });
      expect(e.startDate.toJSDate().toISOString()).toBe(times.startsAt);
      expect(e.endDate.toJSDate().toISOString()).toBe(times.endsAt);
      expect(e.attendees.map((a) => a.getFirstValue())).toEqual(['mailto:anna@test.nl']);
      expect(e.organizer).toBe('mailto:no-reply@attune.local');
      expect(e.component.getFirstPropertyValue('status')).toBe('CONFIRMED');
    }
    // An online session has its video link as the place, in the mail and in the calendar.
    expect(mails[0]!.text).toContain('Videolink: https://meet.jit.si/attune-noord');
    expect(mails[0]!.calendar!.events[0]!.location).toBe('https://meet.jit.si/attune-noord');
    expect(mails[1]!.calendar!.events[0]!.location).toBe('Zaal 2');
  });

  it('writes to each member in their own language and time zone', async () => {
    const { after } = acrossNextDstChange(AMS);
    const s = await session({ ...after, startsAt: new Date(Date.parse(after.startsAt) + 3 * 3_600_000).toISOString(), endsAt: new Date(Date.parse(after.endsAt) + 3 * 3_600_000).toISOString() });
    const b = await book(c['bram@test.nl']!, s);
    const m = await delivered(`booking-confirmed:${b.id}`);
    const starts = await t.db.query<{ starts_at: Date; ends_at: Date }>(`SELECT starts_at, ends_at FROM session WHERE id = $1`, [s]);
    const london = `${localTime(starts.rows[0]!.starts_at.toISOString(), 'Europe/London')}–${localTime(starts.rows[0]!.ends_at.toISOString(), 'Europe/London')}`;
    expect(m.mail.headers.subject).toMatch(/^Booked: Zorgsessie, \w+day, \d{1,2} \w+ \d{4}$/u);
    expect(m.text).toContain('Hello bram,');
    expect(m.text).toContain(`${london} (Europe/London)`);
    // The calendar keeps the session's own zone; the app converts it.
    expect(localStart(m.calendar!.events[0]!)).toEqual({ time: '18:00', zone: AMS });
  });

  it('withdraws a given-up seat with METHOD:CANCEL for the same UID and a higher SEQUENCE; booking again invites again, higher still', async () => {
    const s = await session();
    const first = await book(c['cas@test.nl']!, s);
    await c['cas@test.nl']!.ok(CANCEL_BOOKING, { id: first.id });
    const second = await book(c['cas@test.nl']!, s);
    const invite = await delivered(`booking-confirmed:${first.id}`);
    const cancel = await delivered(`booking-cancelled:${first.id}`);
    const again = await delivered(`booking-confirmed:${second.id}`);
    await expectEachSentOnce([invite, cancel, again]);

    expect(cancel.outbox.kind).toBe('BOOKING_CANCELLED');
    expect(cancel.mail.headers.subject).toMatch(/^Booking cancelled: Zorgsessie, /u);
    expect(cancel.calendar?.contentType).toMatch(/method=CANCEL/iu);
    expect(cancel.calendar!.method).toBe('CANCEL');
    const [e1, e2, e3] = [invite, cancel, again].map((m) => m.calendar!.events[0]!);
    expect([e1!.uid, e2!.uid, e3!.uid]).toEqual(Array(3).fill(`session-${s}@attune`));
    expect([e1!.sequence, e2!.sequence, e3!.sequence]).toEqual([0, 1, 2]);
    expect(e2!.component.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(again.calendar!.method).toBe('REQUEST');
  });

  it('booking the same session several times at once gives one seat and one invitation, its SEQUENCE after the earlier booking there', async () => {
    const s = await session();
    const first = await book(c['dee@test.nl']!, s);
    await c['dee@test.nl']!.ok(CANCEL_BOOKING, { id: first.id });
    const results = await Promise.all(Array.from({ length: 6 }, () => c['dee@test.nl']!.gql<{ bookSession: { id: string; status: string } }>(BOOK, { id: s })));
    const booked = results.flatMap((r) => (r.data?.bookSession ? [r.data.bookSession] : []));
    expect(booked.map((b) => b.status)).toEqual(['CONFIRMED']);
    expect(results.flatMap((r) => r.errors ?? []).map((e) => [e.extensions?.code, e.extensions?.reason])).toEqual(Array(5).fill(['CONFLICT', 'ALREADY_BOOKED']));
    const invite = await delivered(`booking-confirmed:${booked[0]!.id}`);
    await expectEachSentOnce([invite]);
    // cancel 1, so the new invitation is 2; and nothing was written for the refused attempts
    expect(invite.calendar!.events[0]!.sequence).toBe(2);
    const written = await t.db.query<{ mails: number; jobs: number; bookings: number }>(
      `SELECT (SELECT count(*)::int FROM outbox_message WHERE recipient_user_id = $2 AND kind = 'BOOKING_CONFIRMED'
                 AND idempotency_key IN (SELECT 'booking-confirmed:' || b.id FROM booking b WHERE b.session_id = $1)) AS mails,
              (SELECT count(*)::int FROM pgboss.job j JOIN outbox_message o ON o.id = j.id
                WHERE o.recipient_user_id = $2 AND o.idempotency_key IN (SELECT 'booking-confirmed:' || b.id FROM booking b WHERE b.session_id = $1)) AS jobs,
              (SELECT count(*)::int FROM booking WHERE session_id = $1 AND user_id = $2) AS bookings`,
      [s, users['dee@test.nl']],
    );
    expect(written.rows[0]).toEqual({ mails: 2, jobs: 2, bookings: 2 });
  });

  it('invites a member promoted from the waiting list; a waiting-list place gets no invitation', async () => {
    const s = await session({ capacity: 1 });
    const seat = await book(c['cas@test.nl']!, s);
    const queued = await book(c['dee@test.nl']!, s);
    expect(queued.status).toBe('WAITLISTED');
    expect(await outboxLike(t.db, `%${queued.id}%`)).toEqual([]);

    await c['cas@test.nl']!.ok(CANCEL_BOOKING, { id: seat.id });
    const promoted = await delivered(`booking-promoted:${queued.id}`);
    const withdrawn = await delivered(`booking-cancelled:${seat.id}`);
    await expectEachSentOnce([promoted, withdrawn]);
    expect(promoted.outbox.kind).toBe('BOOKING_PROMOTED');
    expect(promoted.mail.to).toEqual(['dee@test.nl']);
    expect(promoted.mail.headers.subject).toMatch(/^A place opened up for you: Zorgsessie, /u);
    expect(promoted.calendar!.method).toBe('REQUEST');
    expect(promoted.calendar!.events[0]!.uid).toBe(`session-${s}@attune`);
    expect(withdrawn.mail.to).toEqual(['cas@test.nl']);
    expect(withdrawn.calendar!.method).toBe('CANCEL');
  });

  it('sends an updated invitation (higher SEQUENCE) when the session moves, a CANCEL when it is cancelled; the waiting list is told without a calendar file', async () => {
    const s = await session({ capacity: 1 });
    const seat = await book(c['anna@test.nl']!, s);
    const queued = await book(c['dee@test.nl']!, s);
    expect([seat.status, queued.status]).toEqual(['CONFIRMED', 'WAITLISTED']);
    const moved = slot(45);
    await c['lead@test.nl']!.ok(UPDATE_SESSION, { id: s, input: moved });

    const changed = await delivered(`session-changed:${s}:2:${users['anna@test.nl']}`);
    const toldQueue = await delivered(`session-changed:${s}:2:${users['dee@test.nl']}`);
    expect(changed.outbox.kind).toBe('SESSION_CHANGED');
    expect(changed.mail.headers.subject).toMatch(/^Gewijzigd: Zorgsessie, /u);
    expect(changed.calendar!.method).toBe('REQUEST');
    const e = changed.calendar!.events[0]!;
    expect(e.uid).toBe(`session-${s}@attune`);
    expect(e.sequence).toBe(1);
    expect(e.startDate.toJSDate().toISOString()).toBe(moved.startsAt);
    expect(toldQueue.calendar).toBeNull();
    expect(toldQueue.outbox.attachments).toEqual([]);
    expect(toldQueue.text).toContain('The session you are on the waiting list for has changed.');

    await c['lead@test.nl']!.ok(CANCEL_SESSION, { id: s, reason: 'De begeleider is ziek' });
    const cancelled = await delivered(`session-cancelled:${s}:${users['anna@test.nl']}`);
    const cancelledQueue = await delivered(`session-cancelled:${s}:${users['dee@test.nl']}`);
    await expectEachSentOnce([changed, toldQueue, cancelled, cancelledQueue]);
    expect(cancelled.calendar!.method).toBe('CANCEL');
    const ce = cancelled.calendar!.events[0]!;
    expect(ce.uid).toBe(`session-${s}@attune`);
    expect(ce.sequence).toBe(2);
    expect(ce.component.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(cancelled.text).toContain('Reden: De begeleider is ziek');
    expect(cancelledQueue.calendar).toBeNull();
    expect(cancelledQueue.text).toContain('The session you were on the waiting list for has been cancelled.');
    expect(cancelledQueue.text).toContain('Reason: De begeleider is ziek');
  });

  it('writes nothing when a booking is refused', async () => {
    const s = await session();
    await book(c['bram@test.nl']!, s);
    const before = await t.db.query(`SELECT count(*)::int AS n FROM outbox_message`);
    const twice = await c['bram@test.nl']!.gql(BOOK, { id: s });
    expect(twice.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect((await t.db.query(`SELECT count(*)::int AS n FROM outbox_message`)).rows[0].n).toBe(before.rows[0].n);
  });
});
