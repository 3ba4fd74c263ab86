import { describe, expect, it } from 'vitest';
import { comparisonPeriods, compareNineFunctions, reflectionSeries, toSeries } from '../../index.js';

describe('integration series', () => {
  it('sorts points and keeps one per date', () => {
    expect(toSeries([{ date: '2026-02-02', value: 40 }, { date: '2026-01-05', value: 60 }, { date: '2026-02-02', value: 44 }])).toEqual([
      { date: '2026-01-05', value: 60 },
      { date: '2026-02-02', value: 44 },
    ]);
  });

  it('gives the same series whether the points come in date order, out of order or with repeated dates', () => {
    const ordered = Array.from({ length: 60 }, (_, i) => ({ date: `2026-${String(1 + Math.floor(i / 28)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`, value: (i * 7) % 25 }));
    expect(toSeries(ordered)).toEqual(ordered);
    expect(toSeries([...ordered].reverse())).toEqual(ordered);
    // A repeated date ends the in-order path: the later value wins, as for points out of order.
    const repeated = [...ordered.slice(0, 3), { date: ordered[2]!.date, value: 99 }, ...ordered.slice(3)];
    expect(toSeries(repeated)).toEqual([...ordered.slice(0, 2), { date: ordered[2]!.date, value: 99 }, ...ordered.slice(3)]);
    // Only date and value are kept.
    expect(toSeries([{ date: '2026-01-01', value: 1, extra: true } as { date: string; value: number }])).toEqual([{ date: '2026-01-01', value: 1 }]);
    expect(toSeries([])).toEqual([]);
  });

  it('compares the nine functions over the recent three months against the three before', () => {
    expect(comparisonPeriods('2026-05-31')).toEqual({ earlierFrom: '2025-11-30', recentFrom: '2026-02-28' });
    const result = compareNineFunctions(
      [
        { date: '2026-05-01', scores: { insight: 4, empathy: 5 } },
        { date: '2026-04-01', scores: { insight: 3 } },
        { date: '2026-01-10', scores: { insight: 2, empathy: 3 } },
        { date: '2025-06-01', scores: { insight: 1 } },
        { date: '2026-06-01', scores: { insight: 1 } },
      ],
      '2026-05-31',
    );
    expect(result).toHaveLength(9);
    expect(result.find((r) => r.fn === 'insight')).toEqual({ fn: 'insight', recentMean: 3.5, recentCount: 2, earlierMean: 2, earlierCount: 1 });
    expect(result.find((r) => r.fn === 'morality')).toEqual({ fn: 'morality', recentMean: null, recentCount: 0, earlierMean: null, earlierCount: 0 });
  });

  it('turns reflections into attunement, resonance, nine-functions and chaos–rigidity series', () => {
    const s = reflectionSeries(
      [
        { date: '2026-05-02', attunement: 5, resonance: null, nineFunctions: { empathy: 4 }, chaosRigidity: -1 },
        { date: '2026-05-02', attunement: 6, resonance: 3, nineFunctions: {}, chaosRigidity: 0 },
        { date: '2026-01-20', attunement: null, resonance: 2, nineFunctions: { empathy: 2 }, chaosRigidity: 2 },
      ],
      '2026-05-31',
    );
    expect(s.attunement).toEqual([{ date: '2026-05-02', value: 5.5 }]);
    expect(s.resonance).toEqual([{ date: '2026-01-20', value: 2 }, { date: '2026-05-02', value: 3 }]);
    expect(s.chaosRigidity).toEqual([{ date: '2026-01-20', value: 2 }, { date: '2026-05-02', value: -0.5 }]);
    expect(s.nineFunctions.find((f) => f.fn === 'empathy')).toMatchObject({ recentMean: 4, earlierMean: 2 });
  });
});
