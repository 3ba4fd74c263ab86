import { lastTransitionBefore, zoneTransitions } from '../time-zone';

describe('zoneTransitions', () => {
  const iso = (ts: { at: Date; offsetFrom: number; offsetTo: number }[]): [string, number, number][] =>
    ts.map((t) => [t.at.toISOString(), t.offsetFrom, t.offsetTo]);

  it('finds the changes of UTC offset to the second, within (from, to], across years', () => {
    expect(iso(zoneTransitions('Europe/Amsterdam', new Date('2024-06-01T00:00:00Z'), new Date('2025-10-26T01:00:00Z')))).toEqual([
      ['2024-10-27T01:00:00.000Z', 7200, 3600],
      ['2025-03-30T01:00:00.000Z', 3600, 7200],
      ['2025-10-26T01:00:00.000Z', 7200, 3600],
    ]);
    // The bounds: a change at `from` is not within, one at `to` is; asked again, the same answer.
    expect(iso(zoneTransitions('Europe/Amsterdam', new Date('2025-03-30T01:00:00Z'), new Date('2025-10-26T00:59:59Z')))).toEqual([]);
    expect(iso(zoneTransitions('America/New_York', new Date('2025-01-01T00:00:00Z'), new Date('2026-01-01T00:00:00Z')))).toEqual([
      ['2025-03-09T07:00:00.000Z', -18000, -14400],
      ['2025-11-02T06:00:00.000Z', -14400, -18000],
    ]);
    expect(zoneTransitions('Asia/Tokyo', new Date('2020-01-01T00:00:00Z'), new Date('2026-01-01T00:00:00Z'))).toEqual([]);
  });

  it('the latest change before an instant', () => {
    expect(lastTransitionBefore('Europe/Amsterdam', new Date('2026-01-15T12:00:00Z'))?.at.toISOString()).toBe('2025-10-26T01:00:00.000Z');
  });
});
