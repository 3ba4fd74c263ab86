import { describe, expect, it } from 'vitest';
import { localDateKey, localParts, localTimeKey, monthKey, offsetMinutes, zonedTimeToInstant } from '../zoned-time.js';

const AMS = 'Europe/Amsterdam';

describe('offsetMinutes', () => {
  it('follows daylight saving time in Amsterdam, New York and Sydney', () => {
    expect(offsetMinutes(new Date('2026-01-15T12:00:00Z'), AMS)).toBe(60);
    expect(offsetMinutes(new Date('2026-07-15T12:00:00Z'), AMS)).toBe(120);
    expect(offsetMinutes(new Date('2026-01-15T12:00:00Z'), 'America/New_York')).toBe(-300);
    expect(offsetMinutes(new Date('2026-07-15T12:00:00Z'), 'America/New_York')).toBe(-240);
    expect(offsetMinutes(new Date('2026-01-15T12:00:00Z'), 'Australia/Sydney')).toBe(660);
    expect(offsetMinutes(new Date('2026-07-15T12:00:00Z'), 'Australia/Sydney')).toBe(600);
    expect(offsetMinutes(new Date('2026-07-15T12:00:00Z'), 'Asia/Kolkata')).toBe(330);
    expect(offsetMinutes(new Date('2026-07-15T12:00:00Z'), 'UTC')).toBe(0);
  });

  it('switches exactly at the transition instant', () => {
    expect(offsetMinutes(new Date('2026-03-29T00:59:59Z'), AMS)).toBe(60);
    expect(offsetMinutes(new Date('2026-03-29T01:00:00Z'), AMS)).toBe(120);
    expect(offsetMinutes(new Date('2026-10-25T00:59:59Z'), AMS)).toBe(120);
    expect(offsetMinutes(new Date('2026-10-25T01:00:00Z'), AMS)).toBe(60);
  });
});

describe('zonedTimeToInstant', () => {
  it('keeps 15:00 local in winter and in summer', () => {
    expect(zonedTimeToInstant({ year: 2026, month: 1, day: 13, hour: 15, minute: 0 }, AMS).toISOString()).toBe('2026-01-13T14:00:00.000Z');
    expect(zonedTimeToInstant({ year: 2026, month: 7, day: 14, hour: 15, minute: 0 }, AMS).toISOString()).toBe('2026-07-14T13:00:00.000Z');
    expect(zonedTimeToInstant({ year: 2026, month: 7, day: 14, hour: 15, minute: 0 }, 'America/New_York').toISOString()).toBe(
      '2026-07-14T19:00:00.000Z',
    );
  });

  it('moves a time that does not exist (clocks forward) forward by the gap', () => {
    const t = zonedTimeToInstant({ year: 2026, month: 3, day: 29, hour: 2, minute: 30 }, AMS);
    expect(t.toISOString()).toBe('2026-03-29T01:30:00.000Z');
    expect(localTimeKey(t, AMS)).toBe('03:30');
  });

  it('takes the earlier instant for a time that happens twice (clocks back)', () => {
    const t = zonedTimeToInstant({ year: 2026, month: 10, day: 25, hour: 2, minute: 30 }, AMS);
    expect(t.toISOString()).toBe('2026-10-25T00:30:00.000Z');
    expect(localTimeKey(t, AMS)).toBe('02:30');
  });

  it('round-trips through localParts for every hour of a year', () => {
    for (let h = 0; h < 365 * 24; h += 7) {
      const instant = new Date(Date.UTC(2026, 0, 1) + h * 3_600_000);
      const p = localParts(instant, AMS);
      expect(zonedTimeToInstant(p, AMS).getTime()).toBe(
        // only the repeated hour in October can map back to its earlier twin
        p.month === 10 && p.day === 25 && p.hour === 2 ? instant.getTime() - (offsetMinutes(instant, AMS) === 60 ? 3_600_000 : 0) : instant.getTime(),
      );
    }
  });
});

describe('calendar keys in a time zone', () => {
  it('puts a late-evening session in the month and day of the zone, not of UTC', () => {
    const lateMarch = new Date('2026-03-31T22:30:00Z');
    expect(monthKey(lateMarch, AMS)).toBe('2026-04');
    expect(monthKey(lateMarch, 'UTC')).toBe('2026-03');
    expect(localDateKey(lateMarch, AMS)).toBe('2026-04-01');
    expect(localParts(lateMarch, AMS).weekday).toBe('WEDNESDAY');
  });
});
