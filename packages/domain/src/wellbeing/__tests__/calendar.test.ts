import { describe, expect, it } from 'vitest';
import {
  addCalendarMonths,
  addDays,
  daysBetween,
  weekStart,
  bucketEnd,
  bucketLabel,
  bucketStart,
  bucketStartsCovering,
  isLocalDate,
  isoInstant,
  isSettled,
  isoWeek,
  localDateIn,
  settlesOn,
  weekWithinMonth,
} from '../../index.js';

describe('calendar buckets', () => {
  it('uses ISO weeks (Monday start, week-year of the Thursday)', () => {
    expect(bucketStart('2026-01-01', 'WEEK')).toBe('2025-12-29');
    expect(bucketLabel('2025-12-29', 'WEEK')).toBe('2026-W01');
    expect(isoWeek('2027-01-01')).toEqual({ year: 2026, week: 53 });
    expect(bucketLabel(bucketStart('2024-12-30', 'WEEK'), 'WEEK')).toBe('2025-W01');
    expect(bucketEnd('2025-12-29', 'WEEK')).toBe('2026-01-05');
  });

  it('has calendar months and quarters', () => {
    expect(bucketStart('2026-05-31', 'MONTH')).toBe('2026-05-01');
    expect(bucketEnd('2026-12-01', 'MONTH')).toBe('2027-01-01');
    expect(bucketStart('2026-05-31', 'QUARTER')).toBe('2026-04-01');
    expect(bucketLabel('2026-04-01', 'QUARTER')).toBe('2026-Q2');
    expect(bucketEnd('2026-10-01', 'QUARTER')).toBe('2027-01-01');
  });

  it('lists whole buckets covering a range', () => {
    expect(bucketStartsCovering('2026-02-15', '2026-04-02', 'MONTH')).toEqual(['2026-02-01', '2026-03-01', '2026-04-01']);
    expect(bucketStartsCovering('2026-03-04', '2026-03-16', 'WEEK')).toEqual(['2026-03-02', '2026-03-09', '2026-03-16']);
  });

  it('knows which weeks straddle a month boundary', () => {
    expect(weekWithinMonth('2026-03-02')).toBe(true);
    expect(weekWithinMonth('2026-03-30')).toBe(false);
    expect(weekWithinMonth('2026-06-01')).toBe(true);
  });

  it('validates dates', () => {
    expect(isLocalDate('2026-02-28')).toBe(true);
    expect(isLocalDate('2026-02-30')).toBe(false);
    expect(isLocalDate('2026-2-3')).toBe(false);
  });

  it('finds the local date of an instant in a zone, around midnight and across DST', () => {
    expect(localDateIn(new Date('2026-01-15T22:59:59Z'), 'Europe/Amsterdam')).toBe('2026-01-15');
    expect(localDateIn(new Date('2026-01-15T23:00:00Z'), 'Europe/Amsterdam')).toBe('2026-01-16');
    expect(localDateIn(new Date('2026-07-15T21:59:59Z'), 'Europe/Amsterdam')).toBe('2026-07-15');
    expect(localDateIn(new Date('2026-07-15T22:00:00Z'), 'Europe/Amsterdam')).toBe('2026-07-16');
    expect(localDateIn(new Date('2026-01-16T04:30:00Z'), 'America/New_York')).toBe('2026-01-15');
  });

  it('agrees with the calendar parts Intl gives, for any instant from 1900 to 2200 in zones with odd offsets', () => {
    const zones = ['Europe/Amsterdam', 'America/St_Johns', 'Asia/Kathmandu', 'Pacific/Chatham', 'Pacific/Kiritimati', 'Etc/GMT+12', 'UTC'];
    const from = Date.UTC(1900, 0, 1);
    const span = Date.UTC(2200, 0, 1) - from;
    let seed = 42;
    const random = (): number => {
      seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    for (let i = 0; i < 3000; i++) {
      const instant = new Date(from + Math.floor(random() * span));
      const timeZone = zones[i % zones.length] as string;
      const parts = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(instant);
      const get = (type: string): string => parts.find((p) => p.type === type)?.value ?? '';
      expect(localDateIn(instant, timeZone)).toBe(`${get('year')}-${get('month')}-${get('day')}`);
    }
  });

  it('settles a month and the weeks inside it once the week holding its last day ends', () => {
    // March 2026 ends on a Tuesday; that ISO week ends Sunday 5 April.
    expect(settlesOn('2026-03-01', 'MONTH')).toBe('2026-04-06');
    expect(settlesOn('2026-03-09', 'WEEK')).toBe('2026-04-06');
    expect(settlesOn('2026-03-30', 'WEEK')).toBe('2026-04-06');
    expect(settlesOn('2026-02-23', 'WEEK')).toBe('2026-03-02');
    expect(settlesOn('2026-01-01', 'QUARTER')).toBe('2026-04-06');
    // Settled only when the date has begun everywhere (UTC−12).
    expect(isSettled('2026-03-01', 'MONTH', new Date('2026-04-06T11:59:00Z'))).toBe(false);
    expect(isSettled('2026-03-01', 'MONTH', new Date('2026-04-06T12:00:00Z'))).toBe(true);
  });
});

describe('calendar arithmetic', () => {
  // The reference: what Date's own UTC arithmetic and ISO strings say.
  const iso = (ms: number): string => new Date(ms).toISOString().slice(0, 10);
  const DAY = 86_400_000;

  it('adds days, counts days and finds Mondays like Date does, for every day from 1899 to 2201', () => {
    // Compared in plain code and reported as a list: 110,000 days × 5 expect() calls took ≈ 5 s.
    const first = Date.UTC(1899, 11, 25);
    const days = Math.round((Date.UTC(2201, 0, 10) - first) / DAY);
    const wrong: string[] = [];
    for (let i = 0; i < days; i++) {
      const ms = first + i * DAY;
      const date = iso(ms);
      const monday = iso(ms - ((new Date(ms).getUTCDay() + 6) % 7) * DAY);
      if (addDays('1899-12-25', i) !== date) wrong.push(`addDays('1899-12-25', ${i})`);
      if (addDays(date, 0) !== date) wrong.push(`addDays(${date}, 0)`);
      if (addDays(date, -1) !== iso(ms - DAY)) wrong.push(`addDays(${date}, -1)`);
      if (daysBetween('1899-12-25', date) !== i) wrong.push(`daysBetween(1899-12-25, ${date})`);
      if (weekStart(date) !== monday) wrong.push(`weekStart(${date})`);
    }
    expect(days).toBeGreaterThan(109_000);
    expect(wrong.slice(0, 10)).toEqual([]);
  });

  it('writes instants as Date#toISOString does', () => {
    // Every day from 1899 to 2201 at a time of day that moves through hours, minutes, seconds and ms.
    const first = Date.UTC(1899, 11, 25);
    const wrong: string[] = [];
    let checked = 0;
    for (let i = 0; first + i * DAY < Date.UTC(2201, 0, 10); i++) {
      const ms = first + i * DAY + ((i * 7_919_993) % DAY);
      if (isoInstant(ms) !== new Date(ms).toISOString()) wrong.push(new Date(ms).toISOString());
      checked += 1;
    }
    expect(checked).toBeGreaterThan(109_000);
    expect(wrong.slice(0, 10)).toEqual([]);
    for (const ms of [0, -1, 1, DAY - 1, Date.UTC(2024, 1, 29, 23, 59, 59, 999), Date.UTC(1000, 0, 1), Date.UTC(9999, 11, 31, 23, 59, 59, 999)]) {
      expect(isoInstant(ms)).toBe(new Date(ms).toISOString());
    }
    // Years Date writes with a sign, and invalid instants, as Date does.
    expect(isoInstant(Date.UTC(10_000, 0, 1))).toBe('+010000-01-01T00:00:00.000Z');
    expect(isoInstant(Date.UTC(-1, 0, 1))).toBe(new Date(Date.UTC(-1, 0, 1)).toISOString());
    expect(() => isoInstant(Number.NaN)).toThrow(RangeError);
  });

  it('adds months to a month start, across years', () => {
    expect(addCalendarMonths('2025-11-01', 1)).toBe('2025-12-01');
    expect(addCalendarMonths('2025-12-01', 1)).toBe('2026-01-01');
    expect(addCalendarMonths('2026-01-01', -13)).toBe('2024-12-01');
  });

  it('refuses what is not a YYYY-MM-DD date, and writes years outside four digits as Date does', () => {
    for (const bad of ['2026-1-01', '2026/01/01', '2026-01-0a', ' 2026-01-01', '2026-01-011', '', '２026-01-01']) {
      expect(() => addDays(bad, 1)).toThrow(/Not a calendar date/u);
    }
    expect(addDays('9999-12-31', 1)).toBe(iso(Date.UTC(9999, 11, 31) + DAY));
    expect(addDays('1000-01-01', -1)).toBe(iso(Date.UTC(1000, 0, 1) - DAY));
  });
});
