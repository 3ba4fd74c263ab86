import { badInput } from '../errors.js';

/**
 * The WHO-5 Well-Being Index: five statements about the last two weeks, each answered 0
 * ("at no time") to 5 ("all of the time"). The raw sum 0–25 times four gives 0–100. Below 50
 * suggests low wellbeing; 28 or lower suggests a need for support.
 */
export const WHO5_ITEM_COUNT = 5;
export const WHO5_ITEM_MAX = 5;
export const WHO5_NEEDS_SUPPORT_AT_OR_BELOW = 28;
export const WHO5_LOW_BELOW = 50;

export const Who5Band = { NEEDS_SUPPORT: 'NEEDS_SUPPORT', LOW: 'LOW', OK: 'OK' } as const;
export type Who5Band = (typeof Who5Band)[keyof typeof Who5Band];

export function who5Raw(items: readonly number[]): number {
  return items.reduce((sum, v) => sum + v, 0);
}

export function who5Score(items: readonly number[]): number {
  return who5Raw(items) * 4;
}

/** The band of a 0–100 score (or of a mean of scores). */
export function who5Band(score: number): Who5Band {
  if (score <= WHO5_NEEDS_SUPPORT_AT_OR_BELOW) return Who5Band.NEEDS_SUPPORT;
  if (score < WHO5_LOW_BELOW) return Who5Band.LOW;
  return Who5Band.OK;
}

/** The six quick scales, 0–10, in our own words (PRODUCT.md §3D). */
export const QuickScale = {
  STRESS_LOAD: 'STRESS_LOAD',
  SLEEP_QUALITY: 'SLEEP_QUALITY',
  BODY_TENSION: 'BODY_TENSION',
  SAFETY: 'SAFETY',
  CONNECTION: 'CONNECTION',
  CLIENT_MATERIAL: 'CLIENT_MATERIAL',
} as const;
export type QuickScale = (typeof QuickScale)[keyof typeof QuickScale];
export const QUICK_SCALES: readonly QuickScale[] = [
  'STRESS_LOAD',
  'SLEEP_QUALITY',
  'BODY_TENSION',
  'SAFETY',
  'CONNECTION',
  'CLIENT_MATERIAL',
];
export const QUICK_SCALE_MAX = 10;

/** The input field of each scale (camelCase, as in the API and the web). */
export const QUICK_SCALE_FIELD = {
  STRESS_LOAD: 'stressLoad',
  SLEEP_QUALITY: 'sleepQuality',
  BODY_TENSION: 'bodyTension',
  SAFETY: 'safety',
  CONNECTION: 'connection',
  CLIENT_MATERIAL: 'clientMaterial',
} as const satisfies Record<QuickScale, string>;
export type QuickScaleField = (typeof QUICK_SCALE_FIELD)[QuickScale];

/**
 * Which end of a scale is heavy. Stress load, body tension and client material that stays with
 * me are heavy when high; sleep quality, sense of safety and connection with the team when low.
 */
export const HEAVY_WHEN_HIGH: Readonly<Record<QuickScale, boolean>> = {
  STRESS_LOAD: true,
  SLEEP_QUALITY: false,
  BODY_TENSION: true,
  SAFETY: false,
  CONNECTION: false,
  CLIENT_MATERIAL: true,
};

/** How heavy a scale value is, 0 (light) … 10 (heavy), whichever way the scale runs. */
export function strainOf(scale: QuickScale, value: number): number {
  return HEAVY_WHEN_HIGH[scale] ? value : QUICK_SCALE_MAX - value;
}

export type ScaleValues = Readonly<Record<QuickScale, number>>;

export interface CheckInAnswers {
  readonly who5: readonly number[];
  readonly scales: ScaleValues;
  /** The private note, trimmed; null when empty. */
  readonly note: string | null;
}

export type CheckInInput = { readonly who5: readonly number[]; readonly note?: string | null } & {
  readonly [F in QuickScaleField]: number;
};

export const CHECK_IN_NOTE_MAX_LENGTH = 2000;

function integerIn(value: unknown, max: number, field: string, what: string): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > max) {
    throw badInput(field, `${what} must be a whole number from 0 to ${max}`);
  }
  return value;
}

/** Checks a check-in and returns it normalised; every refusal names the offending field. */
export function validateCheckIn(input: CheckInInput): CheckInAnswers {
  if (!Array.isArray(input.who5) || input.who5.length !== WHO5_ITEM_COUNT) {
    throw badInput('who5', `Answer all ${WHO5_ITEM_COUNT} WHO-5 statements`);
  }
  const who5 = input.who5.map((v, i) => integerIn(v, WHO5_ITEM_MAX, `who5.${i}`, 'Each WHO-5 answer'));
  const scales = {} as Record<QuickScale, number>;
  for (const scale of QUICK_SCALES) {
    const field = QUICK_SCALE_FIELD[scale];
    scales[scale] = integerIn(input[field], QUICK_SCALE_MAX, field, 'Each scale');
  }
  return { who5, scales, note: normaliseNote(input.note) };
}

export function normaliseNote(raw: string | null | undefined, field = 'note'): string | null {
  if (raw === null || raw === undefined) return null;
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/u.test(raw)) throw badInput(field, 'The note contains invalid characters');
  const note = raw.trim();
  if (note.length === 0) return null;
  if (note.length > CHECK_IN_NOTE_MAX_LENGTH) throw badInput(field, `The note can be at most ${CHECK_IN_NOTE_MAX_LENGTH} characters`);
  return note;
}

/** The trend compares today's score with the mean of (up to) the four check-ins before it. */
export const TREND_WINDOW = 4;
/** A change of ten points on the 0–100 WHO-5 scale is the accepted threshold for a meaningful change. */
export const TREND_MEANINGFUL_CHANGE = 10;

export const TrendDirection = { FIRST: 'FIRST', UP: 'UP', STEADY: 'STEADY', DOWN: 'DOWN' } as const;
export type TrendDirection = (typeof TrendDirection)[keyof typeof TrendDirection];

export interface Who5Trend {
  readonly direction: TrendDirection;
  /** Mean of the earlier check-ins compared against; null for a first check-in. */
  readonly previousMean: number | null;
  /** Today's score minus that mean; null for a first check-in. */
  readonly change: number | null;
  /** How many earlier check-ins were compared (0–4). */
  readonly comparedWith: number;
}

/** `previous`: earlier scores, most recent first; only the first four count. */
export function who5Trend(score: number, previous: readonly number[]): Who5Trend {
  const window = previous.slice(0, TREND_WINDOW);
  if (window.length === 0) return { direction: 'FIRST', previousMean: null, change: null, comparedWith: 0 };
  const previousMean = round1(window.reduce((s, v) => s + v, 0) / window.length);
  const change = round1(score - previousMean);
  const direction = change >= TREND_MEANINGFUL_CHANGE ? 'UP' : change <= -TREND_MEANINGFUL_CHANGE ? 'DOWN' : 'STEADY';
  return { direction, previousMean, change, comparedWith: window.length };
}

export function round1(value: number): number {
  return Math.round(value * 10) / 10;
}
