import { randomUUID } from 'node:crypto';
import { Injectable, type OnModuleInit } from '@nestjs/common';
import type PgBoss from 'pg-boss';
import { DataSource, QueryFailedError, type EntityManager } from 'typeorm';
import {
  DomainError,
  ErrorCode,
  assertAttendanceMarkable,
  assertBookable,
  assertBookingCancellable,
  assertSeatAllowed,
  canSeeAllBookings,
  canSeeAttendees,
  conflict,
  forbidden,
  notFound,
  seatsLeft,
  statusForNewBooking,
  unauthenticated,
  waitlistOrder,
  type BookingStatus,
  type SessionKind,
  type Viewer,
} from '@attune/domain';
import { AccessService } from '../../common/access.service';
import { preparedQuery } from '../../database/prepared';
import type { AuthUser, GqlContext } from '../../common/context';
import { JobQueue } from '../notification/job-queue.service';
import type { OutgoingMessage } from '../notification/outbox.service';
import { BookingNotifier, type RecipientRow } from './booking-notifier';
import { BookingReminders } from './booking-reminders';
import { BOOKING_COLUMNS, BOOKING_ORDER, type BookingRow, type BookingScope } from './booking.mapper';
import { jsonTimestamptz } from '../../database/timestamps';

/** The session row as a booking transaction locks it (`FOR UPDATE`), with its team. */
export interface LockedSession {
  id: string;
  team_id: string;
  team_name: string;
  team_time_zone: string;
  kind: SessionKind;
  title: string;
  starts_at: Date;
  ends_at: Date;
  time_zone: string;
  location: string | null;
  video_url: string | null;
  capacity: number;
  confirmed_count: number;
  waitlist_count: number;
  facilitator_id: string | null;
  min_notice_minutes: number;
  revision: number;
  cancelled_at: Date | null;
}

/** Who a session shows to a viewer: enough to decide the visibility rules. */
export interface SessionScope {
  id: string;
  teamId: string;
  facilitatorId: string | null;
}

export interface Attendee {
  id: string;
  displayName: string;
}

const LOCK_SESSION = `
  SELECT s.id, s.team_id, t.name AS team_name, t.time_zone AS team_time_zone, s.kind, s.title, s.starts_at, s.ends_at,
         s.time_zone, s.location, s.video_url, s.capacity, s.confirmed_count, s.waitlist_count, s.facilitator_id,
         s.min_notice_minutes, s.revision, s.cancelled_at
    FROM session s JOIN team t ON t.id = s.team_id
   WHERE s.id = $1
     FOR UPDATE OF s`;

/** How often `bookSession` starts over when the session keeps changing under it. */
const BOOK_ATTEMPTS = 3;

/**
 * Everything `bookSession` needs before it takes the lock, in one unlocked read: the session
 * ($1) with what its confirmation mail shows, the member ($2) with their mail address, language
 * and reminder lead time, the calendar SEQUENCE their new booking will have (BOOKING_SEQUENCE:
 * every booking of theirs there so far is earlier), and their confirmed bookings of other
 * sessions that overlap this one or are a CARE session of its team in the same month.
 * `version` is `updated_at` to the microsecond, for BOOK_LOCKED to tell whether the session
 * changed since.
 */
const PREPARE_BOOKING = `
  SELECT s.id, s.team_id, t.time_zone AS team_time_zone, s.kind, s.title, s.starts_at, s.ends_at, s.time_zone, s.location,
         s.video_url, s.capacity, s.confirmed_count, s.min_notice_minutes, s.cancelled_at, s.updated_at, s.updated_at::text AS version, s.revision,
         t.name AS team_name, f.display_name AS facilitator_name,
         u.email, u.display_name, u.locale, u.time_zone AS user_time_zone, u.reminder_minutes_before AS reminder_minutes,
         (SELECT count(*)::int FROM booking p WHERE p.session_id = s.id AND p.user_id = u.id) AS earlier_bookings,
         (SELECT COALESCE(json_agg(json_build_object('session_id', b.session_id, 'team_id', b.team_id, 'kind', b.kind,
                                                     'starts_at', lower(b.during), 'ends_at', upper(b.during))), '[]'::json)
            FROM booking b
           WHERE b.user_id = u.id AND b.status = 'CONFIRMED' AND b.session_id <> s.id
             AND (b.during && tstzrange(s.starts_at, s.ends_at, '[)')
                  OR (b.kind = 'CARE' AND b.team_id = s.team_id AND b.care_month = date_trunc('month', s.starts_at AT TIME ZONE t.time_zone)::date))
         ) AS mine
    FROM session s JOIN team t ON t.id = s.team_id LEFT JOIN app_user f ON f.id = s.facilitator_id
         JOIN app_user u ON u.id = $2
   WHERE s.id = $1`;

interface BookingPreparation {
  id: string;
  team_id: string;
  team_time_zone: string;
  kind: SessionKind;
  title: string;
  starts_at: Date;
  ends_at: Date;
  time_zone: string;
  location: string | null;
  video_url: string | null;
  capacity: number;
  confirmed_count: number;
  min_notice_minutes: number;
  cancelled_at: Date | null;
  updated_at: Date;
  version: string;
  revision: number;
  team_name: string;
  facilitator_name: string | null;
  email: string;
  display_name: string;
  locale: string;
  user_time_zone: string;
  reminder_minutes: number | null;
  earlier_bookings: number;
  mine: { session_id: string; team_id: string; kind: SessionKind; starts_at: string; ends_at: string }[];
}

/**
 * BOOK_LOCKED. Locks session $1 and, if what PREPARE_BOOKING read still holds — the
 * session's version $5, and the member's $16 bookings of it that the mail's calendar SEQUENCE
 * counted — books member $2 (booking id $3, name $4) in one statement: a seat while confirmed_count < capacity (as
 * `statusForNewBooking`), else the waitlist; with $7 only the waitlist (a seat inserts nothing).
 * A seat gets reminder job $6 (null: none) and its confirmation mail ($8…$15 with id $17,
 * written before the lock; null $8: none); with the mail come its jobs, $18 (pg-boss's own
 * insert, see `onModuleInit`: the mail's delivery job and the reminder job). A second active
 * booking of the same session is refused by its unique index (no row in `b`).
 *
 * The decision reads the locked row: PostgreSQL hands FOR UPDATE the row's latest committed
 * version after waiting for the lock, whereas the rest of the statement sees the snapshot from
 * before the wait. So the waitlist position comes from the locked row's `waitlist_count` too:
 * with the lock held every other booking of the session is committed and queued before this
 * one, so it is their number plus one (what BOOKING_COLUMNS counts afterwards).
 */
const bookLockedSql = (insertJobs: string): string => `
  WITH s AS (
    SELECT id, capacity, confirmed_count, waitlist_count,
           updated_at = $5::timestamptz
             AND (SELECT count(*) FROM booking p WHERE p.session_id = $1 AND p.user_id = $2) = $16::int AS unchanged
      FROM session
     WHERE id = $1
       FOR UPDATE
  ), d AS (
    SELECT s.*, CASE WHEN s.confirmed_count < s.capacity THEN 'CONFIRMED' ELSE 'WAITLISTED' END AS status FROM s
  ), b AS (
    INSERT INTO booking (id, session_id, user_id, status, reminder_job_id)
    SELECT $3::uuid, d.id, $2::uuid, d.status, CASE WHEN d.status = 'CONFIRMED' THEN $6::uuid END
      FROM d
     WHERE d.unchanged AND (d.status = 'WAITLISTED' OR NOT $7::boolean)
    ON CONFLICT (session_id, user_id) WHERE status IN ('CONFIRMED', 'WAITLISTED') DO NOTHING
    RETURNING *
  ), mail AS (
    INSERT INTO outbox_message
      (id, idempotency_key, kind, recipient_email, recipient_user_id, locale, subject, body_text, body_html, attachments)
    SELECT $17::uuid, $8::text, $9::text, $10::text, b.user_id, $11::text, $12::text, $13::text, $14::text, $15::jsonb
      FROM b
     WHERE b.status = 'CONFIRMED' AND $8::text IS NOT NULL
    ON CONFLICT (idempotency_key) DO NOTHING
    RETURNING id
  ), jobs AS (${insertJobs})
  SELECT d.unchanged, d.status AS decided,
         b.id, b.session_id, b.user_id, $4::text AS display_name, b.team_id, b.status,
         CASE WHEN b.status = 'WAITLISTED' THEN d.waitlist_count + 1 END AS waitlist_position,
         b.created_at, b.confirmed_at, b.cancelled_at, b.attended, b.attendance_marked_at
    FROM d LEFT JOIN b ON true`;

/** A row of BOOK_LOCKED: the booking's columns are null when nothing was inserted. */
interface LockedBooking extends Omit<BookingRow, 'id'> {
  unchanged: boolean;
  decided: 'CONFIRMED' | 'WAITLISTED';
  id: string | null;
}

/** BOOK_LOCKED's statement, and the values of its parameters after the 18th (pg-boss's). */
interface BookLocked {
  sql: string;
  jobParams: unknown[];
}

/** The booking BOOK_LOCKED inserted; none (the session being unchanged) means the member already has one. */
function bookedOrRefused(r: LockedBooking): BookingRow {
  const { unchanged: _unchanged, decided: _decided, id, ...rest } = r;
  if (!id) {
    throw new DomainError(ErrorCode.CONFLICT, 'You already have a booking for this session', undefined, { reason: 'ALREADY_BOOKED' });
  }
  return { ...rest, id };
}

const SEAT_CONSTRAINTS = new Set(['booking_no_overlap', 'booking_one_care_per_month']);

function pgError(e: unknown): { code?: string; constraint?: string } {
  return e instanceof QueryFailedError ? ((e as QueryFailedError & { driverError?: { code?: string; constraint?: string } }).driverError ?? {}) : {};
}

function requireUser(ctx: GqlContext): AuthUser {
  if (!ctx.user) throw unauthenticated();
  return ctx.user;
}

/**
 * Seats and the waitlist. Every change to a session's bookings runs in one transaction that
 * first locks the session row, so decisions (confirm or waitlist, who is promoted) see every
 * earlier committed change; the database constraints hold even if code forgot to lock.
 */
@Injectable()
export class BookingService implements OnModuleInit {
  constructor(
    private readonly ds: DataSource,
    private readonly access: AccessService,
    private readonly notifier: BookingNotifier,
    private readonly reminders: BookingReminders,
    private readonly jobs: JobQueue,
  ) {}

  /** BOOK_LOCKED, put together at start: its jobs are written by pg-boss's own insert, gated on the mail. */
  private bookLocked!: BookLocked;

  /** A pg-boss whose insert statement `embeddableInsert` does not know stops the API from starting. */
  async onModuleInit(): Promise<void> {
    const { sql, params } = await this.jobs.embeddableInsert(18, (jobs) => `(SELECT ${jobs} FROM mail)`);
    this.bookLocked = { sql: bookLockedSql(sql), jobParams: params };
  }

  /** Locks the session row for the rest of the transaction. */
  async lockSession(m: EntityManager, sessionId: string): Promise<LockedSession> {
    const rows: LockedSession[] = await m.query(LOCK_SESSION, [sessionId]);
    const s = rows[0];
    if (!s) throw notFound('Session');
    return s;
  }

  async readBooking(m: EntityManager, id: string): Promise<BookingRow> {
    const rows: BookingRow[] = await m.query(`SELECT ${BOOKING_COLUMNS} FROM booking b WHERE b.id = $1`, [id]);
    const row = rows[0];
    if (!row) throw notFound('Booking');
    return row;
  }

  /**
   * Books a seat, or a place on the waitlist when the session is full. Every booking of a
   * session queues on its row lock, and under load each round trip made while holding it also
   * waits for the busy event loop, so the lock is held for no round trip at all:
   *
   * 1. One unlocked read: the session, the member, and their confirmed bookings that clash
   *    with it. The rules are checked on it (bookable, no overlap, one CARE session a month); a
   *    member racing their own bookings is still refused by the database constraints, which map
   *    to CONFLICT as before. Unless the session looks full, the confirmation mail and its jobs
   *    (delivery, reminder) are written from it too.
   * 2. One autocommit statement that locks the session, decides seat or waitlist from the
   *    locked row and inserts the booking, and for a seat its mail and jobs (BOOK_LOCKED): the
   *    lock is held only while PostgreSQL runs it and commits. It inserts nothing if the session
   *    changed since step 1 (`updated_at`: every edit and cancellation sets it) or the member's
   *    bookings of it did (the mail's SEQUENCE counts them), and then the whole booking starts
   *    over, so the rules are always checked on the session as it is booked. When step 1 saw the
   *    session full, the statement only waitlists; if a seat has come free meanwhile it inserts
   *    nothing and is sent again with the seat's mail.
   */
  async bookSession(ctx: GqlContext, sessionId: string): Promise<BookingRow> {
    const user = requireUser(ctx);
    for (let attempt = 1; ; attempt += 1) {
      const booking = await this.tryBook(user, sessionId);
      if (booking) return booking;
      // The session was edited between the read and the lock, again and again.
      if (attempt === BOOK_ATTEMPTS) throw conflict('This session is being changed; please try again');
    }
  }

  /** One pass of `bookSession`: the booking, or null when the session changed before it was locked. */
  private async tryBook(user: AuthUser, sessionId: string): Promise<BookingRow | null> {
    const [s] = await preparedQuery<BookingPreparation>(this.ds, PREPARE_BOOKING, [sessionId, user.id]);
    if (!s) throw notFound('Session');
    const now = new Date();
    assertBookable({ startsAt: s.starts_at, endsAt: s.ends_at, cancelledAt: s.cancelled_at, minNoticeMinutes: s.min_notice_minutes }, now);
    // A member who could not take the seat (overlap, or this month's CARE session already
    // booked) is refused now rather than queued for a seat they could never hold.
    assertSeatAllowed(
      { sessionId: s.id, teamId: s.team_id, kind: s.kind, startsAt: s.starts_at, endsAt: s.ends_at },
      s.mine.map((r) => ({ sessionId: r.session_id, teamId: r.team_id, kind: r.kind, startsAt: new Date(r.starts_at), endsAt: new Date(r.ends_at) })),
      s.team_time_zone,
    );
    const bookingId = randomUUID();
    // Used only if the booking gets a seat; valid as long as the session is unchanged (step 2 checks).
    const reminder = this.reminders.jobFor(bookingId, s.starts_at, s.reminder_minutes, now);
    // BOOK_LOCKED: the locked row's decision, or null when the session or the member's bookings
    // of it changed since the read (then the booking starts over).
    const lock = async (waitlistOnly: boolean, mail: { id: string; message: OutgoingMessage; jobs: PgBoss.JobInsert[] } | null): Promise<LockedBooking | null> => {
      const [r] = await preparedQuery<LockedBooking>(this.ds, this.bookLocked.sql, [
        s.id,
        user.id,
        bookingId,
        user.displayName,
        s.version,
        reminder?.id ?? null,
        waitlistOnly,
        mail?.message.idempotencyKey ?? null,
        mail?.message.kind ?? null,
        mail?.message.recipientEmail ?? null,
        mail?.message.locale ?? null,
        mail?.message.subject ?? null,
        mail?.message.text ?? null,
        mail?.message.html ?? null,
        JSON.stringify(mail?.message.attachments ?? []),
        s.earlier_bookings,
        mail?.id ?? null,
        mail ? JSON.stringify(mail.jobs) : null,
        ...this.bookLocked.jobParams,
      ]);
      if (!r) throw notFound('Session');
      return r.unchanged ? r : null;
    };

    if (statusForNewBooking(s.capacity, s.confirmed_count) === 'WAITLISTED') {
      const r = await lock(true, null);
      if (!r) return null;
      if (r.decided === 'WAITLISTED') return bookedOrRefused(r);
      // A seat came free since the read: book it, with its mail and reminder.
    }
    // The confirmation mail and its jobs are written now, before the lock, as the seat would
    // have them; they are inserted only if the booking gets the seat.
    const mailId = randomUUID();
    const mail = {
      id: mailId,
      message: this.notifier.message('BOOKING_CONFIRMED', this.calendarRow(s, bookingId, user.id), true, `booking-confirmed:${bookingId}`),
      jobs: [this.notifier.deliveryJob(mailId), ...(reminder ? [reminder] : [])],
    };
    const r = await lock(false, mail);
    return r ? bookedOrRefused(r) : null;
  }

  /** The new booking's calendar entry as the notifier would read it once booked. */
  private calendarRow(s: BookingPreparation, bookingId: string, userId: string): RecipientRow {
    return {
      booking_id: bookingId,
      user_id: userId,
      status: 'CONFIRMED',
      session_id: s.id,
      title: s.title,
      starts_at: s.starts_at,
      ends_at: s.ends_at,
      time_zone: s.time_zone,
      location: s.location,
      video_url: s.video_url,
      cancelled_at: s.cancelled_at,
      updated_at: s.updated_at,
      team_name: s.team_name,
      facilitator_name: s.facilitator_name,
      // BOOKING_SEQUENCE with every existing booking of the member there counted as earlier.
      sequence: s.revision - 1 + 2 * s.earlier_bookings,
      email: s.email,
      display_name: s.display_name,
      locale: s.locale,
      user_time_zone: s.user_time_zone,
    };
  }

  /**
   * Gives up a seat or waitlist place (the member, or a lead of the team). A freed seat goes to
   * the first waitlisted member in the same transaction.
   */
  async cancelBooking(ctx: GqlContext, bookingId: string): Promise<BookingRow> {
    const user = requireUser(ctx);
    return this.ds.transaction(async (m) => {
      const found: { session_id: string }[] = await m.query(`SELECT session_id FROM booking WHERE id = $1`, [bookingId]);
      if (!found[0]) throw notFound('Booking');
      const s = await this.lockSession(m, found[0].session_id);
      const [b] = (await m.query(`SELECT user_id, status FROM booking WHERE id = $1 FOR UPDATE`, [bookingId])) as [
        { user_id: string; status: BookingStatus },
      ];
      if (b.user_id !== user.id && (await this.access.roleIn(ctx, s.team_id)) !== 'LEAD') {
        throw forbidden('You can only cancel your own booking');
      }
      assertBookingCancellable(b.status, { startsAt: s.starts_at }, new Date());
      await m.query(`UPDATE booking SET status = 'CANCELLED' WHERE id = $1`, [bookingId]);
      if (b.status === 'CONFIRMED') {
        // The seat's calendar entry is withdrawn (METHOD:CANCEL), whoever gave it up.
        await this.reminders.cancel(m, [bookingId]);
        await this.notifier.send(m, 'BOOKING_CANCELLED', [{ bookingId, seat: true }], (t) => `booking-cancelled:${t.bookingId}`);
        await this.promoteWaitlisted(m, s);
      }
      return this.readBooking(m, bookingId);
    });
  }

  /**
   * Fills free seats from the waitlist, first come first served. Call with the session row
   * locked. A waitlisted member who cannot take the seat now (an overlapping confirmed booking,
   * or this month's CARE session) is skipped and keeps their place: each promotion runs under a
   * savepoint, so the database constraints decide, race-free.
   */
  async promoteWaitlisted(m: EntityManager, s: LockedSession): Promise<string[]> {
    if (s.cancelled_at) return [];
    const [counts] = (await m.query(`SELECT capacity, confirmed_count FROM session WHERE id = $1`, [s.id])) as [
      { capacity: number; confirmed_count: number },
    ];
    let free = seatsLeft(counts.capacity, counts.confirmed_count);
    if (free === 0) return [];
    const rows: { id: string; user_id: string; waitlist_seq: string }[] = await m.query(
      `SELECT id, user_id, waitlist_seq FROM booking WHERE session_id = $1 AND status = 'WAITLISTED' ORDER BY waitlist_seq`,
      [s.id],
    );
    const promoted: { id: string; userId: string }[] = [];
    for (const w of waitlistOrder(rows.map((r) => ({ id: r.id, userId: r.user_id, seq: Number(r.waitlist_seq) })))) {
      if (free === 0) break;
      if (await this.tryConfirm(m, w.id)) {
        promoted.push(w);
        free -= 1;
      }
    }
    const ids = promoted.map((p) => p.id);
    await this.notifier.send(m, 'PROMOTED_FROM_WAITLIST', ids.map((id) => ({ bookingId: id, seat: true })), (t) => `booking-promoted:${t.bookingId}`);
    await this.reminders.schedule(m, ids);
    return ids;
  }

  private async tryConfirm(m: EntityManager, bookingId: string): Promise<boolean> {
    await m.query('SAVEPOINT promote_one');
    try {
      await m.query(`UPDATE booking SET status = 'CONFIRMED' WHERE id = $1`, [bookingId]);
      await m.query('RELEASE SAVEPOINT promote_one');
      return true;
    } catch (e) {
      const { constraint } = pgError(e);
      if (!constraint || !SEAT_CONSTRAINTS.has(constraint)) throw e;
      await m.query('ROLLBACK TO SAVEPOINT promote_one');
      await m.query('RELEASE SAVEPOINT promote_one');
      return false;
    }
  }

  /** The session's active bookings (locked), for telling their members about the session. */
  private async activeBookings(m: EntityManager, sessionId: string): Promise<{ id: string; status: BookingStatus }[]> {
    return m.query(
      `SELECT id, status FROM booking WHERE session_id = $1 AND status IN ('CONFIRMED', 'WAITLISTED') ORDER BY id FOR UPDATE`,
      [sessionId],
    );
  }

  /**
   * Cancels every active booking of a session that is being cancelled (call after raising its
   * revision), and tells each member: a calendar cancellation for those who held a seat.
   */
  async cancelAllForSession(m: EntityManager, s: LockedSession, reason: string): Promise<number> {
    const rows = await this.activeBookings(m, s.id);
    await m.query(`UPDATE booking SET status = 'CANCELLED' WHERE id = ANY($1::uuid[])`, [rows.map((r) => r.id)]);
    await this.reminders.cancel(m, rows.filter((r) => r.status === 'CONFIRMED').map((r) => r.id));
    await this.notifier.send(
      m,
      'SESSION_CANCELLED',
      rows.map((r) => ({ bookingId: r.id, seat: r.status === 'CONFIRMED' })),
      (t) => `session-cancelled:${s.id}:${t.userId}`,
      { reason },
    );
    return rows.length;
  }

  /**
   * Tells every member holding a seat or waitlist place that the time or place changed: an
   * updated invitation (higher SEQUENCE) for those with a seat.
   */
  async notifySessionChanged(m: EntityManager, s: LockedSession): Promise<void> {
    const rows = await this.activeBookings(m, s.id);
    await this.notifier.send(
      m,
      'SESSION_CHANGED',
      rows.map((r) => ({ bookingId: r.id, seat: r.status === 'CONFIRMED' })),
      (t) => `session-changed:${s.id}:${s.revision}:${t.userId}`,
    );
  }

  /** Marks whether a confirmed member attended: the facilitator or a lead, once the session started. */
  async markAttendance(ctx: GqlContext, bookingId: string, attended: boolean): Promise<BookingRow> {
    const user = requireUser(ctx);
    const rows: { status: BookingStatus; team_id: string; starts_at: Date; cancelled_at: Date | null; facilitator_id: string | null }[] =
      await this.ds.query(
        `SELECT b.status, s.team_id, s.starts_at, s.cancelled_at, s.facilitator_id
           FROM booking b JOIN session s ON s.id = b.session_id WHERE b.id = $1`,
        [bookingId],
      );
    const r = rows[0];
    if (!r) throw notFound('Booking');
    const isLead = (await this.access.roleIn(ctx, r.team_id)) === 'LEAD';
    assertAttendanceMarkable(
      { isLead, isFacilitator: r.facilitator_id === user.id },
      { startsAt: r.starts_at, cancelledAt: r.cancelled_at },
      r.status,
      new Date(),
    );
    const updated: unknown[] = await this.ds.query(
      `WITH u AS (
         UPDATE booking SET attended = $2, attendance_marked_by = $3, attendance_marked_at = now()
          WHERE id = $1 AND status = 'CONFIRMED' RETURNING id
       ) SELECT id FROM u`,
      [bookingId, attended, user.id],
    );
    if (updated.length === 0) throw conflict('Only confirmed bookings have attendance');
    return this.readBooking(this.ds.manager, bookingId);
  }

  /**
   * My bookings in teams I still belong to. `upcoming`: true → sessions not yet ended (soonest
   * first); false → ended ones (latest first); null → all.
   */
  async myBookings(ctx: GqlContext, upcoming: boolean | null, includeCancelled: boolean): Promise<BookingRow[]> {
    const user = requireUser(ctx);
    return this.ds.query(
      `SELECT ${BOOKING_COLUMNS}
         FROM booking b
        WHERE b.user_id = $1
          AND b.team_id IN (SELECT team_id FROM team_membership WHERE user_id = $1 AND left_at IS NULL)
          AND ($2::boolean IS NULL OR (upper(b.during) > now()) = $2::boolean)
          AND ($3::boolean OR b.status <> 'CANCELLED')
        ORDER BY lower(b.during) ${upcoming === false ? 'DESC' : 'ASC'}, b.created_at
        LIMIT 500`,
      [user.id, upcoming, includeCancelled],
    );
  }

  /**
   * Bookings of sessions as a page needs them, in one query per request: `all` gives a session's
   * every booking (status order: confirmed, waitlisted, cancelled; then queue order), `mine` only
   * the caller's active one. Attendees, the lead's booking list and "my booking" are all read
   * from this one loader, so a page costs one booking query whatever it asks for; what each
   * viewer may see is decided afterwards, per field, by the visibility rules.
   */
  private sessionBookings(ctx: GqlContext, scope: BookingScope, sessionId: string): Promise<SessionBookingRow[]> {
    return this.bySessionLoader(ctx).load(`${scope}:${sessionId}`);
  }

  private bySessionLoader(ctx: GqlContext) {
    const user = requireUser(ctx);
    return ctx.loaders.get<string, SessionBookingRow[]>('booking:bySession', async (keys) => {
      const all = new Set<string>();
      const mine = new Set<string>();
      for (const key of keys) (key.startsWith('all:') ? all : mine).add(key.slice(key.indexOf(':') + 1));
      for (const id of all) mine.delete(id);
      const rows = await preparedQuery<SessionBookingRow>(
        this.ds,
        `SELECT x.*, row_number() OVER (PARTITION BY x.session_id ORDER BY x.display_name, x.user_id)::int AS name_rank
           FROM (SELECT ${BOOKING_COLUMNS}, b.waitlist_seq
                   FROM booking b
                  WHERE b.session_id = ANY($1::uuid[])
                     OR (b.session_id = ANY($2::uuid[]) AND b.user_id = $3 AND b.status IN ('CONFIRMED', 'WAITLISTED'))) x
          ORDER BY ${BOOKING_ORDER}`,
        [[...all], [...mine], user.id],
      );
      const bySession = new Map<string, SessionBookingRow[]>();
      for (const r of rows) {
        const list = bySession.get(r.session_id);
        if (list) list.push(r);
        else bySession.set(r.session_id, [r]);
      }
      return keys.map((key) => {
        const list = bySession.get(key.slice(key.indexOf(':') + 1)) ?? [];
        return key.startsWith('all:') ? list : list.filter((r) => isOwnActive(r, user.id));
      });
    });
  }

  /** Gives this request's booking loader a session's bookings read with `sessionBookingsJson` (booking.mapper). */
  primeSessionBookings(ctx: GqlContext, scope: BookingScope, sessionId: string, json: readonly SessionBookingJson[]): void {
    const user = requireUser(ctx);
    const rows = json.map(fromJson);
    const loader = this.bySessionLoader(ctx);
    if (scope === 'all') loader.prime(`all:${sessionId}`, rows);
    loader.prime(`mine:${sessionId}`, rows.filter((r) => isOwnActive(r, user.id)));
  }

  /** The caller's active (confirmed or waitlisted) booking in a session; batched per request. */
  async myBookingIn(ctx: GqlContext, sessionId: string): Promise<BookingRow | null> {
    return (await this.sessionBookings(ctx, 'mine', sessionId))[0] ?? null;
  }

  /** Names of confirmed attendees: only for confirmed attendees, the facilitator and leads. */
  async attendeesVisibleTo(ctx: GqlContext, s: SessionScope): Promise<Attendee[]> {
    const user = requireUser(ctx);
    const [role, rows] = await Promise.all([this.access.roleIn(ctx, s.teamId), this.sessionBookings(ctx, 'all', s.id)]);
    const viewer: Viewer = {
      isLead: role === 'LEAD',
      isFacilitator: s.facilitatorId === user.id,
      ownStatus: rows.find((r) => isOwnActive(r, user.id))?.status ?? null,
    };
    if (!canSeeAttendees(viewer)) {
      throw forbidden('Only confirmed attendees, the facilitator and team leads see who attends');
    }
    return rows
      .filter((r) => r.status === 'CONFIRMED')
      .sort((a, b) => a.name_rank - b.name_rank)
      .map((r) => ({ id: r.user_id, displayName: r.display_name }));
  }

  /** Every booking of a session, with status and attendance: for the facilitator and leads. */
  async bookingsVisibleTo(ctx: GqlContext, s: SessionScope): Promise<BookingRow[]> {
    const user = requireUser(ctx);
    const isLead = (await this.access.roleIn(ctx, s.teamId)) === 'LEAD';
    if (!canSeeAllBookings({ isLead, isFacilitator: s.facilitatorId === user.id })) {
      throw forbidden('Only the facilitator and team leads see all bookings');
    }
    return this.sessionBookings(ctx, 'all', s.id);
  }
}

/** A booking row as the per-session loader reads it: with its rank by member name in the session. */
interface SessionBookingRow extends BookingRow {
  name_rank: number;
}

/** A SessionBookingRow as `sessionBookingsJson` (booking.mapper) gives it (times as ISO strings). */
export type SessionBookingJson = Omit<SessionBookingRow, 'created_at' | 'confirmed_at' | 'cancelled_at' | 'attendance_marked_at'> & {
  created_at: string;
  confirmed_at: string | null;
  cancelled_at: string | null;
  attendance_marked_at: string | null;
};

function fromJson(r: SessionBookingJson): SessionBookingRow {
  const date = (v: string | null): Date | null => (v === null ? null : jsonTimestamptz(v));
  return {
    ...r,
    created_at: date(r.created_at) as Date,
    confirmed_at: date(r.confirmed_at),
    cancelled_at: date(r.cancelled_at),
    attendance_marked_at: date(r.attendance_marked_at),
  };
}

function isOwnActive(r: BookingRow, userId: string): boolean {
  return r.user_id === userId && (r.status === 'CONFIRMED' || r.status === 'WAITLISTED');
}
