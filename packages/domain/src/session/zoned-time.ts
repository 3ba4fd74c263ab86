import { WEEKDAYS, type Weekday } from './kinds.js';

/** A wall-clock date and time in some time zone (month 1–12). */
export interface LocalDateTime {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
}

export interface LocalParts extends LocalDateTime {
  readonly second: number;
  readonly weekday: Weekday;
}

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** ISO weekday of a calendar date: Monday = 0 … Sunday = 6. */
export function isoWeekdayIndex(year: number, month: number, day: number): number {
  return (new Date(Date.UTC(year, month - 1, day)).getUTCDay() + 6) % 7;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The wall-clock reading of an instant in a time zone (Intl, so DST follows the IANA rules). */
export function localParts(instant: Date, timeZone: string): LocalParts {
  const values: Record<string, number> = {};
  for (const p of formatter(timeZone).formatToParts(instant)) {
    if (p.type !== 'literal') values[p.type] = Number(p.value);
  }
  const year = values.year ?? NaN;
  const month = values.month ?? NaN;
  const day = values.day ?? NaN;
  const weekday = WEEKDAYS[isoWeekdayIndex(year, month, day)] as Weekday;
  return { year, month, day, hour: values.hour ?? NaN, minute: values.minute ?? NaN, second: values.second ?? NaN, weekday };
}

/** The zone's offset from UTC at an instant, in minutes (Amsterdam: 60 in winter, 120 in summer). */
export function offsetMinutes(instant: Date, timeZone: string): number {
  const whole = Math.floor(instant.getTime() / 1000) * 1000;
  const p = localParts(new Date(whole), timeZone);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return Math.round((asUtc - whole) / MINUTE_MS);
}

/**
 * The instant at which the clocks in `timeZone` show `local`. Like Temporal's "compatible"
 * disambiguation: a time that occurs twice (clocks go back) gives the earlier instant; a time
 * that does not exist (clocks go forward) is moved forward by the gap (02:30 → 03:30).
 */
export function zonedTimeToInstant(local: LocalDateTime, timeZone: string): Date {
  const wall = Date.UTC(local.year, local.month - 1, local.day, local.hour, local.minute);
  const before = offsetMinutes(new Date(wall - DAY_MS), timeZone);
  const after = offsetMinutes(new Date(wall + DAY_MS), timeZone);
  const valid: number[] = [];
  for (const offset of new Set([before, after])) {
    const t = wall - offset * MINUTE_MS;
    if (offsetMinutes(new Date(t), timeZone) === offset) valid.push(t);
  }
  if (valid.length > 0) return new Date(Math.min(...valid));
  return new Date(wall - before * MINUTE_MS);
}

/** The calendar month ('YYYY-MM') an instant falls in, in a time zone. */
export function monthKey(instant: Date, timeZone: string): string {
  const p = localParts(instant, timeZone);
  return `${p.year}-${String(p.month).padStart(2, '0')}`;
}

/** The calendar date ('YYYY-MM-DD') an instant falls on, in a time zone. */
export function localDateKey(instant: Date, timeZone: string): string {
  const p = localParts(instant, timeZone);
  return `${p.year}-${String(p.month).padStart(2, '0')}-${String(p.day).padStart(2, '0')}`;
}

/** Wall-clock 'HH:MM' of an instant in a time zone. */
export function localTimeKey(instant: Date, timeZone: string): string {
  const p = localParts(instant, timeZone);
  return `${String(p.hour).padStart(2, '0')}:${String(p.minute).padStart(2, '0')}`;
}
