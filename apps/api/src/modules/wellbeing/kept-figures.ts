import {
  METRIC_BANDS,
  WELLBEING_METRICS,
  type DistributionBand,
  type Granularity,
  type LocalDate,
  type SuppressionReason,
  type WellbeingMetric,
} from '@attune/domain';
import type { BandCountModel, MetricAggregateModel, WellbeingBucketModel } from './wellbeing.model';

/**
 * A settled bucket's figures as `wellbeing_publication` keeps them: a JSON array of the values
 * alone, in a fixed order, rather than the bucket object itself. What the row's key already says
 * (granularity, first day, k) and what follows from the values (whether it is suppressed, the
 * metrics' names, the bands' names and shares) is not stored.
 *
 * Why: a view of 52 weeks read 35 KB of objects (the same key names 2,000 times), and reading it
 * back — aggregating it in PostgreSQL, sending it, `JSON.parse` building its objects — was the
 * largest part of the view's work once the figures were kept. As arrays it is ≈ 8 KB, parsed
 * without a key to look up, and the objects are built here with one shape each.
 *
 * `[label, start (ms), end (ms), endDate, respondents, members, participationRate,
 *   suppressionReason, responses, means (WELLBEING_METRICS order) | null,
 *   band counts (per metric: METRIC_BANDS order, or null where bands are not shown) | null]`
 */
export type KeptFigures = [
  label: string,
  start: number,
  end: number,
  endDate: string,
  respondents: number,
  members: number,
  participationRate: number | null,
  suppressionReason: SuppressionReason | null,
  responses: number | null,
  means: number[] | null,
  bandCounts: (number[] | null)[] | null,
];

/**
 * A metric's bands as shown, from the responses in each (METRIC_BANDS order): each with its share
 * of the responses, 0–1 to three decimals. Fresh and kept figures alike are shown through this.
 */
export function shownBands(metric: WellbeingMetric, counts: readonly number[], responses: number): BandCountModel[] {
  return METRIC_BANDS[metric].map((d, j) => {
    const count = counts[j] ?? 0;
    return { band: d.band as DistributionBand, count, share: responses > 0 ? Math.round((count / responses) * 1000) / 1000 : 0 };
  });
}

/** What is kept of a computed settled bucket (its `metrics` in WELLBEING_METRICS order, as computed). */
export function keptFigures(b: WellbeingBucketModel): KeptFigures {
  const metrics = b.metrics;
  return [
    b.label,
    b.start.getTime(),
    b.end.getTime(),
    b.endDate,
    b.respondents,
    b.members,
    b.participationRate,
    b.suppressed ? b.suppressionReason : null,
    b.responses,
    metrics ? metrics.map((m) => m.mean) : null,
    metrics ? metrics.map((m) => (m.bands ? m.bands.map((d) => d.count) : null)) : null,
  ];
}

/** The bucket `keptFigures` was made from (`start`, `granularity` and `k` from the kept row's key). */
export function fromKeptFigures(granularity: Granularity, start: LocalDate, k: number, f: KeptFigures): WellbeingBucketModel {
  if (!Array.isArray(f) || f.length !== 11) throw new Error(`Kept wellbeing figures of ${granularity} ${start} are not in the kept form`);
  const [label, startMs, endMs, endDate, respondents, members, participationRate, suppressionReason, responses, means, bandCounts] = f;
  return {
    granularity,
    label,
    start: new Date(startMs),
    end: new Date(endMs),
    startDate: start,
    endDate,
    respondents,
    members,
    participationRate,
    suppressed: suppressionReason !== null,
    suppressionReason,
    responses,
    metrics: means && bandCounts ? metricsOf(means, bandCounts, responses ?? 0) : null,
    anonymityThreshold: k,
  };
}

function metricsOf(means: number[], bandCounts: (number[] | null)[], responses: number): MetricAggregateModel[] {
  return WELLBEING_METRICS.map((metric, i) => {
    const counts = bandCounts[i];
    return { metric, mean: means[i] as number, bands: counts ? shownBands(metric, counts, responses) : null };
  });
}
