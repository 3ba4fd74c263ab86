import type { GoalFieldsFragment } from '../../../generated/graphql';

export const GOAL_ID = '55555555-5555-4555-8555-555555555555';

export function goal(stepsTaken: number, targetSteps: number, overrides: Partial<GoalFieldsFragment> = {}) {
  const reached = stepsTaken >= targetSteps;
  return {
    __typename: 'Goal' as const,
    id: GOAL_ID,
    title: 'Walk 20 minutes',
    targetSteps,
    status: 'ACTIVE' as const,
    createdAt: '2026-10-01T08:00:00Z',
    lastStepAt: stepsTaken > 0 ? '2026-11-20T17:00:00Z' : null,
    progress: {
      __typename: 'GoalProgress' as const,
      stepsTaken,
      targetSteps,
      fraction: Math.min(1, stepsTaken / targetSteps),
      reached,
      stepsToGo: Math.max(0, targetSteps - stepsTaken),
      nextTarget: reached ? Math.max(stepsTaken, targetSteps) + 1 : null,
    },
    ...overrides,
  };
}
