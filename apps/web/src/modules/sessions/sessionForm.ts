import {
  DomainError,
  SERIES_MONTHS_MAX,
  SESSION_CAPACITY_MAX,
  SESSION_CAPACITY_MIN,
  SESSION_LOCATION_MAX_LENGTH,
  SESSION_MAX_DURATION_MINUTES,
  SESSION_TITLE_MAX_LENGTH,
  addMonths,
  expandMonthlySeries,
  formatYearMonth,
  isTimeZone,
  localParts,
  monthsBetween,
  parseYearMonth,
  validateCapacity,
  validateLocation,
  validateMinNotice,
  validateMonthlyTimes,
  validateSeriesMonths,
  validateSessionInput,
  validateSessionTitle,
  validateVideoUrl,
  yearMonthOf,
  zonedTimeToInstant,
  type Occurrence,
  type SeriesWeek,
  type SessionKind,
  type Weekday,
} from '@attune/domain';
import type { SessionsText } from './texts';
import type { AppError } from '../../app/result';
import type { CreateSessionInput, CreateSessionSeriesInput, UpdateSessionInput } from '../../generated/graphql';

/**
 * The session form's values, checks and the inputs it sends. Checks run the same domain rules
 * the API runs and say what is wrong in the reader's words; field names are the API's, so a
 * server BAD_USER_INPUT lands on the same field.
 */

export type FormMode = 'single' | 'series';

export interface SessionFormValues {
  teamId: string;
  kind: SessionKind;
  title: string;
  /** Single: 'YYYY-MM-DD' in `timeZone`. */
  date: string | null;
  /** 'HH:MM' in `timeZone`. */
  startTime: string | null;
  endTime: string | null;
  /** Series. */
  week: SeriesWeek;
  weekday: Weekday;
  /** 'YYYY-MM' */
  firstMonth: string;
  months: number;
  timeZone: string;
  facilitatorId: string | null;
  capacity: number;
  location: string;
  videoUrl: string;
  minNoticeMinutes: number;
}

/** Form field name → problem text. Names: title, date, startsAt/endsAt (single), startTime/endTime (series), … */
export type Problems = Partial<Record<string, string>>;

const isDomainError = (e: unknown): e is DomainError => e instanceof DomainError;

function check(fn: () => unknown): DomainError | null {
  try {
    fn();
    return null;
  } catch (e) {
    if (isDomainError(e)) return e;
    throw e;
  }
}

function parseDateKey(date: string): { year: number; month: number; day: number } | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(date);
  return m ? { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) } : null;
}

function parseTime(time: string): { hour: number; minute: number } | null {
  const m = /^(\d{2}):(\d{2})$/u.exec(time);
  return m ? { hour: Number(m[1]), minute: Number(m[2]) } : null;
}

/** The instants a single session's date and times stand for in its zone (null while incomplete). */
export function singleInstants(v: Pick<SessionFormValues, 'date' | 'startTime' | 'endTime' | 'timeZone'>): { startsAt: Date; endsAt: Date } | null {
  const day = v.date ? parseDateKey(v.date) : null;
  const start = v.startTime ? parseTime(v.startTime) : null;
  const end = v.endTime ? parseTime(v.endTime) : null;
  if (!day || !start || !end || !isTimeZone(v.timeZone)) return null;
  return { startsAt: zonedTimeToInstant({ ...day, ...start }, v.timeZone), endsAt: zonedTimeToInstant({ ...day, ...end }, v.timeZone) };
}

export function titleProblem(t: SessionsText, value: string): string | null {
  const e = check(() => validateSessionTitle(value));
  if (!e) return null;
  const f = t.sessions.form.errors;
  if (value.trim() === '') return f.required;
  if (value.trim().replace(/\s+/gu, ' ').length > SESSION_TITLE_MAX_LENGTH) return f.titleTooLong(SESSION_TITLE_MAX_LENGTH);
  return f.invalidCharacters;
}

function placeProblems(t: SessionsText, v: SessionFormValues): Problems {
  const f = t.sessions.form.errors;
  const out: Problems = {};
  const loc = check(() => validateLocation(v.location));
  if (loc) out.location = v.location.trim().length > SESSION_LOCATION_MAX_LENGTH ? f.locationTooLong(SESSION_LOCATION_MAX_LENGTH) : f.invalidCharacters;
  if (check(() => validateVideoUrl(v.videoUrl))) out.videoUrl = f.videoUrl;
  return out;
}

function commonProblems(t: SessionsText, v: SessionFormValues): Problems {
  const f = t.sessions.form.errors;
  const out: Problems = { ...placeProblems(t, v) };
  const title = titleProblem(t, v.title);
  if (title) out.title = title;
  if (Number.isNaN(v.capacity)) out.capacity = f.required;
  else if (check(() => validateCapacity(v.capacity))) out.capacity = f.capacity(SESSION_CAPACITY_MIN, SESSION_CAPACITY_MAX);
  if (check(() => validateMinNotice(v.minNoticeMinutes))) out.minNoticeMinutes = f.minNotice;
  if (!isTimeZone(v.timeZone)) out.timeZone = f.timeZone;
  if (!v.facilitatorId) out.facilitatorId = f.facilitator;
  return out;
}

/** Text for a domain error on start/end: which rule failed. */
function timesText(t: SessionsText, e: DomainError, start: number, end: number): string {
  const f = t.sessions.form.errors;
  if (e.field === 'startsAt' || e.field === 'startTime') return e.field === 'startsAt' ? f.startInPast : f.timeRequired;
  return end <= start ? f.endBeforeStart : f.tooLong(SESSION_MAX_DURATION_MINUTES / 60);
}

/**
 * Problems of a single session. `original` (when editing) is where the session is now: a start
 * in the past is only refused when the times change (as the API does).
 */
export function singleProblems(
  t: SessionsText,
  v: SessionFormValues,
  now: Date,
  original?: { startsAt: string; endsAt: string },
): Problems {
  const f = t.sessions.form.errors;
  const out = commonProblems(t, v);
  if (!v.date) out.date = f.dateRequired;
  if (!v.startTime) out.startsAt = f.timeRequired;
  if (!v.endTime) out.endsAt = f.timeRequired;
  const instants = singleInstants(v);
  if (instants && !out.timeZone) {
    const moved =
      !original ||
      instants.startsAt.getTime() !== Date.parse(original.startsAt) ||
      instants.endsAt.getTime() !== Date.parse(original.endsAt);
    const e = check(() =>
      validateSessionInput(
        {
          kind: v.kind,
          title: 'x',
          startsAt: instants.startsAt,
          endsAt: instants.endsAt,
          timeZone: v.timeZone,
          capacity: 1,
        },
        { now, requireFuture: moved },
      ),
    );
    if (e && (e.field === 'startsAt' || e.field === 'endsAt')) {
      out[e.field] = timesText(t, e, instants.startsAt.getTime(), instants.endsAt.getTime());
    }
  }
  return out;
}

/** The occurrences a series would create, still in the future (as the API skips past ones). */
export function seriesOccurrences(v: SessionFormValues, now: Date): Occurrence[] | null {
  if (!isTimeZone(v.timeZone) || !v.startTime || !v.endTime) return null;
  try {
    const { start, end } = validateMonthlyTimes(v.startTime, v.endTime);
    const months = validateSeriesMonths(v.months);
    const first = parseYearMonth(v.firstMonth, 'firstMonth');
    return expandMonthlySeries({ week: v.week, weekday: v.weekday, start, end, timeZone: v.timeZone }, first, months).filter(
      (o) => o.startsAt.getTime() > now.getTime(),
    );
  } catch (e) {
    if (isDomainError(e)) return null;
    throw e;
  }
}

export function seriesProblems(t: SessionsText, v: SessionFormValues, now: Date): Problems {
  const f = t.sessions.form.errors;
  const out = commonProblems(t, v);
  if (!v.startTime) out.startTime = f.timeRequired;
  if (!v.endTime) out.endTime = f.timeRequired;
  if (v.startTime && v.endTime) {
    const e = check(() => validateMonthlyTimes(v.startTime ?? '', v.endTime ?? ''));
    if (e && (e.field === 'startTime' || e.field === 'endTime')) {
      const start = parseTime(v.startTime);
      const end = parseTime(v.endTime);
      out[e.field] = timesText(t, e, start ? start.hour * 60 + start.minute : 0, end ? end.hour * 60 + end.minute : 0);
    }
  }
  if (Number.isNaN(v.months)) out.months = f.required;
  else if (check(() => validateSeriesMonths(v.months))) out.months = f.months(SERIES_MONTHS_MAX);
  if (!out.timeZone) {
    let ahead = -1;
    check(() => (ahead = monthsBetween(yearMonthOf(now, v.timeZone), parseYearMonth(v.firstMonth, 'firstMonth'))));
    if (ahead < 0 || ahead > SERIES_MONTHS_MAX) out.firstMonth = f.firstMonthPast;
    else if (!out.startTime && !out.endTime && !out.months && seriesOccurrences(v, now)?.length === 0) out.months = f.noFutureDates;
  }
  return out;
}

/** The months a series can start in: this month (in the zone) and the next 24. */
export function firstMonthOptions(now: Date, timeZone: string): string[] {
  const current = yearMonthOf(now, isTimeZone(timeZone) ? timeZone : 'UTC');
  return Array.from({ length: SERIES_MONTHS_MAX + 1 }, (_, i) => formatYearMonth(addMonths(current, i)));
}

/** A server error as field problems (BAD_USER_INPUT on a field; CONFLICT on capacity). */
export function serverProblems(t: SessionsText, error: AppError | null, v: SessionFormValues, mode: FormMode, now: Date): Problems {
  if (!error) return {};
  const f = t.sessions.form.errors;
  if (error.code === 'CONFLICT' && error.reason === 'CAPACITY_BELOW_CONFIRMED') return { capacity: t.sessions.conflicts.CAPACITY_BELOW_CONFIRMED };
  if (error.code !== 'BAD_USER_INPUT' || !error.field) return {};
  // Prefer what the form itself finds wrong with the value now; else a fitting sentence.
  const own = (mode === 'single' ? singleProblems(t, v, now) : seriesProblems(t, v, now))[error.field];
  const fallback: Record<string, string> = {
    title: f.invalidCharacters,
    startsAt: f.startInPast,
    endsAt: f.endBeforeStart,
    startTime: f.timeRequired,
    endTime: f.endBeforeStart,
    capacity: f.capacity(SESSION_CAPACITY_MIN, SESSION_CAPACITY_MAX),
    location: f.locationTooLong(SESSION_LOCATION_MAX_LENGTH),
    videoUrl: f.videoUrl,
    timeZone: f.timeZone,
    facilitatorId: f.facilitator,
    minNoticeMinutes: f.minNotice,
    months: f.noFutureDates,
    firstMonth: f.firstMonthPast,
  };
  const text = own ?? fallback[error.field] ?? t.errors.badInput;
  return { [error.field]: text };
}

const orNull = (s: string): string | null => (s.trim() === '' ? null : s.trim());

export function toCreateSessionInput(v: SessionFormValues): CreateSessionInput {
  const instants = singleInstants(v);
  if (!instants) throw new Error('Incomplete date or time');
  return {
    teamId: v.teamId,
    kind: v.kind,
    title: v.title.trim(),
    startsAt: instants.startsAt.toISOString(),
    endsAt: instants.endsAt.toISOString(),
    timeZone: v.timeZone,
    facilitatorId: v.facilitatorId,
    capacity: v.capacity,
    location: orNull(v.location),
    videoUrl: orNull(v.videoUrl),
    minNoticeMinutes: v.minNoticeMinutes,
  };
}

export function toCreateSeriesInput(v: SessionFormValues): CreateSessionSeriesInput {
  return {
    teamId: v.teamId,
    kind: v.kind,
    title: v.title.trim(),
    week: v.week,
    weekday: v.weekday,
    startTime: v.startTime ?? '',
    endTime: v.endTime ?? '',
    firstMonth: v.firstMonth,
    months: v.months,
    timeZone: v.timeZone,
    facilitatorId: v.facilitatorId,
    capacity: v.capacity,
    location: orNull(v.location),
    videoUrl: orNull(v.videoUrl),
    minNoticeMinutes: v.minNoticeMinutes,
  };
}

export function toUpdateSessionInput(v: SessionFormValues): UpdateSessionInput {
  const { teamId: _team, kind: _kind, ...rest } = toCreateSessionInput(v);
  return rest;
}

/** The form's starting values for an existing session, read in the zone it was planned in. */
export function valuesFromSession(
  s: {
    teamId: string;
    kind: SessionKind;
    title: string;
    startsAt: string;
    endsAt: string;
    timeZone: string;
    facilitator: { id: string } | null;
    capacity: number;
    location: string | null;
    videoUrl: string | null;
    minNoticeMinutes: number;
  },
  defaults: SessionFormValues,
): SessionFormValues {
  const pad = (n: number): string => String(n).padStart(2, '0');
  const start = localParts(new Date(s.startsAt), s.timeZone);
  const end = localParts(new Date(s.endsAt), s.timeZone);
  return {
    ...defaults,
    teamId: s.teamId,
    kind: s.kind,
    title: s.title,
    date: `${start.year}-${pad(start.month)}-${pad(start.day)}`,
    startTime: `${pad(start.hour)}:${pad(start.minute)}`,
    endTime: `${pad(end.hour)}:${pad(end.minute)}`,
    timeZone: s.timeZone,
    facilitatorId: s.facilitator?.id ?? null,
    capacity: s.capacity,
    location: s.location ?? '',
    videoUrl: s.videoUrl ?? '',
    minNoticeMinutes: s.minNoticeMinutes,
  };
}
