import { badInput } from '../errors.js';

/**
 * Calendar dates as `YYYY-MM-DD` strings, and the fixed calendar buckets team wellbeing is
 * reported in. Plain strings compare correctly with `<`, travel through JSON and SQL unchanged,
 * and carry no time zone: the zone is applied once, when an instant becomes a local date.
 */
export type LocalDate = string;

export const Granularity = { WEEK: 'WEEK', MONTH: 'MONTH', QUARTER: 'QUARTER' } as const;
export type Granularity = (typeof Granularity)[keyof typeof Granularity];
export const GRANULARITIES: readonly Granularity[] = ['WEEK', 'MONTH', 'QUARTER'];

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/u;
const DAY_MS = 24 * 60 * 60 * 1000;

export function isLocalDate(value: string): boolean {
  const m = DATE_RE.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === value;
}

const DIGIT_POSITIONS = [0, 1, 2, 3, 5, 6, 8, 9] as const;

/**
 * `YYYY-MM-DD` → its UTC midnight in ms. Read digit by digit (as DATE_RE would match it): a view
 * of team wellbeing does date arithmetic on a few hundred dates, and a regex match, a Date and
 * an ISO string for each of them were ≈ 10 % of what such a request allocated.
 */
function toUtcMs(date: LocalDate): number {
  if (date.length !== 10 || date.charCodeAt(4) !== 45 || date.charCodeAt(7) !== 45) throw new Error(`Not a calendar date: ${date}`);
  let n = 0;
  for (const i of DIGIT_POSITIONS) {
    const c = date.charCodeAt(i) - 48;
    if (c < 0 || c > 9) throw new Error(`Not a calendar date: ${date}`);
    n = n * 10 + c;
  }
  // n is YYYYMMDD.
  return Date.UTC(Math.floor(n / 10_000), (Math.floor(n / 100) % 100) - 1, n % 100);
}

const pad2 = (n: number): string => (n < 10 ? `0${n}` : `${n}`);

/** The calendar date (UTC) of an instant in ms, as `Date#toISOString` would write it. */
function fromUtcMs(ms: number): LocalDate {
  // Days since 1970-01-01 to a civil date (H. Hinnant's days-to-civil), for four-digit years.
  const z = Math.floor(ms / DAY_MS) + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  if (year < 1000 || year > 9999) return new Date(ms).toISOString().slice(0, 10);
  return `${year}-${pad2(month)}-${pad2(day)}`;
}

const FIRST_FOUR_DIGIT_MS = Date.UTC(1000, 0, 1);
const AFTER_FOUR_DIGIT_MS = Date.UTC(10_000, 0, 1);

/**
 * An instant as `Date#toISOString` writes it (`2026-11-25T08:25:32.594Z`), from its ms since the
 * epoch: V8's own takes ≈ 0.6 µs, and every timestamp of an answer goes through it.
 */
export function isoInstant(ms: number): string {
  // Invalid (throws, as Date does) or outside years 1000–9999: Date writes those.
  if (!(ms >= FIRST_FOUR_DIGIT_MS && ms < AFTER_FOUR_DIGIT_MS) || !Number.isInteger(ms)) return new Date(ms).toISOString();
  const date = fromUtcMs(ms);
  const day = Math.floor(ms / DAY_MS);
  const t = ms - day * DAY_MS;
  const milli = t % 1000;
  const seconds = (t - milli) / 1000;
  return `${date}T${pad2(Math.floor(seconds / 3600))}:${pad2(Math.floor(seconds / 60) % 60)}:${pad2(seconds % 60)}.${milli < 100 ? (milli < 10 ? '00' : '0') : ''}${milli}Z`;
}

export function addDays(date: LocalDate, days: number): LocalDate {
  return fromUtcMs(toUtcMs(date) + days * DAY_MS);
}

/** Adds whole months to a first-of-month date. */
export function addCalendarMonths(monthStart: LocalDate, months: number): LocalDate {
  const d = new Date(toUtcMs(monthStart));
  return fromUtcMs(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + months, 1));
}

/** Whole days from `a` to `b` (positive when b is later). */
export function daysBetween(a: LocalDate, b: LocalDate): number {
  return Math.round((toUtcMs(b) - toUtcMs(a)) / DAY_MS);
}

/** Monday of the ISO week containing the date. */
export function weekStart(date: LocalDate): LocalDate {
  const day = (((Math.floor(toUtcMs(date) / DAY_MS) + 4) % 7) + 7) % 7; // 0 = Sunday (1970-01-01 was a Thursday)
  return addDays(date, -((day + 6) % 7));
}

export function monthStart(date: LocalDate): LocalDate {
  return `${date.slice(0, 7)}-01`;
}

export function quarterStart(date: LocalDate): LocalDate {
  const month = Number(date.slice(5, 7));
  const first = Math.floor((month - 1) / 3) * 3 + 1;
  return `${date.slice(0, 4)}-${String(first).padStart(2, '0')}-01`;
}

/** The first day of the bucket of the given granularity that contains the date. */
export function bucketStart(date: LocalDate, granularity: Granularity): LocalDate {
  switch (granularity) {
    case 'WEEK':
      return weekStart(date);
    case 'MONTH':
      return monthStart(date);
    case 'QUARTER':
      return quarterStart(date);
  }
}

/** The first day after the bucket that starts on `start`. */
export function bucketEnd(start: LocalDate, granularity: Granularity): LocalDate {
  switch (granularity) {
    case 'WEEK':
      return addDays(start, 7);
    case 'MONTH':
      return addCalendarMonths(start, 1);
    case 'QUARTER':
      return addCalendarMonths(start, 3);
  }
}

/** ISO week-numbering year and week of a date (the week belongs to the year of its Thursday). */
export function isoWeek(date: LocalDate): { year: number; week: number } {
  const thursday = addDays(weekStart(date), 3);
  const year = Number(thursday.slice(0, 4));
  const week = Math.floor(daysBetween(`${year}-01-01`, thursday) / 7) + 1;
  return { year, week };
}

/** A short stable label: `2026-W03`, `2026-03`, `2026-Q1`. */
export function bucketLabel(start: LocalDate, granularity: Granularity): string {
  switch (granularity) {
    case 'WEEK': {
      const { year, week } = isoWeek(start);
      return `${year}-W${String(week).padStart(2, '0')}`;
    }
    case 'MONTH':
      return start.slice(0, 7);
    case 'QUARTER':
      return `${start.slice(0, 4)}-Q${Math.floor((Number(start.slice(5, 7)) - 1) / 3) + 1}`;
  }
}

/** Starts of every bucket that contains a day from `firstDay` through `lastDay` (inclusive). */
export function bucketStartsCovering(firstDay: LocalDate, lastDay: LocalDate, granularity: Granularity, limit = 10_000): LocalDate[] {
  const out: LocalDate[] = [];
  for (let s = bucketStart(firstDay, granularity); s <= lastDay && out.length <= limit; s = bucketEnd(s, granularity)) out.push(s);
  return out;
}

/** Whether an ISO week lies within one calendar month (otherwise it straddles two). */
export function weekWithinMonth(week: LocalDate): boolean {
  return monthStart(week) === monthStart(addDays(week, 6));
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** The calendar date an instant falls on in an IANA time zone. */
export function localDateIn(instant: Date, timeZone: string): LocalDate {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    formatters.set(timeZone, f);
  }
  // "MM/DD/YYYY": format() is several times cheaper than formatToParts(), and this runs for
  // every dated item of a response.
  const s = f.format(instant);
  return `${s.slice(6)}-${s.slice(0, 2)}-${s.slice(3, 5)}`;
}

/** The zone everyone on Earth is at or ahead of: once a date has begun there, it has begun everywhere. */
export const LATEST_TIME_ZONE = 'Etc/GMT+12';

/**
 * The first date on which a bucket's figures can no longer change, so they may be published.
 *
 * A bucket is never shown while check-ins can still arrive in it (otherwise two looks a day
 * apart would differ by exactly one person's answers). Beyond that, the suppression rule
 * (anonymity.ts) decides a month together with the weeks that overlap it, and a week that lies
 * inside a month together with that month; so a month, a quarter and a week inside a month
 * settle once the ISO week containing their last day has ended, and a week that straddles two
 * months settles when it ends.
 */
export function settlesOn(start: LocalDate, granularity: Granularity): LocalDate {
  if (granularity === 'WEEK' && !weekWithinMonth(start)) return addDays(start, 7);
  const owner = granularity === 'WEEK' ? monthStart(start) : start;
  const ownerGranularity = granularity === 'WEEK' ? 'MONTH' : granularity;
  const lastDay = addDays(bucketEnd(owner, ownerGranularity), -1);
  return addDays(weekStart(lastDay), 7);
}

/** Whether a bucket's figures are final at `now`: its settle date has begun in every time zone. */
export function isSettled(start: LocalDate, granularity: Granularity, now: Date): boolean {
  return settledAt(now)(start, granularity);
}

/** `isSettled` at one instant for many buckets (the date at `now` is worked out once: it is not cheap). */
export function settledAt(now: Date): (start: LocalDate, granularity: Granularity) => boolean {
  const today = localDateIn(now, LATEST_TIME_ZONE);
  return (start, granularity) => today >= settlesOn(start, granularity);
}

export function parseGranularity(value: string, field = 'granularity'): Granularity {
  if (!(GRANULARITIES as readonly string[]).includes(value)) throw badInput(field, 'Granularity must be WEEK, MONTH or QUARTER');
  return value as Granularity;
}
