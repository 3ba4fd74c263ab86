import { badInput } from '../errors.js';
import { QUICK_SCALES, QuickScale, WHO5_LOW_BELOW, WHO5_NEEDS_SUPPORT_AT_OR_BELOW } from '../check-in/who5.js';
import {
  addDays,
  addCalendarMonths,
  bucketEnd,
  monthStart,
  quarterStart,
  weekWithinMonth,
  type Granularity,
  type LocalDate,
} from './calendar.js';

/*
 * Team wellbeing is published per fixed calendar bucket, and only in ways that never single out
 * fewer than k people — not in one cell, and not by combining cells. The full argument is in
 * docs/anonymity.md; in short:
 *
 * WHAT IS COUNTED. A "response" is one member's check-ins within one ISO week, averaged; a week
 * that crosses a month boundary is cut in two. Every figure of a bucket — the number of
 * responses, the sum behind each mean, the count in each distribution band — is a plain sum over
 * the responses in it. So every bucket is a sum over "atoms" (week ∩ month pieces), and anything
 * a lead can work out from published figures is a linear combination of atom sums. (A per-person
 * mean would not be additive, and subtracting months from a quarter would then isolate whoever
 * checked in in two months; plain sums keep the arithmetic honest.)
 *
 * THE RULE. Think of the published buckets as a tree: quarters contain months, months contain
 * the weeks inside them and the two halves of the weeks that straddle their edges. In such a
 * tree every published figure equals the sum of its nearest published descendants plus a
 * "residual" (what no published descendant covers), and the residuals are disjoint. So a lead
 * can learn exactly the residual sums and nothing finer. We publish so that every residual holds
 * either nobody or at least k distinct people:
 *
 *   1. A week is shown when it has ≥ k respondents and, if it straddles two months, each half
 *      has nobody or ≥ k respondents (so the week adds nothing finer to either month).
 *   2. A month with ≥ k respondents is shown. If the respondents not covered by its shown
 *      weeks number 1…k−1 (a hidden week could be had by subtraction), more weeks inside the
 *      month are hidden, fewest respondents first, until the uncovered part holds ≥ k; if the
 *      weeks inside run out first, the month itself is hidden instead.
 *   3. A quarter with ≥ k respondents is shown unless the respondents not covered by its shown
 *      months and weeks number 1…k−1 (complementary suppression of the quarter).
 *
 * Distribution bands are cells too: for each measure the band counts of a bucket are shown all
 * together or not at all, only on a shown bucket, only when every band holds nobody or ≥ k
 * people, and by the same three steps applied per band. "All or nothing" means no hidden band
 * can be had as total minus the shown ones.
 *
 * TIME. Decisions depend only on data within a few days of the bucket, and a bucket is only
 * published once that data can no longer change (calendar.ts `settlesOn`), so what a lead saw
 * yesterday and sees today are the same publication.
 */

export const DEFAULT_ANONYMITY_THRESHOLD = 5;
export const MIN_ANONYMITY_THRESHOLD = 3;
export const MAX_ANONYMITY_THRESHOLD = 50;

export function validateAnonymityThreshold(k: number, field = 'anonymityThreshold'): number {
  if (!Number.isInteger(k)) throw badInput(field, 'The anonymity threshold must be a whole number');
  if (k < MIN_ANONYMITY_THRESHOLD) throw badInput(field, `The anonymity threshold can never be below ${MIN_ANONYMITY_THRESHOLD}`);
  if (k > MAX_ANONYMITY_THRESHOLD) throw badInput(field, `The anonymity threshold can be at most ${MAX_ANONYMITY_THRESHOLD}`);
  return k;
}

/** What team wellbeing reports on: the WHO-5 score and each quick scale. */
export const WellbeingMetric = { WHO5: 'WHO5', ...QuickScale } as const;
export type WellbeingMetric = (typeof WellbeingMetric)[keyof typeof WellbeingMetric];
export const WELLBEING_METRICS: readonly WellbeingMetric[] = ['WHO5', ...QUICK_SCALES];

export const DistributionBand = { NEEDS_SUPPORT: 'NEEDS_SUPPORT', LOW: 'LOW', OK: 'OK', MIDDLE: 'MIDDLE', HIGH: 'HIGH' } as const;
export type DistributionBand = (typeof DistributionBand)[keyof typeof DistributionBand];

/** A band holds values up to `upTo` (inclusive or not); the last band has no upper bound. */
export interface BandDefinition {
  readonly band: DistributionBand;
  readonly upTo: number | null;
  readonly inclusive: boolean;
}

const WHO5_BANDS: readonly BandDefinition[] = [
  { band: 'NEEDS_SUPPORT', upTo: WHO5_NEEDS_SUPPORT_AT_OR_BELOW, inclusive: true },
  { band: 'LOW', upTo: WHO5_LOW_BELOW, inclusive: false },
  { band: 'OK', upTo: null, inclusive: false },
];
/** Quick scales: 0–3 low, 4–6 middle, 7–10 high (a mean of 3.5 or more counts as middle). */
const SCALE_BANDS: readonly BandDefinition[] = [
  { band: 'LOW', upTo: 3.5, inclusive: false },
  { band: 'MIDDLE', upTo: 6.5, inclusive: false },
  { band: 'HIGH', upTo: null, inclusive: false },
];

export const METRIC_BANDS: Readonly<Record<WellbeingMetric, readonly BandDefinition[]>> = {
  WHO5: WHO5_BANDS,
  STRESS_LOAD: SCALE_BANDS,
  SLEEP_QUALITY: SCALE_BANDS,
  BODY_TENSION: SCALE_BANDS,
  SAFETY: SCALE_BANDS,
  CONNECTION: SCALE_BANDS,
  CLIENT_MATERIAL: SCALE_BANDS,
};

export function bandOf(metric: WellbeingMetric, value: number): DistributionBand {
  for (const def of METRIC_BANDS[metric]) {
    if (def.upTo === null || (def.inclusive ? value <= def.upTo : value < def.upTo)) return def.band;
  }
  throw new Error('unreachable: the last band is open');
}

/**
 * One atom: the responses of one week ∩ month piece, as pseudonymous respondent numbers
 * (valid within one computation only). `bands[metric][band]` lists who had that band.
 */
export interface Atom {
  readonly week: LocalDate;
  readonly month: LocalDate;
  readonly people: readonly number[];
  readonly bands: Readonly<Partial<Record<WellbeingMetric, Readonly<Partial<Record<DistributionBand, readonly number[]>>>>>>;
}

export const SuppressionReason = {
  /** Fewer than k distinct respondents. */
  TOO_FEW_RESPONDENTS: 'TOO_FEW_RESPONDENTS',
  /** Enough respondents, but showing it would let a hidden cell be worked out (complementary suppression). */
  PROTECTS_OTHER_CELL: 'PROTECTS_OTHER_CELL',
  /** Check-ins can still arrive in (or next to) this period; shown once it is settled. */
  NOT_SETTLED: 'NOT_SETTLED',
  /** The period spans a moment someone erased their data; its figures would differ from those already shown by that person's answers. */
  ERASURE_BOUNDARY: 'ERASURE_BOUNDARY',
} as const;
export type SuppressionReason = (typeof SuppressionReason)[keyof typeof SuppressionReason];

export interface BucketDecision {
  readonly shown: boolean;
  readonly reason: SuppressionReason | null;
  /** Distinct respondents in the bucket. */
  readonly respondents: number;
  /** Metrics whose distribution bands may be shown (only when shown). */
  readonly bandsShown: readonly WellbeingMetric[];
}

export interface Publication {
  decision(granularity: Granularity, start: LocalDate): BucketDecision;
}

type Groups = readonly (readonly number[])[];

interface MeasureOutcome {
  shown(granularity: Granularity, start: LocalDate): boolean;
  reason(granularity: Granularity, start: LocalDate): SuppressionReason | null;
}

const key = (g: Granularity, start: LocalDate): string => `${g}:${start}`;

function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const k = keyOf(item);
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
  }
  return out;
}

class Index {
  readonly byWeek: Map<LocalDate, Atom[]>;
  readonly byMonth: Map<LocalDate, Atom[]>;
  readonly byQuarter: Map<LocalDate, Atom[]>;
  constructor(atoms: readonly Atom[]) {
    this.byWeek = groupBy(atoms, (a) => a.week);
    this.byMonth = groupBy(atoms, (a) => a.month);
    this.byQuarter = groupBy(atoms, (a) => quarterStart(a.month));
  }
  atoms(g: Granularity, start: LocalDate): readonly Atom[] {
    const map = g === 'WEEK' ? this.byWeek : g === 'MONTH' ? this.byMonth : this.byQuarter;
    return map.get(start) ?? [];
  }
}

function unionSizes(atoms: readonly Atom[], groupsOf: (a: Atom) => Groups): number[] {
  const sets: Set<number>[] = [];
  for (const atom of atoms) {
    groupsOf(atom).forEach((group, i) => {
      const set = (sets[i] ??= new Set<number>());
      for (const p of group) set.add(p);
    });
  }
  return sets.map((s) => s.size);
}

function respondentsOf(atoms: readonly Atom[]): number {
  return unionSizes(atoms, (a) => [a.people])[0] ?? 0;
}

/**
 * Runs the three steps for one measure. `groupsOf` gives an atom's groups (one group for the
 * respondents, or one per band); `base` says whether the bucket is eligible at all; `primary`
 * whether the bucket's own groups may be shown.
 */
function runMeasure(
  index: Index,
  k: number,
  groupsOf: (a: Atom) => Groups,
  base: (g: Granularity, start: LocalDate) => boolean,
  primary: (sizes: readonly number[]) => boolean,
): MeasureOutcome {
  const safe = (atoms: readonly Atom[]): boolean => unionSizes(atoms, groupsOf).every((n) => n === 0 || n >= k);
  const reasons = new Map<string, SuppressionReason | null>();
  const shownAfterStep1 = new Set<LocalDate>();

  // 1. Weeks: their own groups, and each month half of a straddling week.
  for (const [week, atoms] of index.byWeek) {
    if (!base('WEEK', week)) continue;
    if (!primary(unionSizes(atoms, groupsOf))) {
      reasons.set(key('WEEK', week), 'TOO_FEW_RESPONDENTS');
      continue;
    }
    const halves = [...groupBy(atoms, (a) => a.month).values()];
    if (halves.length > 1 && !halves.every(safe)) {
      reasons.set(key('WEEK', week), 'PROTECTS_OTHER_CELL');
      continue;
    }
    shownAfterStep1.add(week);
  }

  // 2. Months: what the shown weeks leave uncovered must hold nobody or at least k.
  const hiddenByMonths = new Set<LocalDate>();
  const shownMonths = new Set<LocalDate>();
  for (const [month, atoms] of index.byMonth) {
    if (!base('MONTH', month)) continue;
    if (!primary(unionSizes(atoms, groupsOf))) {
      reasons.set(key('MONTH', month), 'TOO_FEW_RESPONDENTS');
      continue;
    }
    const residual = atoms.filter((a) => !shownAfterStep1.has(a.week));
    const hiddenHere: LocalDate[] = [];
    const candidates = [...new Set(atoms.map((a) => a.week))]
      .filter((w) => shownAfterStep1.has(w) && weekWithinMonth(w))
      .map((w) => ({ week: w, respondents: respondentsOf(index.byWeek.get(w) ?? []) }))
      .sort((a, b) => a.respondents - b.respondents || (a.week < b.week ? -1 : 1));
    let monthShown = true;
    while (!safe(residual)) {
      const next = candidates.shift();
      if (!next) {
        monthShown = false;
        break;
      }
      hiddenHere.push(next.week);
      residual.push(...(index.byWeek.get(next.week) ?? []));
    }
    if (monthShown) {
      shownMonths.add(month);
      for (const w of hiddenHere) {
        hiddenByMonths.add(w);
        reasons.set(key('WEEK', w), 'PROTECTS_OTHER_CELL');
      }
    } else {
      reasons.set(key('MONTH', month), 'PROTECTS_OTHER_CELL');
    }
  }
  const shownWeeks = new Set([...shownAfterStep1].filter((w) => !hiddenByMonths.has(w)));

  // 3. Quarters: what shown months and weeks leave uncovered must hold nobody or at least k.
  const shownQuarters = new Set<LocalDate>();
  for (const [quarter, atoms] of index.byQuarter) {
    if (!base('QUARTER', quarter)) continue;
    if (!primary(unionSizes(atoms, groupsOf))) {
      reasons.set(key('QUARTER', quarter), 'TOO_FEW_RESPONDENTS');
      continue;
    }
    const residual = atoms.filter((a) => !shownMonths.has(a.month) && !shownWeeks.has(a.week));
    if (safe(residual)) shownQuarters.add(quarter);
    else reasons.set(key('QUARTER', quarter), 'PROTECTS_OTHER_CELL');
  }

  const shownSet = (g: Granularity): Set<LocalDate> => (g === 'WEEK' ? shownWeeks : g === 'MONTH' ? shownMonths : shownQuarters);
  return {
    shown: (g, start) => shownSet(g).has(start),
    reason: (g, start) => (shownSet(g).has(start) ? null : (reasons.get(key(g, start)) ?? 'TOO_FEW_RESPONDENTS')),
  };
}

/** Decides, for every bucket touched by the atoms, whether its figures and band counts may be shown. */
export function decidePublication(atoms: readonly Atom[], k: number): Publication {
  const index = new Index(atoms);
  const totals = runMeasure(
    index,
    k,
    (a) => [a.people],
    () => true,
    ([n]) => (n ?? 0) >= k,
  );
  const bands = new Map<WellbeingMetric, MeasureOutcome>();
  for (const metric of WELLBEING_METRICS) {
    const defs = METRIC_BANDS[metric];
    bands.set(
      metric,
      runMeasure(
        index,
        k,
        (a) => defs.map((d) => a.bands[metric]?.[d.band] ?? []),
        (g, start) => totals.shown(g, start),
        (sizes) => sizes.every((n) => n === 0 || n >= k),
      ),
    );
  }
  return {
    decision(g, start) {
      const respondents = respondentsOf(index.atoms(g, start));
      const shown = totals.shown(g, start);
      return {
        shown,
        reason: shown ? null : totals.reason(g, start),
        respondents,
        bandsShown: shown ? WELLBEING_METRICS.filter((m) => bands.get(m)?.shown(g, start)) : [],
      };
    },
  };
}

/**
 * The days whose check-ins the decisions for buckets from `first` up to `last` depend on
 * (inclusive start, exclusive end): their quarters, plus a month either side.
 */
export function dataWindow(first: LocalDate, lastStart: LocalDate, granularity: Granularity): { from: LocalDate; to: LocalDate } {
  const lastDay = addDays(bucketEnd(lastStart, granularity), -1);
  return { from: addCalendarMonths(quarterStart(first), -1), to: addCalendarMonths(quarterStart(lastDay), 4) };
}

/** Which month halves a week has (one, or two when it straddles a month boundary). */
export function weekMonths(week: LocalDate): LocalDate[] {
  const a = monthStart(week);
  const b = monthStart(addDays(week, 6));
  return a === b ? [a] : [a, b];
}

/** Respondents as a share of the team's members during the bucket; null without members. */
export function participationRate(respondents: number, members: number): number | null {
  if (members <= 0) return null;
  return Math.min(1, Math.round((respondents / members) * 1000) / 1000);
}
