import { Pool } from 'pg';
import { QUEUES } from '../src/modules/notification/queues';
import { arrange, clientsFor, type GqlClient, startTestApp, type TestApp } from './harness';
import { BOOK, CANCEL_BOOKING, type BookingResult, book, newSession, seatCounts } from './session-helpers';

/** Many members at once: capacity and FIFO order must hold under real concurrency. */
describe('booking under concurrency', () => {
  let t: TestApp;
  let ids: Awaited<ReturnType<typeof arrange>>;
  let lead: GqlClient;
  let members: GqlClient[];
  const memberEmails = Array.from({ length: 50 }, (_, i) => `m${String(i).padStart(2, '0')}@test.nl`);

  beforeAll(async () => {
    t = await startTestApp({ DB_POOL_SIZE: '12' });
    ids = await arrange(t.db, {
      teams: ['North'],
      people: { 'lead@test.nl': { team: 'North', role: 'LEAD' }, ...Object.fromEntries(memberEmails.map((e) => [e, { team: 'North' }])) },
    });
    const c = await clientsFor(t.baseUrl, ['lead@test.nl', ...memberEmails]);
    lead = c['lead@test.nl']!;
    members = memberEmails.map((e) => c[e]!);
  }, 120_000);
  afterAll(() => t.close());

  it('50 members booking 8 seats at once: exactly 8 confirmed, 42 waitlisted 1..42, no errors; a cancel promotes number 1', async () => {
    const { id } = await newSession(lead, ids.teams.North!, { capacity: 8, kind: 'CARE', title: 'Zorgsessie' });
    const results = await Promise.all(members.map((m) => m.gql<{ bookSession: BookingResult }>(BOOK, { id })));
    expect(results.flatMap((r) => r.errors ?? [])).toEqual([]);
    const bookings = results.map((r) => r.data!.bookSession);
    const confirmed = bookings.filter((b) => b.status === 'CONFIRMED');
    const waitlisted = bookings.filter((b) => b.status === 'WAITLISTED');
    expect(confirmed).toHaveLength(8);
    expect(confirmed.every((b) => b.waitlistPosition === null)).toBe(true);
    expect(waitlisted.map((b) => b.waitlistPosition).sort((a, b) => a! - b!)).toEqual(Array.from({ length: 42 }, (_, i) => i + 1));
    expect(await seatCounts(t.db, id)).toEqual({ capacity: 8, counter: 8, confirmed: 8, waitlisted: 42 });

    // FIFO: positions follow the order in which the database queued them
    const order = await t.db.query<{ id: string }>(
      `SELECT id FROM booking WHERE session_id = $1 AND status = 'WAITLISTED' ORDER BY waitlist_seq`,
      [id],
    );
    const byPosition = [...waitlisted].sort((a, b) => a.waitlistPosition! - b.waitlistPosition!).map((b) => b.id);
    expect(order.rows.map((r) => r.id)).toEqual(byPosition);

    const first = waitlisted.find((b) => b.waitlistPosition === 1)!;
    const second = waitlisted.find((b) => b.waitlistPosition === 2)!;
    const leaverIndex = bookings.indexOf(confirmed[3]!);
    const cancelled = await members[leaverIndex]!.ok<{ cancelBooking: { status: string } }>(CANCEL_BOOKING, { id: confirmed[3]!.id });
    expect(cancelled.cancelBooking.status).toBe('CANCELLED');

    const promotedIndex = bookings.indexOf(first);
    const mine = await members[promotedIndex]!.ok<{ session: { myBooking: { id: string; status: string; waitlistPosition: number | null } } }>(
      `query($id: ID!) { session(id: $id) { myBooking { id status waitlistPosition } } }`,
      { id },
    );
    expect(mine.session.myBooking).toEqual({ id: first.id, status: 'CONFIRMED', waitlistPosition: null });
    const next = await members[bookings.indexOf(second)]!.ok<{ session: { myBooking: { waitlistPosition: number } } }>(
      `query($id: ID!) { session(id: $id) { myBooking { waitlistPosition } } }`,
      { id },
    );
    expect(next.session.myBooking.waitlistPosition).toBe(1);
    expect(await seatCounts(t.db, id)).toEqual({ capacity: 8, counter: 8, confirmed: 8, waitlisted: 41 });

    const mail = await t.db.query(`SELECT kind, recipient_user_id FROM outbox_message WHERE idempotency_key = $1`, [`booking-promoted:${first.id}`]);
    expect(mail.rows).toEqual([{ kind: 'BOOKING_PROMOTED', recipient_user_id: first.member.id }]);
    const confirmations = await t.db.query(`SELECT count(*)::int AS n FROM outbox_message WHERE kind = 'BOOKING_CONFIRMED' AND idempotency_key LIKE 'booking-confirmed:%'`);
    expect(confirmations.rows[0].n).toBe(8);
    // Only seats got jobs: every delivery job has its mail, every live reminder a seat.
    const jobs = await t.db.query<{ orphanDeliveries: number; reminders: number; reminderOfNoSeat: number }>(
      `SELECT count(*) FILTER (WHERE j.name = $2 AND NOT EXISTS (SELECT 1 FROM outbox_message o WHERE o.id = j.id))::int AS "orphanDeliveries",
              count(*) FILTER (WHERE j.name = $3 AND j.state <> 'cancelled' AND b.session_id = $1)::int AS reminders,
              count(*) FILTER (WHERE j.name = $3 AND j.state <> 'cancelled' AND b.session_id = $1 AND (b.status <> 'CONFIRMED' OR b.reminder_job_id IS DISTINCT FROM j.id))::int AS "reminderOfNoSeat"
         FROM pgboss.job j LEFT JOIN booking b ON b.id::text = j.data->>'bookingId'`,
      [id, QUEUES.outboxDelivery, QUEUES.sessionReminder],
    );
    const reminded = await t.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM booking WHERE session_id = $1 AND reminder_job_id IS NOT NULL`, [id]);
    expect(jobs.rows[0]).toEqual({ orphanDeliveries: 0, reminders: reminded.rows[0]!.n, reminderOfNoSeat: 0 });
  }, 60_000);

  it('with cancels interleaved, confirmed never exceeds capacity and every freed seat is refilled from the waitlist', async () => {
    const capacity = 5;
    const { id } = await newSession(lead, ids.teams.North!, { capacity });
    const early = members.slice(0, 10);
    const earlyBookings = await Promise.all(early.map((m) => book(m, id)));

    // Watch the committed state from outside while the race runs.
    const watcher = new Pool({ connectionString: t.config.databaseUrl, max: 1 });
    let maxSeen = 0;
    let watching = true;
    const watch = (async () => {
      while (watching) {
        const r = await watcher.query<{ n: number }>(`SELECT count(*)::int AS n FROM booking WHERE session_id = $1 AND status = 'CONFIRMED'`, [id]);
        maxSeen = Math.max(maxSeen, r.rows[0]!.n);
      }
    })();

    const rounds: Promise<unknown>[] = [];
    // the first ten cancel (confirmed and waitlisted alike) while forty others book
    earlyBookings.forEach((b, i) => rounds.push(early[i]!.gql(CANCEL_BOOKING, { id: b.id })));
    members.slice(10).forEach((m) => rounds.push(m.gql(BOOK, { id })));
    const settled = (await Promise.all(rounds)) as { errors?: unknown[] }[];
    watching = false;
    await watch;
    await watcher.end();

    expect(settled.flatMap((r) => r.errors ?? [])).toEqual([]);
    expect(maxSeen).toBeLessThanOrEqual(capacity);
    const counts = await seatCounts(t.db, id);
    expect(counts).toEqual({ capacity, counter: capacity, confirmed: capacity, waitlisted: 35 });
    const positions = await t.db.query<{ pos: number }>(
      `SELECT row_number() OVER (ORDER BY waitlist_seq)::int AS pos FROM booking WHERE session_id = $1 AND status = 'WAITLISTED'`,
      [id],
    );
    expect(positions.rows).toHaveLength(35);

    // and a second round: every confirmed member cancels at once while the rest stay queued
    const confirmedNow = await t.db.query<{ id: string; user_id: string }>(
      `SELECT id, user_id FROM booking WHERE session_id = $1 AND status = 'CONFIRMED'`,
      [id],
    );
    const clientOf = new Map(memberEmails.map((e, i) => [ids.users[e]!, members[i]!]));
    const again = await Promise.all(confirmedNow.rows.map((b) => clientOf.get(b.user_id)!.gql(CANCEL_BOOKING, { id: b.id })));
    expect(again.flatMap((r) => r.errors ?? [])).toEqual([]);
    expect(await seatCounts(t.db, id)).toEqual({ capacity, counter: capacity, confirmed: capacity, waitlisted: 30 });
  }, 60_000);

  it('the database alone refuses an overflow when twenty raw inserts race for three seats', async () => {
    const { id } = await newSession(lead, ids.teams.North!, { capacity: 3 });
    const raw = new Pool({ connectionString: t.config.databaseUrl, max: 10 });
    const outcomes = await Promise.all(
      memberEmails.slice(0, 20).map(async (e) => {
        try {
          await raw.query(`INSERT INTO booking (session_id, user_id, status) VALUES ($1, $2, 'CONFIRMED')`, [id, ids.users[e]]);
          return 'ok';
        } catch (err) {
          return `${(err as { code: string }).code}:${(err as { constraint: string }).constraint}`;
        }
      }),
    );
    await raw.end();
    expect(outcomes.filter((o) => o === 'ok')).toHaveLength(3);
    expect(new Set(outcomes.filter((o) => o !== 'ok'))).toEqual(new Set(['23514:session_confirmed_within_capacity']));
    expect(await seatCounts(t.db, id)).toEqual({ capacity: 3, counter: 3, confirmed: 3, waitlisted: 0 });
  }, 60_000);
});
