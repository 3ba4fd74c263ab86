import {
  QUICK_SCALES,
  QUICK_SCALE_MAX,
  strainOf,
  type QuickScale,
  type ScaleValues,
  type Who5Band,
  type Who5Trend,
} from './who5.js';

/** Text in both first-class languages, so a client can show it directly. */
export interface LocalizedText {
  readonly nl: string;
  readonly en: string;
}

/** What recovery from strain needs (PRODUCT.md §1). */
export const RecoveryCondition = {
  SAFETY: 'SAFETY',
  REST: 'REST',
  PRESENCE: 'PRESENCE',
  ACCEPTANCE: 'ACCEPTANCE',
  RHYTHM: 'RHYTHM',
} as const;
export type RecoveryCondition = (typeof RecoveryCondition)[keyof typeof RecoveryCondition];

/** The recovery condition that speaks to each scale when it is heavy. */
export const SCALE_CONDITION: Readonly<Record<QuickScale, RecoveryCondition>> = {
  SAFETY: 'SAFETY',
  SLEEP_QUALITY: 'REST',
  STRESS_LOAD: 'RHYTHM',
  BODY_TENSION: 'PRESENCE',
  CONNECTION: 'PRESENCE',
  CLIENT_MATERIAL: 'ACCEPTANCE',
};

/** Order among equally heavy scales: safety first, because nothing else settles without it. */
const SCALE_PRIORITY: readonly QuickScale[] = ['SAFETY', 'SLEEP_QUALITY', 'STRESS_LOAD', 'BODY_TENSION', 'CLIENT_MATERIAL', 'CONNECTION'];

/** A scale stands out when it is heavy (strain 7 or more of 10) … */
export const STAND_OUT_STRAIN = 7;
/** … or when it is at least 3 heavier than the member's own mean over their last check-ins. */
export const STAND_OUT_RISE = 3;

/** Scales that stand out, heaviest first. `previous`: the member's recent check-ins' scales. */
export function scalesThatStandOut(scales: ScaleValues, previous: readonly ScaleValues[] = []): QuickScale[] {
  const standing: { scale: QuickScale; strain: number }[] = [];
  for (const scale of QUICK_SCALES) {
    const strain = strainOf(scale, scales[scale]);
    const earlier = previous.map((p) => strainOf(scale, p[scale]));
    const earlierMean = earlier.length > 0 ? earlier.reduce((s, v) => s + v, 0) / earlier.length : null;
    const rose = earlierMean !== null && strain - earlierMean >= STAND_OUT_RISE && strain >= QUICK_SCALE_MAX / 2;
    if (strain >= STAND_OUT_STRAIN || rose) standing.push({ scale, strain });
  }
  return standing
    .sort((a, b) => b.strain - a.strain || SCALE_PRIORITY.indexOf(a.scale) - SCALE_PRIORITY.indexOf(b.scale))
    .map((s) => s.scale);
}

/** Stable keys of the suggestions; clients may translate them themselves. */
export const SuggestionKey = {
  SAFETY_FIND_SAFE_GROUND: 'safety.findSafeGround',
  REST_SLEEP: 'rest.sleep',
  RHYTHM_PAUSES: 'rhythm.pauses',
  PRESENCE_BODY: 'presence.body',
  PRESENCE_CONNECTION: 'presence.connection',
  ACCEPTANCE_CLIENT_MATERIAL: 'acceptance.clientMaterial',
  ACCEPTANCE_LOW_WELLBEING: 'acceptance.lowWellbeing',
  PRESENCE_NOTICE_DIP: 'presence.noticeDip',
  RHYTHM_KEEP_WHAT_HELPS: 'rhythm.keepWhatHelps',
} as const;
export type SuggestionKey = (typeof SuggestionKey)[keyof typeof SuggestionKey];

const SCALE_SUGGESTION: Readonly<Record<QuickScale, SuggestionKey>> = {
  SAFETY: 'safety.findSafeGround',
  SLEEP_QUALITY: 'rest.sleep',
  STRESS_LOAD: 'rhythm.pauses',
  BODY_TENSION: 'presence.body',
  CONNECTION: 'presence.connection',
  CLIENT_MATERIAL: 'acceptance.clientMaterial',
};

export const SUGGESTION_TEXT: Readonly<Record<SuggestionKey, LocalizedText>> = {
  'safety.findSafeGround': {
    en: 'Your sense of safety is low right now. What would make this moment a little safer — a familiar place, a colleague you trust, a door you can close? Safety comes first.',
    nl: 'Je gevoel van veiligheid is nu laag. Wat zou dit moment een beetje veiliger maken — een vertrouwde plek, een collega die je vertrouwt, een deur die je dicht kunt doen? Veiligheid komt eerst.',
  },
  'rest.sleep': {
    en: 'Sleep has been hard. Rest is not a reward for finished work; it is part of the work. Could you plan one quiet moment today, without screens and without cases?',
    nl: 'Slapen gaat moeizaam. Rust is geen beloning voor af werk, het hoort bij het werk. Kun je vandaag één stil moment plannen, zonder scherm en zonder casussen?',
  },
  'rhythm.pauses': {
    en: 'The load is high. Look for a natural rhythm: after each heavy conversation a short pause, a glass of water, a few steps outside.',
    nl: 'De belasting is hoog. Zoek een natuurlijk ritme: na elk zwaar gesprek een korte pauze, een glas water, een paar stappen buiten.',
  },
  'presence.body': {
    en: 'Your body is holding tension. Breathe out slowly three times and notice where you feel it — naming it helps to tame it.',
    nl: 'Je lichaam houdt spanning vast. Adem drie keer rustig uit en merk op waar je het voelt — benoemen helpt om het te temmen.',
  },
  'presence.connection': {
    en: 'You feel less connected with your team. Being seen helps: who could you share a coffee, or five honest minutes, with this week?',
    nl: 'Je voelt je minder verbonden met je team. Gezien worden helpt: met wie zou je deze week een kop koffie, of vijf eerlijke minuten, kunnen delen?',
  },
  'acceptance.clientMaterial': {
    en: 'Stories from clients are staying with you. That shows how much you care; it is not a failing. Write down what lingers, then close the notebook on purpose.',
    nl: 'Verhalen van cliënten blijven bij je hangen. Dat laat zien hoe betrokken je bent; het is geen tekortkoming. Schrijf op wat blijft hangen en sluit daarna bewust het schrift.',
  },
  'acceptance.lowWellbeing': {
    en: 'It is okay not to be okay. You do not have to fix this today; one small, kind step for yourself is enough.',
    nl: 'Het is oké om het even niet goed te hebben. Je hoeft dit vandaag niet op te lossen; één kleine, vriendelijke stap voor jezelf is genoeg.',
  },
  'presence.noticeDip': {
    en: 'You are a little lower than in your last check-ins. Simply noticing that is already a step. What do you need right now?',
    nl: 'Je zit wat lager dan bij je vorige check-ins. Alleen al dat opmerken is een stap. Wat heb je nu nodig?',
  },
  'rhythm.keepWhatHelps': {
    en: 'You are doing reasonably well. Notice what is helping you now, so you can return to it when things get heavier.',
    nl: 'Het gaat redelijk goed met je. Merk op wat je nu helpt, zodat je er later naar terug kunt als het zwaarder wordt.',
  },
};

export const SUGGESTION_CONDITION: Readonly<Record<SuggestionKey, RecoveryCondition>> = {
  'safety.findSafeGround': 'SAFETY',
  'rest.sleep': 'REST',
  'rhythm.pauses': 'RHYTHM',
  'presence.body': 'PRESENCE',
  'presence.connection': 'PRESENCE',
  'acceptance.clientMaterial': 'ACCEPTANCE',
  'acceptance.lowWellbeing': 'ACCEPTANCE',
  'presence.noticeDip': 'PRESENCE',
  'rhythm.keepWhatHelps': 'RHYTHM',
};

/** What to offer beyond the suggestion: below 50 a peer talk or a session, at or below 28 support. */
export const NextStep = { NONE: 'NONE', PEER_TALK_OR_SESSION: 'PEER_TALK_OR_SESSION', SUPPORT_RESOURCES: 'SUPPORT_RESOURCES' } as const;
export type NextStep = (typeof NextStep)[keyof typeof NextStep];

export const NEXT_STEP_TEXT: Readonly<Record<Exclude<NextStep, 'NONE'>, LocalizedText>> = {
  PEER_TALK_OR_SESSION: {
    en: 'Consider a conversation with a colleague you trust, or book a place in the next care session.',
    nl: 'Overweeg een gesprek met een collega die je vertrouwt, of boek een plek in de volgende zorgsessie.',
  },
  SUPPORT_RESOURCES: {
    en: 'Your answers suggest that support would be welcome now. You do not have to carry this alone — the contacts below are there for you, today. A talk with a colleague or a place in the next care session can help too.',
    nl: 'Je antwoorden wijzen erop dat steun nu welkom kan zijn. Je hoeft dit niet alleen te dragen — de contacten hieronder zijn er voor je, vandaag nog. Een gesprek met een collega of een plek in de volgende zorgsessie kan ook helpen.',
  },
};

export interface CheckInSuggestion {
  readonly key: SuggestionKey;
  readonly condition: RecoveryCondition;
  /** The scales that stand out, heaviest first (the suggestion answers the first). */
  readonly standingOut: readonly QuickScale[];
  readonly text: LocalizedText;
  readonly nextStep: NextStep;
  readonly nextStepText: LocalizedText | null;
}

export function nextStepFor(band: Who5Band): NextStep {
  if (band === 'NEEDS_SUPPORT') return 'SUPPORT_RESOURCES';
  if (band === 'LOW') return 'PEER_TALK_OR_SESSION';
  return 'NONE';
}

/**
 * One gentle suggestion: the recovery condition of the heaviest scale that stands out; with
 * none standing out, acceptance when wellbeing is low, presence when it dipped, otherwise rhythm.
 */
export function suggestFor(args: {
  band: Who5Band;
  trend: Who5Trend;
  scales: ScaleValues;
  previousScales?: readonly ScaleValues[];
}): CheckInSuggestion {
  const standingOut = scalesThatStandOut(args.scales, args.previousScales);
  const first = standingOut[0];
  const key: SuggestionKey = first
    ? SCALE_SUGGESTION[first]
    : args.band !== 'OK'
      ? 'acceptance.lowWellbeing'
      : args.trend.direction === 'DOWN'
        ? 'presence.noticeDip'
        : 'rhythm.keepWhatHelps';
  const nextStep = nextStepFor(args.band);
  return {
    key,
    condition: SUGGESTION_CONDITION[key],
    standingOut,
    text: SUGGESTION_TEXT[key],
    nextStep,
    nextStepText: nextStep === 'NONE' ? null : NEXT_STEP_TEXT[nextStep],
  };
}
