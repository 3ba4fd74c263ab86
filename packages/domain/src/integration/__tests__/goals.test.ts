import { describe, expect, it } from 'vitest';
import { DomainError, celebrationFor, goalProgress, validateGoalTitle, validateTargetSteps } from '../../index.js';

describe('small-steps goals', () => {
  it('validates a small goal', () => {
    expect(validateGoalTitle('  Walk   20 minutes ')).toBe('Walk 20 minutes');
    expect(() => validateGoalTitle(' ')).toThrow(DomainError);
    expect(() => validateGoalTitle('x'.repeat(121))).toThrow(DomainError);
    expect(validateTargetSteps(10)).toBe(10);
    for (const bad of [0, -1, 1.5, 1001]) expect(() => validateTargetSteps(bad)).toThrow(DomainError);
  });

  it('shows progress and, once reached, the next small step', () => {
    expect(goalProgress(3, 10)).toEqual({ stepsTaken: 3, targetSteps: 10, fraction: 0.3, reached: false, stepsToGo: 7, nextTarget: null });
    expect(goalProgress(10, 10)).toMatchObject({ fraction: 1, reached: true, stepsToGo: 0, nextTarget: 11 });
    expect(goalProgress(12, 10)).toMatchObject({ fraction: 1, reached: true, nextTarget: 13 });
  });

  it('celebrates first step, halfway, reaching and going beyond the goal', () => {
    const kind = (stepsAfter: number, targetSteps = 10, daysSinceLastStep: number | null = 1): string =>
      celebrationFor({ stepsAfter, targetSteps, daysSinceLastStep }).kind;
    expect(kind(1, 10, null)).toBe('FIRST_STEP');
    expect(kind(2)).toBe('STEP_LOGGED');
    expect(kind(5)).toBe('HALFWAY');
    expect(kind(6)).toBe('STEP_LOGGED');
    expect(kind(10)).toBe('GOAL_REACHED');
    expect(kind(11)).toBe('BEYOND_GOAL');
    expect(kind(1, 1, null)).toBe('GOAL_REACHED');
    expect(celebrationFor({ stepsAfter: 50, targetSteps: 50, daysSinceLastStep: 2 }).text.en).toContain('51');
  });

  it('welcomes back after a pause instead of counting a broken streak', () => {
    const msg = celebrationFor({ stepsAfter: 4, targetSteps: 10, daysSinceLastStep: 30 });
    expect(msg.kind).toBe('WELCOME_BACK');
    for (const text of [msg.text.en, msg.text.nl]) expect(text.toLowerCase()).not.toMatch(/streak|reeks|missed|gemist/u);
  });
});
