import { NINE_FUNCTIONS, type NineFunction } from '../reflection/reflection.js';
import { addCalendarMonths, daysBetween, monthStart, type LocalDate } from '../wellbeing/calendar.js';

/**
 * The member's own charts over time ("my integration"). WHO-5 comes from check-ins; attunement,
 * resonance, the nine functions and the chaos–rigidity position come from reflections, and the
 * shapes and calculations for those are defined here so the reflection data can be plugged in.
 */
export interface SeriesPoint {
  readonly date: LocalDate;
  readonly value: number;
}

/** Points sorted by date; one per date (a later value for the same date wins). */
export function toSeries(points: readonly { date: LocalDate; value: number }[]): SeriesPoint[] {
  // Points read in date order, one per date (as the API reads check-ins), are the series already:
  // no map, entries or sort to allocate for two years of them.
  let ordered = true;
  for (let i = 1; i < points.length && ordered; i++) ordered = (points[i - 1] as SeriesPoint).date < (points[i] as SeriesPoint).date;
  if (ordered) return points.map((p) => ({ date: p.date, value: p.value }));
  const byDate = new Map<LocalDate, number>();
  for (const p of points) byDate.set(p.date, p.value);
  return [...byDate.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([date, value]) => ({ date, value }));
}

export interface NineFunctionsRating {
  readonly date: LocalDate;
  /** Any function may be skipped. */
  readonly scores: Readonly<Partial<Record<NineFunction, number>>>;
}

export interface NineFunctionComparison {
  readonly fn: NineFunction;
  /** Mean over the recent three months; null when not rated then. */
  readonly recentMean: number | null;
  readonly recentCount: number;
  /** Mean over the three months before; null when not rated then. */
  readonly earlierMean: number | null;
  readonly earlierCount: number;
}

/** The period boundaries: recent = [today − 3 months, today], earlier = [today − 6 months, today − 3 months). */
export function comparisonPeriods(today: LocalDate): { earlierFrom: LocalDate; recentFrom: LocalDate } {
  const day = Number(today.slice(8, 10));
  const shift = (months: number): LocalDate => {
    const m = addCalendarMonths(monthStart(today), months);
    const lastDay = daysBetween(m, addCalendarMonths(m, 1));
    return `${m.slice(0, 8)}${String(Math.min(day, lastDay)).padStart(2, '0')}`;
  };
  return { earlierFrom: shift(-6), recentFrom: shift(-3) };
}

/** The nine functions: recent three months against the three months before. */
export function compareNineFunctions(ratings: readonly NineFunctionsRating[], today: LocalDate): NineFunctionComparison[] {
  const { earlierFrom, recentFrom } = comparisonPeriods(today);
  return NINE_FUNCTIONS.map((fn) => {
    const recent: number[] = [];
    const earlier: number[] = [];
    for (const r of ratings) {
      const v = r.scores[fn];
      if (v === undefined || r.date > today) continue;
      if (r.date >= recentFrom) recent.push(v);
      else if (r.date >= earlierFrom) earlier.push(v);
    }
    return { fn, recentMean: mean(recent), recentCount: recent.length, earlierMean: mean(earlier), earlierCount: earlier.length };
  });
}


/** What one reflection contributes to the member's charts; every part is optional in a reflection. */
export interface ReflectionRatings {
  readonly date: LocalDate;
  /** 1–7 */
  readonly attunement: number | null;
  /** 1–7 */
  readonly resonance: number | null;
  /** 1–5 each; any may be skipped. */
  readonly nineFunctions: Readonly<Partial<Record<NineFunction, number>>>;
  /** −3 (chaos) … 0 (integrated) … +3 (rigid) */
  readonly chaosRigidity: number | null;
}

/** The reflection-based series of "my integration". */
export interface ReflectionSeries {
  readonly attunement: SeriesPoint[];
  readonly resonance: SeriesPoint[];
  /** Recent three months against the three before. */
  readonly nineFunctions: NineFunctionComparison[];
  readonly chaosRigidity: SeriesPoint[];
}

/**
 * Builds the reflection charts from the member's own reflections (several on one day average
 * to one point). The reflection module supplies `ratings`; nothing here reads a database.
 */
export function reflectionSeries(ratings: readonly ReflectionRatings[], today: LocalDate): ReflectionSeries {
  const daily = (pick: (r: ReflectionRatings) => number | null): SeriesPoint[] => {
    const byDate = new Map<LocalDate, number[]>();
    for (const r of ratings) {
      const v = pick(r);
      if (v === null) continue;
      const list = byDate.get(r.date) ?? [];
      list.push(v);
      byDate.set(r.date, list);
    }
    return toSeries([...byDate].map(([date, values]) => ({ date, value: mean(values) ?? 0 })));
  };
  return {
    attunement: daily((r) => r.attunement),
    resonance: daily((r) => r.resonance),
    nineFunctions: compareNineFunctions(
      ratings.map((r) => ({ date: r.date, scores: r.nineFunctions })),
      today,
    ),
    chaosRigidity: daily((r) => r.chaosRigidity),
  };
}

function mean(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  return Math.round((values.reduce((s, v) => s + v, 0) / values.length) * 10) / 10;
}
