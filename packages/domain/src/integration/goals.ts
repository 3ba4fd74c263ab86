import { badInput } from '../errors.js';
import type { LocalizedText } from '../check-in/suggestion.js';

/**
 * Small-steps goals: a member sets a small goal ("walk 20 minutes", ten times), logs each step
 * and sees progress celebrated. Growth comes in small steps — can you do 50? do 51 — so reaching
 * a goal invites one step more, and there is no streak: a gap is never counted against anyone.
 */
export const GOAL_TITLE_MAX_LENGTH = 120;
export const GOAL_TARGET_MAX = 1000;
export const MAX_ACTIVE_GOALS = 5;
/** After this many days without a step, the next one is welcomed back — without counting the gap. */
export const WELCOME_BACK_AFTER_DAYS = 14;

export const GoalStatus = { ACTIVE: 'ACTIVE', ARCHIVED: 'ARCHIVED' } as const;
export type GoalStatus = (typeof GoalStatus)[keyof typeof GoalStatus];

export function validateGoalTitle(raw: string, field = 'title'): string {
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/u.test(raw)) throw badInput(field, 'The goal contains invalid characters');
  const title = raw.trim().replace(/\s+/gu, ' ');
  if (title.length === 0) throw badInput(field, 'Describe your goal in a few words');
  if (title.length > GOAL_TITLE_MAX_LENGTH) throw badInput(field, `Keep the goal to ${GOAL_TITLE_MAX_LENGTH} characters — small is the point`);
  return title;
}

export function validateTargetSteps(value: number, field = 'targetSteps'): number {
  if (!Number.isInteger(value) || value < 1 || value > GOAL_TARGET_MAX) {
    throw badInput(field, `The number of steps must be a whole number from 1 to ${GOAL_TARGET_MAX}`);
  }
  return value;
}

export interface GoalProgress {
  readonly stepsTaken: number;
  readonly targetSteps: number;
  /** 0–1; stays at 1 beyond the target. */
  readonly fraction: number;
  readonly reached: boolean;
  readonly stepsToGo: number;
  /** Once reached: one more than the target, the next small step. */
  readonly nextTarget: number | null;
}

export function goalProgress(stepsTaken: number, targetSteps: number): GoalProgress {
  const reached = stepsTaken >= targetSteps;
  return {
    stepsTaken,
    targetSteps,
    fraction: Math.min(1, Math.round((stepsTaken / targetSteps) * 1000) / 1000),
    reached,
    stepsToGo: Math.max(0, targetSteps - stepsTaken),
    nextTarget: reached ? Math.max(stepsTaken, targetSteps) + 1 : null,
  };
}

export const Celebration = {
  FIRST_STEP: 'FIRST_STEP',
  STEP_LOGGED: 'STEP_LOGGED',
  HALFWAY: 'HALFWAY',
  GOAL_REACHED: 'GOAL_REACHED',
  BEYOND_GOAL: 'BEYOND_GOAL',
  WELCOME_BACK: 'WELCOME_BACK',
} as const;
export type Celebration = (typeof Celebration)[keyof typeof Celebration];

export interface CelebrationMessage {
  readonly kind: Celebration;
  readonly text: LocalizedText;
}

/**
 * The message after a step. Reaching the goal comes first, then going beyond it, the very first
 * step, a welcome back after a pause, halfway; otherwise a plain "every step counts".
 */
export function celebrationFor(args: {
  stepsAfter: number;
  targetSteps: number;
  daysSinceLastStep: number | null;
}): CelebrationMessage {
  const { stepsAfter: n, targetSteps: target } = args;
  const before = n - 1;
  if (n === target) {
    return {
      kind: 'GOAL_REACHED',
      text: {
        en: `You did it: ${target} of ${target}. Take a moment to let that land. Ready for one more? ${target + 1} is the next small step.`,
        nl: `Het is je gelukt: ${target} van ${target}. Neem even de tijd om dat te laten landen. Zin in nog één? ${target + 1} is de volgende kleine stap.`,
      },
    };
  }
  if (n > target) {
    return {
      kind: 'BEYOND_GOAL',
      text: {
        en: `${n} — you planned ${target}. One step beyond the plan is how growth works.`,
        nl: `${n} — je had er ${target} gepland. Eén stap verder dan het plan: zo groei je.`,
      },
    };
  }
  if (n === 1) {
    return { kind: 'FIRST_STEP', text: { en: 'The first step is taken. This is how it starts.', nl: 'De eerste stap is gezet. Zo begint het.' } };
  }
  if (args.daysSinceLastStep !== null && args.daysSinceLastStep >= WELCOME_BACK_AFTER_DAYS) {
    return {
      kind: 'WELCOME_BACK',
      text: {
        en: `Welcome back. Nothing to catch up on — this step counts just as much. ${n} of ${target}.`,
        nl: `Welkom terug. Inhalen hoeft niet — deze stap telt net zo goed. ${n} van ${target}.`,
      },
    };
  }
  if (target >= 4 && before < target / 2 && n >= target / 2) {
    return {
      kind: 'HALFWAY',
      text: { en: `Halfway: ${n} of ${target}. Look how far you have come.`, nl: `Halverwege: ${n} van ${target}. Kijk eens hoe ver je al bent.` },
    };
  }
  return { kind: 'STEP_LOGGED', text: { en: `Step ${n} of ${target}. Every step counts.`, nl: `Stap ${n} van ${target}. Elke stap telt.` } };
}
