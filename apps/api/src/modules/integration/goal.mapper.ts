import { goalProgress, type GoalStatus } from '@attune/domain';
import type { GoalModel } from './goal.model';

export interface GoalRow {
  id: string;
  title: string;
  target_steps: number;
  status: GoalStatus;
  created_at: Date;
  steps: number;
  last_step_at: Date | null;
}

/** Exactly the fields of my own goal that go out — to me. */
export function toGoal(r: GoalRow): GoalModel {
  return {
    id: r.id,
    title: r.title,
    targetSteps: r.target_steps,
    status: r.status,
    createdAt: r.created_at,
    lastStepAt: r.last_step_at,
    progress: goalProgress(r.steps, r.target_steps),
  };
}

/** Goals with their step count and last step, in one query. */
export const GOAL_SELECT = `
  SELECT g.id, g.title, g.target_steps, g.status, g.created_at,
         COALESCE(s.steps, 0)::int AS steps, s.last_step_at
    FROM goal g
    LEFT JOIN LATERAL (SELECT count(*) AS steps, max(taken_at) AS last_step_at FROM goal_step WHERE goal_id = g.id) s ON true`;
