import { badInput } from '../errors.js';
import { SERIES_WEEKS, WEEKDAYS, type SeriesWeek, type Weekday } from './kinds.js';
import { SESSION_MAX_DURATION_MINUTES } from './validation.js';
import { daysInMonth, isoWeekdayIndex, localParts, zonedTimeToInstant } from './zoned-time.js';

export const SERIES_MONTHS_DEFAULT = 6;
export const SERIES_MONTHS_MAX = 24;

/** A wall-clock time of day. */
export interface TimeOfDay {
  readonly hour: number;
  readonly minute: number;
}

export interface YearMonth {
  readonly year: number;
  /** 1–12 */
  readonly month: number;
}

/** "2nd Tuesday of the month, 15:00–16:30, Europe/Amsterdam". */
export interface MonthlyRule {
  readonly week: SeriesWeek;
  readonly weekday: Weekday;
  readonly start: TimeOfDay;
  readonly end: TimeOfDay;
  readonly timeZone: string;
}

export interface Occurrence {
  readonly startsAt: Date;
  readonly endsAt: Date;
  /** The local calendar date, 'YYYY-MM-DD'. */
  readonly localDate: string;
}

const TIME_RE = /^([01]\d|2[0-3]):([0-5]\d)(?::00)?$/u;

/** Parses 'HH:MM' (also 'HH:MM:00', as PostgreSQL prints a time). */
export function parseTimeOfDay(raw: string, field: string): TimeOfDay {
  const m = TIME_RE.exec(raw.trim());
  if (!m) throw badInput(field, 'Time must be written as HH:MM, e.g. 15:00');
  return { hour: Number(m[1]), minute: Number(m[2]) };
}

export function formatTimeOfDay(t: TimeOfDay): string {
  return `${String(t.hour).padStart(2, '0')}:${String(t.minute).padStart(2, '0')}`;
}

export function isSeriesWeek(value: string): value is SeriesWeek {
  return (SERIES_WEEKS as readonly string[]).includes(value);
}

export function isWeekday(value: string): value is Weekday {
  return (WEEKDAYS as readonly string[]).includes(value);
}

/** Day of the month of the n-th (or last) given weekday. FIRST–FOURTH always exist. */
export function dayOfMonthFor(year: number, month: number, weekday: Weekday, week: SeriesWeek): number {
  const target = WEEKDAYS.indexOf(weekday);
  if (week === 'LAST') {
    const last = daysInMonth(year, month);
    return last - ((isoWeekdayIndex(year, month, last) - target + 7) % 7);
  }
  const first = 1 + ((target - isoWeekdayIndex(year, month, 1) + 7) % 7);
  return first + 7 * SERIES_WEEKS.indexOf(week);
}

export function addMonths(ym: YearMonth, n: number): YearMonth {
  const index = ym.year * 12 + (ym.month - 1) + n;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

/** The month (in a time zone) an instant falls in. */
export function yearMonthOf(instant: Date, timeZone: string): YearMonth {
  const p = localParts(instant, timeZone);
  return { year: p.year, month: p.month };
}

/**
 * Validates a monthly rule's times: the end after the start on the same day, and no longer
 * than a session may last.
 */
export function validateMonthlyTimes(startRaw: string, endRaw: string): { start: TimeOfDay; end: TimeOfDay } {
  const start = parseTimeOfDay(startRaw, 'startTime');
  const end = parseTimeOfDay(endRaw, 'endTime');
  const minutes = end.hour * 60 + end.minute - (start.hour * 60 + start.minute);
  if (minutes <= 0) throw badInput('endTime', 'The session must end after it starts, on the same day');
  if (minutes > SESSION_MAX_DURATION_MINUTES) {
    throw badInput('endTime', `A session lasts at most ${SESSION_MAX_DURATION_MINUTES / 60} hours`);
  }
  return { start, end };
}

export function validateSeriesMonths(value: number, field = 'months'): number {
  if (!Number.isInteger(value) || value < 1 || value > SERIES_MONTHS_MAX) {
    throw badInput(field, `A series covers 1 to ${SERIES_MONTHS_MAX} months`);
  }
  return value;
}

/**
 * Every occurrence of a monthly rule in `months` calendar months starting at `from`. Each is
 * placed by its local wall-clock time in the rule's zone, so 15:00 stays 15:00 whether the
 * month is in winter or in summer time. An occurrence that a clock change would collapse (its
 * end no longer after its start) is left out.
 */
export function expandMonthlySeries(rule: MonthlyRule, from: YearMonth, months: number): Occurrence[] {
  const out: Occurrence[] = [];
  for (let i = 0; i < months; i++) {
    const { year, month } = addMonths(from, i);
    const day = dayOfMonthFor(year, month, rule.weekday, rule.week);
    const startsAt = zonedTimeToInstant({ year, month, day, ...rule.start }, rule.timeZone);
    const endsAt = zonedTimeToInstant({ year, month, day, ...rule.end }, rule.timeZone);
    // Only a start or end inside a clock-change gap (a night-time rule) can collapse it.
    if (endsAt.getTime() <= startsAt.getTime()) continue;
    const localDate = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    out.push({ startsAt, endsAt, localDate });
  }
  return out;
}

const YEAR_MONTH_RE = /^(\d{4})-(0[1-9]|1[0-2])$/u;

/** Parses 'YYYY-MM'. */
export function parseYearMonth(raw: string, field: string): YearMonth {
  const m = YEAR_MONTH_RE.exec(raw.trim());
  if (!m) throw badInput(field, 'Month must be written as YYYY-MM, e.g. 2026-03');
  return { year: Number(m[1]), month: Number(m[2]) };
}

export function formatYearMonth(ym: YearMonth): string {
  return `${ym.year}-${String(ym.month).padStart(2, '0')}`;
}

/** Months from a to b (negative when b is earlier). */
export function monthsBetween(a: YearMonth, b: YearMonth): number {
  return (b.year - a.year) * 12 + (b.month - a.month);
}
