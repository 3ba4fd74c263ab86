import { describe, expect, it } from 'vitest';
import { DomainError } from '../../errors.js';
import {
  addMonths,
  dayOfMonthFor,
  expandMonthlySeries,
  parseTimeOfDay,
  validateMonthlyTimes,
  validateSeriesMonths,
  parseYearMonth,
  formatYearMonth,
  monthsBetween,
  type MonthlyRule,
} from '../series.js';
import { localDateKey, localParts, localTimeKey } from '../zoned-time.js';

const AMS = 'Europe/Amsterdam';
const secondTuesday: MonthlyRule = {
  week: 'SECOND',
  weekday: 'TUESDAY',
  start: { hour: 15, minute: 0 },
  end: { hour: 16, minute: 30 },
  timeZone: AMS,
};

function fieldOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (e) {
    return e instanceof DomainError ? e.field : 'not a DomainError';
  }
  return undefined;
}

describe('dayOfMonthFor', () => {
  it('finds the n-th and the last weekday of a month', () => {
    expect(dayOfMonthFor(2026, 1, 'TUESDAY', 'SECOND')).toBe(13);
    expect(dayOfMonthFor(2026, 1, 'TUESDAY', 'LAST')).toBe(27);
    expect(dayOfMonthFor(2026, 1, 'THURSDAY', 'FIRST')).toBe(1);
    expect(dayOfMonthFor(2026, 2, 'TUESDAY', 'SECOND')).toBe(10);
    expect(dayOfMonthFor(2026, 2, 'SATURDAY', 'LAST')).toBe(28);
    expect(dayOfMonthFor(2026, 3, 'TUESDAY', 'LAST')).toBe(31);
    expect(dayOfMonthFor(2026, 3, 'TUESDAY', 'FOURTH')).toBe(24);
    expect(dayOfMonthFor(2028, 2, 'TUESDAY', 'LAST')).toBe(29);
  });
});

describe('expandMonthlySeries', () => {
  it('keeps 15:00–16:30 local across both DST changes (UTC shifts, local time does not)', () => {
    const all = expandMonthlySeries(secondTuesday, { year: 2026, month: 1 }, 12);
    expect(all).toHaveLength(12);
    expect(all.map((o) => o.localDate)).toEqual([
      '2026-01-13', '2026-02-10', '2026-03-10', '2026-04-14', '2026-05-12', '2026-06-09',
      '2026-07-14', '2026-08-11', '2026-09-08', '2026-10-13', '2026-11-10', '2026-12-08',
    ]);
    for (const o of all) {
      expect(localTimeKey(o.startsAt, AMS)).toBe('15:00');
      expect(localTimeKey(o.endsAt, AMS)).toBe('16:30');
      expect(localDateKey(o.startsAt, AMS)).toBe(o.localDate);
      expect(localParts(o.startsAt, AMS).weekday).toBe('TUESDAY');
      expect(o.endsAt.getTime() - o.startsAt.getTime()).toBe(90 * 60_000);
    }
    // March 10 is winter time (UTC+1); April 14 summer time (UTC+2); back in November.
    expect(all[2]!.startsAt.toISOString()).toBe('2026-03-10T14:00:00.000Z');
    expect(all[3]!.startsAt.toISOString()).toBe('2026-04-14T13:00:00.000Z');
    expect(all[9]!.startsAt.toISOString()).toBe('2026-10-13T13:00:00.000Z');
    expect(all[10]!.startsAt.toISOString()).toBe('2026-11-10T14:00:00.000Z');
  });

  it('expands the last weekday, across a year boundary', () => {
    const rule: MonthlyRule = { ...secondTuesday, week: 'LAST', weekday: 'FRIDAY' };
    const all = expandMonthlySeries(rule, { year: 2026, month: 11 }, 3);
    expect(all.map((o) => o.localDate)).toEqual(['2026-11-27', '2026-12-25', '2027-01-29']);
  });

  it('leaves out a night-time occurrence that the spring clock change collapses', () => {
    const rule: MonthlyRule = { week: 'LAST', weekday: 'SUNDAY', start: { hour: 2, minute: 0 }, end: { hour: 3, minute: 0 }, timeZone: AMS };
    const all = expandMonthlySeries(rule, { year: 2026, month: 2 }, 3);
    expect(all.map((o) => o.localDate)).toEqual(['2026-02-22', '2026-04-26']);
  });
});

describe('series input', () => {
  it('parses times and refuses nonsense with the field named', () => {
    expect(parseTimeOfDay('15:00', 'startTime')).toEqual({ hour: 15, minute: 0 });
    expect(parseTimeOfDay('09:05:00', 'startTime')).toEqual({ hour: 9, minute: 5 });
    expect(fieldOf(() => parseTimeOfDay('24:00', 'startTime'))).toBe('startTime');
    expect(fieldOf(() => parseTimeOfDay('3pm', 'startTime'))).toBe('startTime');
    expect(fieldOf(() => validateMonthlyTimes('16:30', '15:00'))).toBe('endTime');
    expect(fieldOf(() => validateMonthlyTimes('15:00', '15:00'))).toBe('endTime');
    expect(fieldOf(() => validateMonthlyTimes('06:00', '18:01'))).toBe('endTime');
    expect(validateMonthlyTimes('15:00', '16:30').end).toEqual({ hour: 16, minute: 30 });
    expect(fieldOf(() => validateSeriesMonths(0))).toBe('months');
    expect(fieldOf(() => validateSeriesMonths(25))).toBe('months');
    expect(validateSeriesMonths(6)).toBe(6);
  });

  it('adds months across years', () => {
    expect(addMonths({ year: 2026, month: 11 }, 3)).toEqual({ year: 2027, month: 2 });
    expect(addMonths({ year: 2026, month: 1 }, -1)).toEqual({ year: 2025, month: 12 });
  });
});

describe('year-month helpers', () => {
  it('parses and formats YYYY-MM and counts months between', () => {
    expect(parseYearMonth('2026-03', 'firstMonth')).toEqual({ year: 2026, month: 3 });
    expect(fieldOf(() => parseYearMonth('2026-13', 'firstMonth'))).toBe('firstMonth');
    expect(fieldOf(() => parseYearMonth('March', 'firstMonth'))).toBe('firstMonth');
    expect(formatYearMonth({ year: 2027, month: 1 })).toBe('2027-01');
    expect(monthsBetween({ year: 2026, month: 11 }, { year: 2027, month: 2 })).toBe(3);
    expect(monthsBetween({ year: 2026, month: 11 }, { year: 2026, month: 10 })).toBe(-1);
  });
});
