import { METRIC_BANDS, WELLBEING_METRICS } from '@attune/domain';
import { fromKeptFigures, keptFigures, shownBands, type KeptFigures } from '../kept-figures';
import type { WellbeingBucketModel } from '../wellbeing.model';

const base = {
  granularity: 'WEEK' as const,
  label: '2026-W10',
  start: new Date('2026-03-01T23:00:00.000Z'),
  end: new Date('2026-03-08T23:00:00.000Z'),
  startDate: '2026-03-02',
  endDate: '2026-03-09',
  anonymityThreshold: 5,
};

function shown(responses: number, bandsShown: (m: number) => boolean): WellbeingBucketModel {
  return {
    ...base,
    respondents: 9,
    members: 14,
    participationRate: 0.643,
    suppressed: false,
    suppressionReason: null,
    responses,
    metrics: WELLBEING_METRICS.map((metric, m) => ({
      metric,
      mean: 40.3 + m,
      bands: bandsShown(m) ? shownBands(metric, METRIC_BANDS[metric].map((_, i) => (m + i * 3) % responses), responses) : null,
    })),
  };
}

describe('kept wellbeing figures', () => {
  it('give back exactly the bucket they were made from', () => {
    const buckets: WellbeingBucketModel[] = [
      shown(11, () => true),
      shown(7, (m) => m % 2 === 0),
      shown(3, () => false),
      { ...base, respondents: 2, members: 14, participationRate: 0.143, suppressed: true, suppressionReason: 'TOO_FEW_RESPONDENTS', responses: null, metrics: null },
      { ...base, respondents: 0, members: 0, participationRate: null, suppressed: true, suppressionReason: 'PROTECTS_OTHER_CELL', responses: null, metrics: null },
    ];
    for (const b of buckets) {
      // Through JSON, as the row is stored and read back.
      const kept = JSON.parse(JSON.stringify(keptFigures(b))) as KeptFigures;
      expect(fromKeptFigures(b.granularity, b.startDate, b.anonymityThreshold, kept)).toEqual(b);
    }
  });

  it('leave out what the key and the values already say', () => {
    const kept = keptFigures(shown(11, () => true));
    const text = JSON.stringify(kept);
    for (const word of ['WHO5', 'OK', 'share', 'suppressed', '2026-03-02']) expect(text).not.toContain(word);
    expect(text.length).toBeLessThan(JSON.stringify(shown(11, () => true)).length / 3);
  });

  it('refuse a row in another form rather than show it wrongly', () => {
    const old = { ...shown(11, () => true) } as unknown as KeptFigures;
    expect(() => fromKeptFigures('WEEK', '2026-03-02', 5, old)).toThrow('not in the kept form');
    expect(() => fromKeptFigures('WEEK', '2026-03-02', 5, [] as unknown as KeptFigures)).toThrow('not in the kept form');
  });
});
