import { badInput } from '../errors.js';

/** Who may read a reflection besides its author (PRODUCT.md §3C, §4). */
export const ReflectionVisibility = { PRIVATE: 'PRIVATE', FACILITATOR: 'FACILITATOR', GROUP: 'GROUP' } as const;
export type ReflectionVisibility = (typeof ReflectionVisibility)[keyof typeof ReflectionVisibility];
export const REFLECTION_VISIBILITIES: readonly ReflectionVisibility[] = ['PRIVATE', 'FACILITATOR', 'GROUP'];
export const DEFAULT_REFLECTION_VISIBILITY: ReflectionVisibility = 'PRIVATE';

/** The six prompts of a reflection, in the order the form asks them. Each answer is optional free text. */
export const REFLECTION_PROMPTS = [
  'whatHappenedInMe',
  'bodySignals',
  'feelingsNamed',
  'attunementMoments',
  'resonanceFromOthers',
  'whatINeedNow',
] as const;
export type ReflectionPrompt = (typeof REFLECTION_PROMPTS)[number];

/** The nine functions that integration supports (Siegel); a reflection may self-rate any of them 1–5. */
export const NINE_FUNCTIONS = [
  'bodyRegulation',
  'attunedCommunication',
  'emotionalBalance',
  'fearModulation',
  'responseFlexibility',
  'insight',
  'empathy',
  'morality',
  'intuition',
] as const;
export type NineFunction = (typeof NINE_FUNCTIONS)[number];
export type NineFunctionScores = Record<NineFunction, number | null>;

export const PROMPT_MAX_LENGTH = 5000;
export const RATING_MIN = 1;
export const RATING_MAX = 7;
export const FUNCTION_SCORE_MIN = 1;
export const FUNCTION_SCORE_MAX = 5;
/** −3 chaos … 0 integrated … +3 rigid. */
export const CHAOS_RIGIDITY_MIN = -3;
export const CHAOS_RIGIDITY_MAX = 3;
export const PEER_RESPONSE_MAX_LENGTH = 2000;
export const REFLECTION_SEARCH_MAX_LENGTH = 200;

/** A reflection as the member means it: validated, texts trimmed (empty answers are null). */
export interface ReflectionContent {
  readonly visibility: ReflectionVisibility;
  readonly attunement: number;
  readonly resonance: number;
  readonly nineFunctions: NineFunctionScores;
  readonly chaosRigidity: number | null;
  readonly texts: Readonly<Record<ReflectionPrompt, string | null>>;
}

/**
 * What a client sends to write a reflection. Values are `unknown` on purpose: the rules below
 * check type and range themselves, so they hold whatever the transport let through.
 */
export interface ReflectionDraft {
  readonly visibility?: unknown;
  readonly attunement?: unknown;
  readonly resonance?: unknown;
  readonly nineFunctions?: Readonly<Partial<Record<NineFunction, unknown>>> | null;
  readonly chaosRigidity?: unknown;
  readonly whatHappenedInMe?: unknown;
  readonly bodySignals?: unknown;
  readonly feelingsNamed?: unknown;
  readonly attunementMoments?: unknown;
  readonly resonanceFromOthers?: unknown;
  readonly whatINeedNow?: unknown;
}

/**
 * A change to a reflection: an absent (undefined) field keeps its value, null clears an optional
 * one. `nineFunctions`, when given, replaces the whole self-check (functions left out are skipped).
 */
export type ReflectionPatch = ReflectionDraft;

export function isReflectionVisibility(value: unknown): value is ReflectionVisibility {
  return typeof value === 'string' && (REFLECTION_VISIBILITIES as readonly string[]).includes(value);
}

function wholeNumberIn(value: unknown, field: string, label: string, min: number, max: number): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    throw badInput(field, `${label} must be a whole number from ${min} to ${max}`);
  }
  return value;
}

export function validateAttunement(value: unknown): number {
  if (value === undefined || value === null) throw badInput('attunement', 'Attunement is required (1–7)');
  return wholeNumberIn(value, 'attunement', 'Attunement', RATING_MIN, RATING_MAX);
}

export function validateResonance(value: unknown): number {
  if (value === undefined || value === null) throw badInput('resonance', 'Resonance is required (1–7)');
  return wholeNumberIn(value, 'resonance', 'Resonance', RATING_MIN, RATING_MAX);
}

export function validateChaosRigidity(value: unknown): number | null {
  if (value === undefined || value === null) return null;
  return wholeNumberIn(value, 'chaosRigidity', 'The chaos–rigidity position', CHAOS_RIGIDITY_MIN, CHAOS_RIGIDITY_MAX);
}

export function validateVisibility(value: unknown, field = 'visibility'): ReflectionVisibility {
  if (value === undefined || value === null) return DEFAULT_REFLECTION_VISIBILITY;
  if (!isReflectionVisibility(value)) throw badInput(field, 'Visibility must be PRIVATE, FACILITATOR or GROUP');
  return value;
}

/** Each of the nine functions may be skipped (absent or null) or scored 1–5; no other keys. */
export function validateNineFunctions(value: unknown): NineFunctionScores {
  const scores = Object.fromEntries(NINE_FUNCTIONS.map((f) => [f, null])) as NineFunctionScores;
  if (value === undefined || value === null) return scores;
  if (typeof value !== 'object' || Array.isArray(value)) throw badInput('nineFunctions', 'The nine functions must be an object of scores');
  for (const [key, raw] of Object.entries(value as Record<string, unknown>)) {
    if (!(NINE_FUNCTIONS as readonly string[]).includes(key)) throw badInput(`nineFunctions.${key}`, `Unknown function "${key.slice(0, 40)}"`);
    if (raw === undefined || raw === null) continue;
    scores[key as NineFunction] = wholeNumberIn(raw, `nineFunctions.${key}`, 'Each function score', FUNCTION_SCORE_MIN, FUNCTION_SCORE_MAX);
  }
  return scores;
}

// Control characters other than tab, line feed and carriage return have no place in a note.
// eslint-disable-next-line no-control-regex
const CONTROL_CHARS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/u;

/** Optional free text: trimmed; empty becomes null; at most `max` characters (code points). */
export function validateFreeText(value: unknown, field: string, max: number): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value !== 'string') throw badInput(field, 'Must be text');
  if (CONTROL_CHARS.test(value)) throw badInput(field, 'Contains characters that are not allowed');
  const text = value.trim();
  if (text.length === 0) return null;
  if ([...text].length > max) throw badInput(field, `At most ${max} characters`);
  return text;
}

function validateTexts(draft: ReflectionDraft, base?: ReflectionContent['texts']): Record<ReflectionPrompt, string | null> {
  const texts = {} as Record<ReflectionPrompt, string | null>;
  for (const prompt of REFLECTION_PROMPTS) {
    const raw = draft[prompt];
    texts[prompt] = raw === undefined && base ? base[prompt] : validateFreeText(raw, prompt, PROMPT_MAX_LENGTH);
  }
  return texts;
}

/**
 * The rules for a new reflection: attunement and resonance 1–7 are required (so a reflection is
 * never empty: it always holds at least these two ratings), each of the six prompts is optional
 * text of at most 5000 characters, the nine functions 1–5 each and may be skipped, chaos–rigidity
 * −3…+3 is optional, visibility defaults to PRIVATE.
 */
export function validateReflection(draft: ReflectionDraft): ReflectionContent {
  return {
    attunement: validateAttunement(draft.attunement),
    resonance: validateResonance(draft.resonance),
    nineFunctions: validateNineFunctions(draft.nineFunctions),
    chaosRigidity: validateChaosRigidity(draft.chaosRigidity),
    visibility: validateVisibility(draft.visibility),
    texts: validateTexts(draft),
  };
}

/** Applies a change to an existing reflection under the same rules (ratings cannot be cleared). */
export function applyReflectionPatch(current: ReflectionContent, patch: ReflectionPatch): ReflectionContent {
  return {
    attunement: patch.attunement === undefined ? current.attunement : validateAttunement(patch.attunement),
    resonance: patch.resonance === undefined ? current.resonance : validateResonance(patch.resonance),
    nineFunctions: patch.nineFunctions === undefined ? current.nineFunctions : validateNineFunctions(patch.nineFunctions),
    chaosRigidity: patch.chaosRigidity === undefined ? current.chaosRigidity : validateChaosRigidity(patch.chaosRigidity),
    visibility:
      patch.visibility === undefined || patch.visibility === null ? current.visibility : validateVisibility(patch.visibility),
    texts: validateTexts(patch, current.texts),
  };
}

/** A peer response: required text of at most 2000 characters. */
export function validatePeerResponseText(value: unknown, field = 'text'): string {
  const text = validateFreeText(value, field, PEER_RESPONSE_MAX_LENGTH);
  if (text === null) throw badInput(field, 'Write a response first');
  return text;
}

/** Lower-cased, accents folded, whitespace collapsed: "Ik voelde me ÉÉN" → "ik voelde me een". */
export function foldForSearch(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase().replace(/\s+/gu, ' ').trim();
}

/** The words of a search query (folded); BAD_USER_INPUT when it is too long. Empty → no words. */
export function searchTerms(query: string | null | undefined, field = 'search'): string[] {
  if (query === undefined || query === null) return [];
  if ([...query].length > REFLECTION_SEARCH_MAX_LENGTH) throw badInput(field, `At most ${REFLECTION_SEARCH_MAX_LENGTH} characters`);
  return [...new Set(foldForSearch(query).split(' ').filter(Boolean))];
}

/** Whether every search word occurs in at least one of the texts (case- and accent-insensitive). */
export function matchesSearch(texts: readonly (string | null)[], terms: readonly string[]): boolean {
  if (terms.length === 0) return true;
  const haystack = texts.filter((t): t is string => t !== null).map(foldForSearch).join('\n');
  return terms.every((term) => haystack.includes(term));
}
