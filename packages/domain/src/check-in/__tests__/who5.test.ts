import { describe, expect, it } from 'vitest';
import { DomainError, validateCheckIn, who5Band, who5Raw, who5Score, who5Trend, strainOf, type CheckInInput } from '../../index.js';

const scales = { stressLoad: 5, sleepQuality: 5, bodyTension: 5, safety: 5, connection: 5, clientMaterial: 5 };

function fieldOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (e) {
    if (e instanceof DomainError && e.code === 'BAD_USER_INPUT') return e.field;
    throw e;
  }
  throw new Error('expected BAD_USER_INPUT');
}

describe('WHO-5 scoring', () => {
  it.each([
    [[0, 0, 0, 0, 0], 0, 0, 'NEEDS_SUPPORT'],
    [[2, 2, 1, 1, 1], 7, 28, 'NEEDS_SUPPORT'],
    [[3, 3, 2, 2, 2], 12, 48, 'LOW'],
    [[3, 3, 3, 2, 2], 13, 52, 'OK'],
    [[5, 5, 5, 5, 5], 25, 100, 'OK'],
  ])('scores %j as raw %i, %i of 100, band %s', (items, raw, score, band) => {
    expect(who5Raw(items)).toBe(raw);
    expect(who5Score(items)).toBe(score);
    expect(who5Band(score)).toBe(band);
  });

  it('puts the band edges exactly at 28 (inclusive) and 50 (exclusive below)', () => {
    expect(who5Band(28)).toBe('NEEDS_SUPPORT');
    expect(who5Band(28.5)).toBe('LOW');
    expect(who5Band(49.9)).toBe('LOW');
    expect(who5Band(50)).toBe('OK');
  });

  it('measures strain whichever way a scale runs', () => {
    expect(strainOf('STRESS_LOAD', 9)).toBe(9);
    expect(strainOf('SLEEP_QUALITY', 9)).toBe(1);
    expect(strainOf('SAFETY', 2)).toBe(8);
  });
});

describe('check-in validation', () => {
  const ok: CheckInInput = { who5: [3, 3, 3, 3, 3], ...scales, note: '  Heavy day.  ' };

  it('normalises a valid check-in and trims the note', () => {
    const v = validateCheckIn(ok);
    expect(v.who5).toEqual([3, 3, 3, 3, 3]);
    expect(v.scales.STRESS_LOAD).toBe(5);
    expect(v.note).toBe('Heavy day.');
    expect(validateCheckIn({ ...ok, note: '   ' }).note).toBeNull();
    expect(validateCheckIn({ ...ok, note: null }).note).toBeNull();
  });

  it('names the offending field', () => {
    expect(fieldOf(() => validateCheckIn({ ...ok, who5: [1, 2, 3, 4] }))).toBe('who5');
    expect(fieldOf(() => validateCheckIn({ ...ok, who5: [1, 2, 6, 4, 0] }))).toBe('who5.2');
    expect(fieldOf(() => validateCheckIn({ ...ok, who5: [1, 2, -1, 4, 0] }))).toBe('who5.2');
    expect(fieldOf(() => validateCheckIn({ ...ok, who5: [1, 2, 2.5, 4, 0] }))).toBe('who5.2');
    expect(fieldOf(() => validateCheckIn({ ...ok, sleepQuality: 11 }))).toBe('sleepQuality');
    expect(fieldOf(() => validateCheckIn({ ...ok, clientMaterial: -1 }))).toBe('clientMaterial');
    expect(fieldOf(() => validateCheckIn({ ...ok, note: 'x'.repeat(2001) }))).toBe('note');
    expect(fieldOf(() => validateCheckIn({ ...ok, note: 'nul\u0000byte' }))).toBe('note');
  });

  it('keeps line breaks in a note', () => {
    expect(validateCheckIn({ ...ok, note: 'one\ntwo' }).note).toBe('one\ntwo');
  });
});

describe('trend against the last four', () => {
  it('is FIRST without earlier check-ins', () => {
    expect(who5Trend(60, [])).toEqual({ direction: 'FIRST', previousMean: null, change: null, comparedWith: 0 });
  });

  it('compares with the mean of at most four earlier scores', () => {
    const t = who5Trend(40, [60, 60, 60, 60, 0]);
    expect(t).toEqual({ direction: 'DOWN', previousMean: 60, change: -20, comparedWith: 4 });
    expect(who5Trend(70, [60, 56]).direction).toBe('UP');
    expect(who5Trend(64, [60, 56]).direction).toBe('STEADY');
    expect(who5Trend(48, [58]).direction).toBe('DOWN');
    expect(who5Trend(49, [58]).direction).toBe('STEADY');
  });
});
