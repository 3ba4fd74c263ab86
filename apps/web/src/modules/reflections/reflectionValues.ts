import {
  CHAOS_RIGIDITY_MAX,
  CHAOS_RIGIDITY_MIN,
  DEFAULT_REFLECTION_VISIBILITY,
  FUNCTION_SCORE_MAX,
  FUNCTION_SCORE_MIN,
  NINE_FUNCTIONS,
  RATING_MAX,
  RATING_MIN,
  REFLECTION_PROMPTS,
  isReflectionVisibility,
  type NineFunction,
  type ReflectionPrompt,
  type ReflectionVisibility,
} from '@attune/domain';
import type {
  NineFunctionsInput,
  ReflectionFieldsFragment,
  UpdateReflectionInput,
  WriteReflectionInput,
} from '../../generated/graphql';

/** What the reflection form holds while someone writes: texts as typed, ratings possibly unset. */
export interface ReflectionValues {
  texts: Record<ReflectionPrompt, string>;
  attunement: number | null;
  resonance: number | null;
  nineFunctions: Record<NineFunction, number | null>;
  chaosRigidity: number | null;
  visibility: ReflectionVisibility;
}

export function emptyValues(): ReflectionValues {
  return {
    texts: Object.fromEntries(REFLECTION_PROMPTS.map((p) => [p, ''])) as Record<ReflectionPrompt, string>,
    attunement: null,
    resonance: null,
    nineFunctions: Object.fromEntries(NINE_FUNCTIONS.map((f) => [f, null])) as Record<NineFunction, number | null>,
    chaosRigidity: null,
    visibility: DEFAULT_REFLECTION_VISIBILITY,
  };
}

/** The form values of a saved reflection (for editing). */
export function valuesFromReflection(r: ReflectionFieldsFragment): ReflectionValues {
  const values = emptyValues();
  for (const prompt of REFLECTION_PROMPTS) values.texts[prompt] = r[prompt] ?? '';
  for (const f of NINE_FUNCTIONS) values.nineFunctions[f] = r.nineFunctions[f];
  return { ...values, attunement: r.attunement, resonance: r.resonance, chaosRigidity: r.chaosRigidity, visibility: r.visibility };
}

export function sameValues(a: ReflectionValues, b: ReflectionValues): boolean {
  return (
    a.attunement === b.attunement &&
    a.resonance === b.resonance &&
    a.chaosRigidity === b.chaosRigidity &&
    a.visibility === b.visibility &&
    REFLECTION_PROMPTS.every((p) => a.texts[p] === b.texts[p]) &&
    NINE_FUNCTIONS.every((f) => a.nineFunctions[f] === b.nineFunctions[f])
  );
}

/** Only the functions that were rated; the others are left out, which means "skipped". */
function ratedFunctions(values: ReflectionValues): NineFunctionsInput {
  const rated: NineFunctionsInput = {};
  for (const f of NINE_FUNCTIONS) {
    const score = values.nineFunctions[f];
    if (score !== null) rated[f] = score;
  }
  return rated;
}

/** A new reflection: empty answers and skipped parts are simply left out. */
export function toWriteInput(sessionId: string, values: ReflectionValues): WriteReflectionInput {
  const input: WriteReflectionInput = {
    sessionId,
    attunement: values.attunement ?? 0,
    resonance: values.resonance ?? 0,
    visibility: values.visibility,
  };
  for (const prompt of REFLECTION_PROMPTS) {
    const text = values.texts[prompt].trim();
    if (text) input[prompt] = text;
  }
  const rated = ratedFunctions(values);
  if (Object.keys(rated).length > 0) input.nineFunctions = rated;
  if (values.chaosRigidity !== null) input.chaosRigidity = values.chaosRigidity;
  return input;
}

/** A change: every field is sent, so what was emptied is cleared (null) and the self-check replaced. */
export function toUpdateInput(values: ReflectionValues): UpdateReflectionInput {
  const input: UpdateReflectionInput = {
    attunement: values.attunement ?? 0,
    resonance: values.resonance ?? 0,
    visibility: values.visibility,
    chaosRigidity: values.chaosRigidity,
    nineFunctions: ratedFunctions(values),
  };
  for (const prompt of REFLECTION_PROMPTS) {
    const text = values.texts[prompt].trim();
    input[prompt] = text ? text : null;
  }
  return input;
}

const wholeIn = (value: unknown, min: number, max: number): number | null =>
  typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max ? value : null;

/**
 * Reads values back from storage, keeping only what fits the rules (a stored draft may come from
 * an older version of the app or have been changed by hand). Null when it is not a draft at all.
 */
export function parseValues(raw: unknown): ReflectionValues | null {
  if (!raw || typeof raw !== 'object') return null;
  const o = raw as Record<string, unknown>;
  const values = emptyValues();
  const texts = o.texts && typeof o.texts === 'object' ? (o.texts as Record<string, unknown>) : {};
  for (const prompt of REFLECTION_PROMPTS) {
    const text = texts[prompt];
    if (typeof text === 'string') values.texts[prompt] = text;
  }
  const scores = o.nineFunctions && typeof o.nineFunctions === 'object' ? (o.nineFunctions as Record<string, unknown>) : {};
  for (const f of NINE_FUNCTIONS) values.nineFunctions[f] = wholeIn(scores[f], FUNCTION_SCORE_MIN, FUNCTION_SCORE_MAX);
  values.attunement = wholeIn(o.attunement, RATING_MIN, RATING_MAX);
  values.resonance = wholeIn(o.resonance, RATING_MIN, RATING_MAX);
  values.chaosRigidity = wholeIn(o.chaosRigidity, CHAOS_RIGIDITY_MIN, CHAOS_RIGIDITY_MAX);
  if (isReflectionVisibility(o.visibility)) values.visibility = o.visibility;
  return values;
}
