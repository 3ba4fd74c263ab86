import { Injectable } from '@nestjs/common';
import { DataSource, QueryFailedError, type EntityManager } from 'typeorm';
import {
  SERIES_MONTHS_DEFAULT,
  SERIES_MONTHS_MAX,
  assertCapacityCovers,
  badInput,
  conflict,
  expandMonthlySeries,
  formatTimeOfDay,
  formatYearMonth,
  hasStarted,
  isSeriesWeek,
  isWeekday,
  monthsBetween,
  notFound,
  parseYearMonth,
  unauthenticated,
  validateCancelReason,
  validateCapacity,
  validateLocation,
  validateMinNotice,
  validateMonthlyTimes,
  validateSeriesMonths,
  validateSessionInput,
  validateSessionKind,
  validateSessionTitle,
  validateTimeZone,
  validateVideoUrl,
  yearMonthOf,
} from '@attune/domain';
import type { AuthUser, GqlContext } from '../../common/context';
import { byKey } from '../../common/loaders';
import { preparedQuery } from '../../database/prepared';
import type { BookingScope } from '../booking/booking.mapper';
import { BookingService, type SessionBookingJson } from '../booking/booking.service';
import { BookingReminders } from '../booking/booking-reminders';
import { TeamService } from '../team/team.service';
import type { CreateSessionSeriesInput } from './dto/create-session-series.input';
import type { CreateSessionInput } from './dto/create-session.input';
import type { UpdateSessionInput } from './dto/update-session.input';
import { SESSION_COLUMNS, SESSION_FROM, sessionsInRangeSql, type SessionRow } from './session.mapper';
import type { SessionSeriesModel } from './session.model';

const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/iu;
const DAY_MS = 86_400_000;
/** Default window of `sessions` without from/to, and the widest window allowed. */
const DEFAULT_RANGE_DAYS = 92;
const MAX_RANGE_DAYS = 400;

/** What a session move would break for members already booked, in the lead's words. */
const MOVE_CONFLICTS: Record<string, string> = {
  booking_no_overlap: 'A member booked on this session has another confirmed session at the new time',
  booking_one_care_per_month: 'A member booked on this session already has another care session in that month',
};

function requireUser(ctx: GqlContext): AuthUser {
  if (!ctx.user) throw unauthenticated();
  return ctx.user;
}

/** Scheduling: single sessions and monthly series, their changes and cancellation. */
@Injectable()
export class SessionService {
  constructor(
    private readonly ds: DataSource,
    private readonly teams: TeamService,
    private readonly bookings: BookingService,
    private readonly reminders: BookingReminders,
  ) {}

  private loader(ctx: GqlContext) {
    return ctx.loaders.get<string, SessionRow | null>('session:byId', async (ids) => {
      const rows: SessionRow[] = await this.ds.query(`SELECT ${SESSION_COLUMNS} FROM ${SESSION_FROM} WHERE s.id = ANY($1::uuid[])`, [ids]);
      return byKey(ids, rows, (r) => r.id);
    });
  }

  sessionById(ctx: GqlContext, id: string): Promise<SessionRow | null> {
    return this.loader(ctx).load(id);
  }

  private async readSession(m: EntityManager, id: string): Promise<SessionRow> {
    const rows: SessionRow[] = await m.query(`SELECT ${SESSION_COLUMNS} FROM ${SESSION_FROM} WHERE s.id = $1`, [id]);
    const row = rows[0];
    if (!row) throw notFound('Session');
    return row;
  }

  /**
   * Sessions of a team that overlap [from, to), soonest first; default the coming three months.
   * With `withBookings`, each session's bookings come along in the same query (for the page's
   * myBooking / attendees / bookings fields, which still apply their own visibility rules).
   */
  async sessions(
    ctx: GqlContext,
    teamId: string,
    from: Date | null,
    to: Date | null,
    includeCancelled: boolean,
    withBookings: BookingScope | null = null,
  ): Promise<SessionRow[]> {
    const user = requireUser(ctx);
    const start = from ?? new Date();
    const end = to ?? new Date(start.getTime() + DEFAULT_RANGE_DAYS * DAY_MS);
    if (end.getTime() <= start.getTime()) throw badInput('to', '"to" must be after "from"');
    if (end.getTime() - start.getTime() > MAX_RANGE_DAYS * DAY_MS) throw badInput('to', `Ask for at most ${MAX_RANGE_DAYS} days at once`);
    const rows = await preparedQuery<SessionRow & { bookings_json?: SessionBookingJson[] }>(
      this.ds,
      sessionsInRangeSql(withBookings),
      [teamId, start, end, includeCancelled, ...(withBookings === 'mine' ? [user.id] : [])],
    );
    const loader = this.loader(ctx);
    return rows.map(({ bookings_json, ...session }) => {
      loader.prime(session.id, session);
      if (withBookings && bookings_json) this.bookings.primeSessionBookings(ctx, withBookings, session.id, bookings_json);
      return session;
    });
  }

  /** A current member of the team (any role), or BAD_USER_INPUT on facilitatorId. */
  private async facilitator(m: EntityManager, teamId: string, raw: string): Promise<string> {
    const id = raw.trim().toLowerCase();
    const refuse = () => badInput('facilitatorId', 'The facilitator must be a member of the team');
    if (!UUID_RE.test(id)) throw refuse();
    const rows: unknown[] = await m.query(`SELECT 1 FROM team_membership WHERE team_id = $1 AND user_id = $2 AND left_at IS NULL`, [teamId, id]);
    if (rows.length === 0) throw refuse();
    return id;
  }

  private async teamTimeZone(ctx: GqlContext, teamId: string): Promise<string> {
    const team = await this.teams.teamById(ctx, teamId);
    if (!team) throw notFound('Team');
    return team.timeZone;
  }

  async createSession(ctx: GqlContext, input: CreateSessionInput): Promise<SessionRow> {
    const user = requireUser(ctx);
    const teamId = input.teamId.toLowerCase();
    const draft = validateSessionInput(
      { ...input, timeZone: input.timeZone ?? (await this.teamTimeZone(ctx, teamId)) },
      { now: new Date(), requireFuture: true },
    );
    return this.ds.transaction(async (m) => {
      const facilitatorId = await this.facilitator(m, teamId, input.facilitatorId ?? user.id);
      const [row] = (await m.query(
        `INSERT INTO session (team_id, kind, title, starts_at, ends_at, time_zone, location, video_url, capacity,
                              facilitator_id, min_notice_minutes, created_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING id`,
        [
          teamId,
          draft.kind,
          draft.title,
          draft.startsAt,
          draft.endsAt,
          draft.timeZone,
          draft.location,
          draft.videoUrl,
          draft.capacity,
          facilitatorId,
          draft.minNoticeMinutes,
          user.id,
        ],
      )) as [{ id: string }];
      return this.readSession(m, row.id);
    });
  }

  /**
   * Creates a monthly series and its sessions for `months` months from `firstMonth` (default
   * the current month). Each occurrence keeps its local wall-clock time across DST changes;
   * occurrences already past are skipped.
   */
  async createSessionSeries(ctx: GqlContext, input: CreateSessionSeriesInput): Promise<{ series: Omit<SessionSeriesModel, 'sessions'>; sessions: SessionRow[] }> {
    const user = requireUser(ctx);
    const teamId = input.teamId.toLowerCase();
    const kind = validateSessionKind(input.kind);
    const title = validateSessionTitle(input.title);
    const timeZone = validateTimeZone(input.timeZone ?? (await this.teamTimeZone(ctx, teamId)));
    if (!isSeriesWeek(input.week)) throw badInput('week', 'Week must be FIRST, SECOND, THIRD, FOURTH or LAST');
    if (!isWeekday(input.weekday)) throw badInput('weekday', 'Unknown weekday');
    const { start, end } = validateMonthlyTimes(input.startTime, input.endTime);
    const location = validateLocation(input.location);
    const videoUrl = validateVideoUrl(input.videoUrl);
    const capacity = validateCapacity(input.capacity);
    const minNoticeMinutes = validateMinNotice(input.minNoticeMinutes ?? 0);
    const months = validateSeriesMonths(input.months ?? SERIES_MONTHS_DEFAULT);
    const now = new Date();
    const current = yearMonthOf(now, timeZone);
    const first = input.firstMonth ? parseYearMonth(input.firstMonth, 'firstMonth') : current;
    const ahead = monthsBetween(current, first);
    if (ahead < 0) throw badInput('firstMonth', 'A series cannot start in a past month');
    if (ahead > SERIES_MONTHS_MAX) throw badInput('firstMonth', `A series starts at most ${SERIES_MONTHS_MAX} months ahead`);

    const occurrences = expandMonthlySeries({ week: input.week, weekday: input.weekday, start, end, timeZone }, first, months).filter(
      (o) => o.startsAt.getTime() > now.getTime(),
    );
    if (occurrences.length === 0) throw badInput('months', 'This series has no dates in the future');

    return this.ds.transaction(async (m) => {
      const facilitatorId = await this.facilitator(m, teamId, input.facilitatorId ?? user.id);
      const [series] = (await m.query(
        `INSERT INTO session_series (team_id, kind, title, week_of_month, weekday, start_time, end_time, time_zone, location,
                                     video_url, capacity, facilitator_id, min_notice_minutes, first_month, months, created_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16) RETURNING id`,
        [
          teamId,
          kind,
          title,
          input.week,
          input.weekday,
          formatTimeOfDay(start),
          formatTimeOfDay(end),
          timeZone,
          location,
          videoUrl,
          capacity,
          facilitatorId,
          minNoticeMinutes,
          `${formatYearMonth(first)}-01`,
          months,
          user.id,
        ],
      )) as [{ id: string }];
      await m.query(
        `INSERT INTO session (team_id, series_id, kind, title, starts_at, ends_at, time_zone, location, video_url, capacity,
                              facilitator_id, min_notice_minutes, created_by)
         SELECT $1, $2, $3, $4, o.starts_at, o.ends_at, $5, $6, $7, $8, $9, $10, $11
           FROM unnest($12::timestamptz[], $13::timestamptz[]) AS o(starts_at, ends_at)`,
        [
          teamId,
          series.id,
          kind,
          title,
          timeZone,
          location,
          videoUrl,
          capacity,
          facilitatorId,
          minNoticeMinutes,
          user.id,
          occurrences.map((o) => o.startsAt.toISOString()),
          occurrences.map((o) => o.endsAt.toISOString()),
        ],
      );
      const sessions: SessionRow[] = await m.query(
        `SELECT ${SESSION_COLUMNS} FROM ${SESSION_FROM} WHERE s.series_id = $1 ORDER BY s.starts_at`,
        [series.id],
      );
      return {
        series: {
          id: series.id,
          teamId,
          kind,
          title,
          week: input.week,
          weekday: input.weekday,
          startTime: formatTimeOfDay(start),
          endTime: formatTimeOfDay(end),
          timeZone,
          firstMonth: formatYearMonth(first),
          months,
        },
        sessions,
      };
    });
  }

  /**
   * Changes a session that has not started. Capacity never drops below the confirmed count;
   * a raise promotes from the waitlist; a new time or place is sent to everyone booked.
   */
  async updateSession(ctx: GqlContext, id: string, input: UpdateSessionInput): Promise<SessionRow> {
    return this.ds.transaction(async (m) => {
      const s = await this.bookings.lockSession(m, id);
      const now = new Date();
      if (s.cancelled_at) throw conflict('This session has been cancelled');
      if (hasStarted({ startsAt: s.starts_at }, now)) throw conflict('This session has already started');
      const startsAt = input.startsAt ?? s.starts_at;
      const endsAt = input.endsAt ?? s.ends_at;
      const timesChanged = startsAt.getTime() !== s.starts_at.getTime() || endsAt.getTime() !== s.ends_at.getTime();
      const draft = validateSessionInput(
        {
          kind: s.kind,
          title: input.title ?? s.title,
          startsAt,
          endsAt,
          timeZone: input.timeZone ?? s.time_zone,
          location: input.location === undefined ? s.location : input.location,
          videoUrl: input.videoUrl === undefined ? s.video_url : input.videoUrl,
          capacity: input.capacity ?? s.capacity,
          minNoticeMinutes: input.minNoticeMinutes ?? s.min_notice_minutes,
        },
        { now, requireFuture: timesChanged },
      );
      assertCapacityCovers(draft.capacity, s.confirmed_count);
      const facilitatorId = input.facilitatorId ? await this.facilitator(m, s.team_id, input.facilitatorId) : s.facilitator_id;
      const placeChanged = timesChanged || draft.location !== s.location || draft.videoUrl !== s.video_url;
      try {
        await m.query(
          `UPDATE session SET title = $2, starts_at = $3, ends_at = $4, time_zone = $5, location = $6, video_url = $7,
                              capacity = $8, facilitator_id = $9, min_notice_minutes = $10,
                              revision = revision + $11, updated_at = now()
            WHERE id = $1`,
          [
            s.id,
            draft.title,
            draft.startsAt,
            draft.endsAt,
            draft.timeZone,
            draft.location,
            draft.videoUrl,
            draft.capacity,
            facilitatorId,
            draft.minNoticeMinutes,
            placeChanged ? 1 : 0,
          ],
        );
      } catch (e) {
        const constraint = e instanceof QueryFailedError ? (e as QueryFailedError & { driverError?: { constraint?: string } }).driverError?.constraint : undefined;
        const message = constraint ? MOVE_CONFLICTS[constraint] : undefined;
        if (message) throw conflict(message);
        throw e;
      }
      const updated = await this.bookings.lockSession(m, s.id);
      if (placeChanged) await this.bookings.notifySessionChanged(m, updated);
      if (timesChanged) await this.reminders.rescheduleSession(m, s.id);
      if (draft.capacity > s.capacity) await this.bookings.promoteWaitlisted(m, updated);
      return this.readSession(m, s.id);
    });
  }

  /** Cancels a session that has not started, with a reason; every booking is cancelled and told. */
  async cancelSession(ctx: GqlContext, id: string, rawReason: string): Promise<SessionRow> {
    const reason = validateCancelReason(rawReason);
    return this.ds.transaction(async (m) => {
      const s = await this.bookings.lockSession(m, id);
      if (s.cancelled_at) throw conflict('This session is already cancelled');
      if (hasStarted({ startsAt: s.starts_at }, new Date())) throw conflict('This session has already started');
      // A cancellation is a change of the calendar entry too: its SEQUENCE rises with the revision.
      await m.query(
        `UPDATE session SET cancelled_at = now(), cancel_reason = $2, revision = revision + 1, updated_at = now() WHERE id = $1`,
        [s.id, reason],
      );
      await this.bookings.cancelAllForSession(m, await this.bookings.lockSession(m, s.id), reason);
      return this.readSession(m, s.id);
    });
  }
}
