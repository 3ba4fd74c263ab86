import { Pool } from 'pg';
import { addMonths, yearMonthOf, zonedTimeToInstant } from '@attune/domain';
import { arrange, clientsFor, errorCode, type GqlClient, startTestApp, type TestApp } from './harness';
import {
  BOOK,
  CANCEL_BOOKING,
  CANCEL_SESSION,
  CREATE_SESSION,
  UPDATE_SESSION,
  book,
  moveSession,
  newSession,
  seatCounts,
  slot,
} from './session-helpers';

const AMS = 'Europe/Amsterdam';

/** An instant given in Amsterdam wall-clock time, `monthsAhead` calendar months from now. */
function amsterdam(monthsAhead: number, day: number, hour: number, minute = 0): Date {
  const { year, month } = addMonths(yearMonthOf(new Date(), AMS), monthsAhead);
  return zonedTimeToInstant({ year, month, day, hour, minute }, AMS);
}

function range(start: Date, minutes: number): { startsAt: string; endsAt: string } {
  return { startsAt: start.toISOString(), endsAt: new Date(start.getTime() + minutes * 60_000).toISOString() };
}

describe('booking rules', () => {
  let t: TestApp;
  let ids: Awaited<ReturnType<typeof arrange>>;
  let c: Record<string, GqlClient>;
  const emails = ['lead@test.nl', 'southlead@test.nl', 'both@test.nl', 'ann@test.nl', 'bob@test.nl', 'cas@test.nl', 'dee@test.nl', 'eve@test.nl'];

  beforeAll(async () => {
    t = await startTestApp();
    ids = await arrange(t.db, {
      teams: ['North', 'South'],
      people: {
        'lead@test.nl': { team: 'North', role: 'LEAD' },
        'southlead@test.nl': { team: 'South', role: 'LEAD' },
        'both@test.nl': { teams: [{ team: 'North', role: 'MEMBER' }, { team: 'South', role: 'MEMBER' }] },
        'ann@test.nl': { team: 'North' },
        'bob@test.nl': { team: 'North' },
        'cas@test.nl': { team: 'North' },
        'dee@test.nl': { team: 'North' },
        'eve@test.nl': { team: 'North' },
      },
    });
    c = await clientsFor(t.baseUrl, emails);
  });
  afterAll(() => t.close());

  const north = () => ids.teams.North!;

  it('refuses an overlapping confirmed booking with CONFLICT, also across teams; back-to-back is fine', async () => {
    const start = new Date(slot(30, 4).startsAt);
    const a = await newSession(c['lead@test.nl']!, north(), range(start, 60));
    const b = await newSession(c['southlead@test.nl']!, ids.teams.South!, range(new Date(start.getTime() + 30 * 60_000), 60));
    const next = await newSession(c['lead@test.nl']!, north(), range(new Date(start.getTime() + 60 * 60_000), 60));
    expect((await book(c['both@test.nl']!, a.id)).status).toBe('CONFIRMED');
    const r = await c['both@test.nl']!.gql(BOOK, { id: b.id });
    expect(errorCode(r)).toBe('CONFLICT');
    expect(r.errors?.[0]?.message).toBe('You already have a confirmed booking at an overlapping time');
    expect(r.errors?.[0]?.extensions?.reason).toBe('OVERLAP');
    expect((await book(c['both@test.nl']!, next.id)).status).toBe('CONFIRMED');
  });

  it('never lets concurrent requests give one member two overlapping seats', async () => {
    for (let round = 0; round < 5; round++) {
      const start = new Date(slot(31, 3).startsAt);
      const a = await newSession(c['lead@test.nl']!, north(), range(start, 90));
      const b = await newSession(c['lead@test.nl']!, north(), range(new Date(start.getTime() + 60 * 60_000), 90));
      const [ra, rb] = await Promise.all([c['eve@test.nl']!.gql(BOOK, { id: a.id }), c['eve@test.nl']!.gql(BOOK, { id: b.id })]);
      const codes = [ra, rb].map((r) => errorCode(r) ?? 'OK').sort();
      expect(codes).toEqual(['CONFLICT', 'OK']);
      const rows = await t.db.query(`SELECT count(*)::int AS n FROM booking WHERE user_id = $1 AND session_id IN ($2, $3) AND status = 'CONFIRMED'`, [
        ids.users['eve@test.nl'],
        a.id,
        b.id,
      ]);
      expect(rows.rows[0].n).toBe(1);
    }
  });

  it('allows one confirmed CARE session per member, team and calendar month in the team time zone', async () => {
    const lead = c['lead@test.nl']!;
    const care = (start: Date) => newSession(lead, north(), { kind: 'CARE', title: 'Zorgsessie', ...range(start, 90) });
    const early = await care(amsterdam(2, 3, 10));
    const late = await care(amsterdam(2, 20, 10));
    // 00:30 on the 1st in Amsterdam is still the previous month in UTC
    const firstOfNext = await care(amsterdam(3, 1, 0, 30));
    const supervision = await newSession(lead, north(), { kind: 'SUPERVISION', ...range(amsterdam(2, 21, 10), 60) });

    expect((await book(c['ann@test.nl']!, early.id)).status).toBe('CONFIRMED');
    const second = await c['ann@test.nl']!.gql(BOOK, { id: late.id });
    expect(errorCode(second)).toBe('CONFLICT');
    expect(second.errors?.[0]?.message).toBe('You already have a care session booked this month');
    expect((await book(c['ann@test.nl']!, supervision.id)).status).toBe('CONFIRMED');
    const boundary = await book(c['ann@test.nl']!, firstOfNext.id);
    expect(boundary.status).toBe('CONFIRMED');
    const stored = await t.db.query(`SELECT to_char(care_month, 'YYYY-MM-DD') AS m, to_char(lower(during) AT TIME ZONE 'UTC', 'YYYY-MM') AS utc FROM booking WHERE id = $1`, [
      boundary.id,
    ]);
    const ym = addMonths(yearMonthOf(new Date(), AMS), 3);
    expect(stored.rows[0].m).toBe(`${ym.year}-${String(ym.month).padStart(2, '0')}-01`);
    expect(stored.rows[0].utc).not.toBe(stored.rows[0].m.slice(0, 7));

    // giving up the first frees the month
    const mine = await c['ann@test.nl']!.ok<{ session: { myBooking: { id: string } } }>(`query($id: ID!) { session(id: $id) { myBooking { id } } }`, {
      id: early.id,
    });
    await c['ann@test.nl']!.ok(CANCEL_BOOKING, { id: mine.session.myBooking.id });
    expect((await book(c['ann@test.nl']!, late.id)).status).toBe('CONFIRMED');
  });

  it('refuses capacity below the confirmed count; raising it promotes from the waitlist', async () => {
    const s = await newSession(c['lead@test.nl']!, north(), { capacity: 2 });
    await book(c['bob@test.nl']!, s.id);
    await book(c['cas@test.nl']!, s.id);
    const queued = await book(c['dee@test.nl']!, s.id);
    expect(queued).toMatchObject({ status: 'WAITLISTED', waitlistPosition: 1 });

    const lower = await c['lead@test.nl']!.gql(UPDATE_SESSION, { id: s.id, input: { capacity: 1 } });
    expect(errorCode(lower)).toBe('CONFLICT');
    expect(lower.errors?.[0]?.message).toBe('Capacity cannot be lower than the 2 confirmed bookings');
    const zero = await c['lead@test.nl']!.gql(UPDATE_SESSION, { id: s.id, input: { capacity: 0 } });
    expect(errorCode(zero)).toBe('BAD_USER_INPUT');
    expect(zero.errors?.[0]?.extensions?.field).toBe('capacity');

    const raised = await c['lead@test.nl']!.ok<{ updateSession: { capacity: number; confirmedCount: number; waitlistCount: number } }>(UPDATE_SESSION, {
      id: s.id,
      input: { capacity: 3 },
    });
    expect(raised.updateSession).toMatchObject({ capacity: 3, confirmedCount: 3, waitlistCount: 0 });
    const msg = await t.db.query(`SELECT kind FROM outbox_message WHERE idempotency_key = $1`, [`booking-promoted:${queued.id}`]);
    expect(msg.rows).toEqual([{ kind: 'BOOKING_PROMOTED' }]);
  });

  it('refuses booking a session that has started, is closing or is cancelled (CONFLICT with a reason)', async () => {
    const lead = c['lead@test.nl']!;
    const closing = await newSession(lead, north(), { ...slot(5), minNoticeMinutes: 14 * 24 * 60 });
    const r1 = await c['bob@test.nl']!.gql(BOOK, { id: closing.id });
    expect(errorCode(r1)).toBe('CONFLICT');
    expect(r1.errors?.[0]?.extensions?.reason).toBe('BOOKING_CLOSED');

    const past = await newSession(lead, north());
    await moveSession(t.db, past.id, new Date(Date.now() - 3 * 3_600_000), new Date(Date.now() - 2 * 3_600_000));
    const r2 = await c['bob@test.nl']!.gql(BOOK, { id: past.id });
    expect(errorCode(r2)).toBe('CONFLICT');
    expect(r2.errors?.[0]?.extensions?.reason).toBe('SESSION_STARTED');

    const gone = await newSession(lead, north());
    await lead.ok(CANCEL_SESSION, { id: gone.id, reason: 'Ziekte' });
    const r3 = await c['bob@test.nl']!.gql(BOOK, { id: gone.id });
    expect(errorCode(r3)).toBe('CONFLICT');
    expect(r3.errors?.[0]?.extensions?.reason).toBe('SESSION_CANCELLED');

    const open = await newSession(lead, north());
    const mine = await book(c['bob@test.nl']!, open.id);
    const twice = await c['bob@test.nl']!.gql(BOOK, { id: open.id });
    expect(errorCode(twice)).toBe('CONFLICT');
    expect(twice.errors?.[0]?.extensions?.reason).toBe('ALREADY_BOOKED');
    await c['bob@test.nl']!.ok(CANCEL_BOOKING, { id: mine.id });
    expect(errorCode(await c['bob@test.nl']!.gql(CANCEL_BOOKING, { id: mine.id }))).toBe('CONFLICT');
    // booking again after cancelling is a new booking
    expect((await book(c['bob@test.nl']!, open.id)).id).not.toBe(mine.id);
  });

  it('tells booked members of a new time or place, and cancels every booking with the session', async () => {
    const lead = c['lead@test.nl']!;
    const s = await newSession(lead, north(), { capacity: 2, location: 'Kamer 1' });
    const bookings = [await book(c['cas@test.nl']!, s.id), await book(c['dee@test.nl']!, s.id), await book(c['eve@test.nl']!, s.id)];
    expect(bookings.map((b) => b.status)).toEqual(['CONFIRMED', 'CONFIRMED', 'WAITLISTED']);
    const changed = () => t.db.query<{ idempotency_key: string; subject: string; body_text: string }>(
      `SELECT idempotency_key, subject, body_text FROM outbox_message WHERE kind = 'SESSION_CHANGED' AND idempotency_key LIKE $1 ORDER BY idempotency_key`,
      [`session-changed:${s.id}:%`],
    );

    await lead.ok(UPDATE_SESSION, { id: s.id, input: { title: 'Supervisie (nieuw)' } });
    expect((await changed()).rows).toHaveLength(0);
    await lead.ok(UPDATE_SESSION, { id: s.id, input: { location: 'Kamer 7', videoUrl: 'https://meet.jit.si/noord' } });
    const afterMove = (await changed()).rows;
    expect(afterMove).toHaveLength(3);
    expect(afterMove.every((m) => m.idempotency_key.startsWith(`session-changed:${s.id}:2:`))).toBe(true);
    expect(afterMove[0]!.subject).toMatch(/^Changed: Supervisie \(nieuw\), \w+day, \d{1,2} \w+ \d{4}$/u);
    expect(afterMove[0]!.body_text).toContain('Kamer 7');
    expect(afterMove[0]!.body_text).toContain('https://meet.jit.si/noord');
    const moved = slot(40);
    const r = await lead.ok<{ updateSession: { startsAt: string } }>(UPDATE_SESSION, { id: s.id, input: moved });
    expect(r.updateSession.startsAt).toBe(moved.startsAt);
    expect((await changed()).rows).toHaveLength(6);
    const during = await t.db.query(`SELECT DISTINCT lower(during) AS s FROM booking WHERE session_id = $1`, [s.id]);
    expect(during.rows.map((x) => x.s.toISOString())).toEqual([moved.startsAt]);

    expect(errorCode(await lead.gql(CANCEL_SESSION, { id: s.id, reason: '   ' }))).toBe('BAD_USER_INPUT');
    const cancelled = await lead.ok<{ cancelSession: { cancelReason: string; confirmedCount: number; waitlistCount: number } }>(CANCEL_SESSION, {
      id: s.id,
      reason: 'De supervisor is ziek',
    });
    expect(cancelled.cancelSession).toMatchObject({ cancelReason: 'De supervisor is ziek', confirmedCount: 0, waitlistCount: 0 });
    const statuses = await t.db.query(`SELECT DISTINCT status FROM booking WHERE session_id = $1`, [s.id]);
    expect(statuses.rows).toEqual([{ status: 'CANCELLED' }]);
    const told = await t.db.query<{ recipient_user_id: string; body_text: string }>(
      `SELECT recipient_user_id, body_text FROM outbox_message WHERE kind = 'SESSION_CANCELLED' AND idempotency_key LIKE $1`,
      [`session-cancelled:${s.id}:%`],
    );
    expect(told.rows.map((m) => m.recipient_user_id).sort()).toEqual(
      ['cas@test.nl', 'dee@test.nl', 'eve@test.nl'].map((e) => ids.users[e]!).sort(),
    );
    expect(told.rows[0]!.body_text).toContain('De supervisor is ziek');
    expect(errorCode(await lead.gql(CANCEL_SESSION, { id: s.id, reason: 'Nogmaals' }))).toBe('CONFLICT');
    expect(errorCode(await lead.gql(UPDATE_SESSION, { id: s.id, input: { title: 'Toch wel' } }))).toBe('CONFLICT');
  });

  it('refuses to move a session onto another confirmed session of a booked member', async () => {
    const lead = c['lead@test.nl']!;
    const here = await newSession(lead, north());
    const there = await newSession(lead, north());
    await book(c['dee@test.nl']!, here.id);
    await book(c['dee@test.nl']!, there.id);
    const thereRow = await t.db.query(`SELECT starts_at, ends_at FROM session WHERE id = $1`, [there.id]);
    const r = await lead.gql(UPDATE_SESSION, {
      id: here.id,
      input: { startsAt: thereRow.rows[0].starts_at.toISOString(), endsAt: thereRow.rows[0].ends_at.toISOString() },
    });
    expect(errorCode(r)).toBe('CONFLICT');
    expect(r.errors?.[0]?.message).toBe('A member booked on this session has another confirmed session at the new time');
  });

  it('validates session input and names the offending field', async () => {
    const lead = c['lead@test.nl']!;
    const input = { teamId: north(), kind: 'CARE', title: 'Zorgsessie', capacity: 8, ...slot() };
    const field = async (patch: Record<string, unknown>) => {
      const r = await lead.gql(CREATE_SESSION, { input: { ...input, ...patch } });
      return `${errorCode(r)}:${String(r.errors?.[0]?.extensions?.field)}`;
    };
    expect(await field({ capacity: 0 })).toBe('BAD_USER_INPUT:capacity');
    expect(await field({ capacity: 501 })).toBe('BAD_USER_INPUT:capacity');
    expect(await field({ title: '  ' })).toBe('BAD_USER_INPUT:title');
    expect(await field({ title: 'x'.repeat(121) })).toBe('BAD_USER_INPUT:title');
    expect(await field({ location: 'x'.repeat(201) })).toBe('BAD_USER_INPUT:location');
    expect(await field({ videoUrl: 'http://zoom.us/j/1' })).toBe('BAD_USER_INPUT:videoUrl');
    expect(await field({ endsAt: input.startsAt })).toBe('BAD_USER_INPUT:endsAt');
    expect(await field({ startsAt: '2020-01-01T10:00:00+01:00', endsAt: '2020-01-01T11:00:00+01:00' })).toBe('BAD_USER_INPUT:startsAt');
    expect(await field({ timeZone: 'Europe/Atlantis' })).toBe('BAD_USER_INPUT:timeZone');
    expect(await field({ facilitatorId: ids.users['southlead@test.nl'] })).toBe('BAD_USER_INPUT:facilitatorId');
    expect(await field({ facilitatorId: 'nobody' })).toBe('BAD_USER_INPUT:facilitatorId');
    expect(await field({ minNoticeMinutes: -5 })).toBe('BAD_USER_INPUT:minNoticeMinutes');
    expect(errorCode(await lead.gql(CREATE_SESSION, { input: { ...input, startsAt: 'tomorrow' } }))).toBe('BAD_USER_INPUT');

    const ok = await lead.ok<{ createSession: { facilitator: { id: string; displayName: string }; timeZone: string } }>(CREATE_SESSION, { input });
    expect(ok.createSession.facilitator).toEqual({ id: ids.users['lead@test.nl'], displayName: 'lead' });
    expect(ok.createSession.timeZone).toBe('Europe/Amsterdam');
    const other = await lead.ok<{ createSession: { facilitator: { id: string } } }>(CREATE_SESSION, {
      input: { ...input, ...slot(), facilitatorId: ids.users['ann@test.nl'] },
    });
    expect(other.createSession.facilitator.id).toBe(ids.users['ann@test.nl']);
  });

  it('the database itself refuses rule-breaking writes that bypass the API', async () => {
    const lead = c['lead@test.nl']!;
    const a = await newSession(lead, north(), { kind: 'CARE', ...range(amsterdam(4, 5, 10), 90), capacity: 1 });
    const b = await newSession(lead, north(), { kind: 'CARE', ...range(amsterdam(4, 19, 10), 90) });
    const overlapping = await newSession(lead, north(), { kind: 'SUPERVISION', ...range(amsterdam(4, 5, 11), 60) });
    const x = ids.users['bob@test.nl']!;
    const y = ids.users['cas@test.nl']!;
    const raw = new Pool({ connectionString: t.config.databaseUrl, max: 1 });
    const attempt = async (sql: string, params: unknown[]): Promise<string> => {
      try {
        await raw.query(sql, params);
        return 'ok';
      } catch (e) {
        return `${(e as { code: string }).code}:${(e as { constraint: string }).constraint}`;
      }
    };
    const insert = `INSERT INTO booking (session_id, user_id, status) VALUES ($1, $2, $3)`;
    try {
      expect(await attempt(insert, [a.id, x, 'CONFIRMED'])).toBe('ok');
      expect(await attempt(insert, [a.id, y, 'CONFIRMED'])).toBe('23514:session_confirmed_within_capacity');
      expect(await attempt(insert, [b.id, x, 'CONFIRMED'])).toBe('23505:booking_one_care_per_month');
      // forged copies are overwritten by the trigger, so they cannot dodge the rule
      expect(
        await attempt(`INSERT INTO booking (session_id, user_id, status, care_month, kind, during) VALUES ($1, $2, 'CONFIRMED', '2000-01-01', 'SUPERVISION', '[2000-01-01,2000-01-02)')`, [
          b.id,
          x,
        ]),
      ).toBe('23505:booking_one_care_per_month');
      expect(await attempt(insert, [overlapping.id, x, 'CONFIRMED'])).toBe('23P01:booking_no_overlap');
      expect(await attempt(insert, [a.id, x, 'WAITLISTED'])).toBe('23505:booking_one_active_per_session');
      expect(await attempt(`UPDATE session SET confirmed_count = 0 WHERE id = $1`, [a.id])).toBe('23514:session_counts_maintained');
      expect(await attempt(`UPDATE session SET capacity = 0 WHERE id = $1`, [a.id])).toBe('23514:session_capacity_check');
      const pair = await newSession(lead, north(), { kind: 'INTERVISION', ...range(amsterdam(4, 8, 10), 60), capacity: 2 });
      expect(await attempt(insert, [pair.id, x, 'CONFIRMED'])).toBe('ok');
      expect(await attempt(insert, [pair.id, y, 'CONFIRMED'])).toBe('ok');
      expect(await attempt(`UPDATE session SET capacity = 1 WHERE id = $1`, [pair.id])).toBe('23514:session_confirmed_within_capacity');
      expect(await attempt(`UPDATE booking SET status = 'WAITLISTED' WHERE session_id = $1 AND user_id = $2`, [a.id, x])).toBe(
        '23514:booking_no_demotion',
      );
      expect(await attempt(`UPDATE booking SET session_id = $2 WHERE session_id = $1 AND user_id = $3`, [a.id, b.id, x])).toBe(
        '23514:booking_owner_fixed',
      );
      expect(await attempt(`UPDATE booking SET status = 'CANCELLED' WHERE session_id = $1 AND user_id = $2`, [a.id, x])).toBe('ok');
      expect(await attempt(`UPDATE booking SET status = 'CONFIRMED' WHERE session_id = $1 AND user_id = $2`, [a.id, x])).toBe(
        '23514:booking_cancel_final',
      );
      await lead.ok(CANCEL_SESSION, { id: b.id, reason: 'Vervalt' });
      expect(await attempt(insert, [b.id, y, 'CONFIRMED'])).toBe('23514:booking_session_not_cancelled');
      expect(await seatCounts(t.db, a.id)).toEqual({ capacity: 1, counter: 0, confirmed: 0, waitlisted: 0 });
    } finally {
      await raw.end();
    }
  });
});
