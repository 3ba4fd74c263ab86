import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import {
  MAX_ACTIVE_GOALS,
  celebrationFor,
  conflict,
  localDateIn,
  notFound,
  validateGoalTitle,
  validateTargetSteps,
} from '@attune/domain';
import type { AuthUser } from '../../common/context';
import type { PersonalRecord } from '../personal-data/personal-data.registry';
import type { SetGoalInput } from './dto/set-goal.input';
import { GOAL_SELECT, toGoal, type GoalRow } from './goal.mapper';
import type { GoalModel, GoalStepResultModel } from './goal.model';

const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/iu;
const DAY_MS = 24 * 60 * 60 * 1000;

function goalId(raw: string): string {
  if (!UUID_RE.test(raw)) throw notFound('Goal');
  return raw.toLowerCase();
}

@Injectable()
export class GoalService {
  constructor(private readonly ds: DataSource) {}

  private async load(m: EntityManager, userId: string, id: string): Promise<GoalModel> {
    const rows: GoalRow[] = await m.query(`${GOAL_SELECT} WHERE g.id = $1 AND g.user_id = $2`, [id, userId]);
    const row = rows[0];
    if (!row) throw notFound('Goal');
    return toGoal(row);
  }

  async mine(user: AuthUser, includeArchived: boolean): Promise<GoalModel[]> {
    const rows: GoalRow[] = await this.ds.query(
      `${GOAL_SELECT} WHERE g.user_id = $1 AND ($2 OR g.status = 'ACTIVE') ORDER BY g.status, g.created_at DESC`,
      [user.id, includeArchived],
    );
    return rows.map(toGoal);
  }

  /** Creates a goal (at most five active ones — checked under a per-person lock) or changes one of mine. */
  async set(user: AuthUser, input: SetGoalInput): Promise<GoalModel> {
    const title = validateGoalTitle(input.title);
    const targetSteps = validateTargetSteps(input.targetSteps);
    return this.ds.transaction(async (m) => {
      if (input.id) {
        const id = goalId(input.id);
        const [updated] = (await m.query(
          `UPDATE goal SET title = $3, target_steps = $4, updated_at = now() WHERE id = $1 AND user_id = $2 RETURNING id`,
          [id, user.id, title, targetSteps],
        )) as [{ id: string }[], number];
        if (updated.length === 0) throw notFound('Goal');
        return this.load(m, user.id, id);
      }
      await m.query(`SELECT pg_advisory_xact_lock(hashtext('goals:' || $1))`, [user.id]);
      const [{ n }] = (await m.query(`SELECT count(*)::int AS n FROM goal WHERE user_id = $1 AND status = 'ACTIVE'`, [user.id])) as [{ n: number }];
      if (n >= MAX_ACTIVE_GOALS) throw conflict(`You already have ${MAX_ACTIVE_GOALS} goals; finish or archive one first — small is the point`);
      const [created] = (await m.query(`INSERT INTO goal (user_id, title, target_steps) VALUES ($1, $2, $3) RETURNING id`, [user.id, title, targetSteps])) as [
        { id: string },
      ];
      return this.load(m, user.id, created.id);
    });
  }

  async archive(user: AuthUser, rawId: string): Promise<GoalModel> {
    const id = goalId(rawId);
    return this.ds.transaction(async (m) => {
      const [updated] = (await m.query(
        `UPDATE goal SET status = 'ARCHIVED', updated_at = now() WHERE id = $1 AND user_id = $2 RETURNING id`,
        [id, user.id],
      )) as [{ id: string }[], number];
      if (updated.length === 0) throw notFound('Goal');
      return this.load(m, user.id, id);
    });
  }

  /** Logs one step. The goal row is locked, so concurrent steps get consecutive numbers. */
  async logStep(user: AuthUser, rawId: string): Promise<GoalStepResultModel> {
    const id = goalId(rawId);
    return this.ds.transaction(async (m) => {
      const goals: { status: string; target_steps: number }[] = await m.query(
        `SELECT status, target_steps FROM goal WHERE id = $1 AND user_id = $2 FOR UPDATE`,
        [id, user.id],
      );
      const goal = goals[0];
      if (!goal) throw notFound('Goal');
      if (goal.status !== 'ACTIVE') throw conflict('This goal is archived');
      const [before] = (await m.query(`SELECT count(*)::int AS n, max(taken_at) AS last FROM goal_step WHERE goal_id = $1`, [id])) as [
        { n: number; last: Date | null },
      ];
      const now = new Date();
      const [step] = (await m.query(
        `INSERT INTO goal_step (goal_id, user_id, taken_at, local_date) VALUES ($1, $2, $3, $4) RETURNING taken_at`,
        [id, user.id, now, localDateIn(now, user.timeZone)],
      )) as [{ taken_at: Date }];
      const stepNumber = before.n + 1;
      const celebration = celebrationFor({
        stepsAfter: stepNumber,
        targetSteps: goal.target_steps,
        daysSinceLastStep: before.last ? Math.floor((now.getTime() - before.last.getTime()) / DAY_MS) : null,
      });
      return { goal: await this.load(m, user.id, id), stepNumber, takenAt: step.taken_at, celebration: celebration.kind, message: celebration.text };
    });
  }

  async exportGoals(m: EntityManager, userId: string): Promise<PersonalRecord[]> {
    const rows: GoalRow[] = await m.query(`${GOAL_SELECT} WHERE g.user_id = $1 ORDER BY g.created_at`, [userId]);
    return rows.map((r) => ({
      id: r.id,
      title: r.title,
      targetSteps: r.target_steps,
      status: r.status,
      createdAt: r.created_at.toISOString(),
      stepsTaken: r.steps,
      lastStepAt: r.last_step_at ? r.last_step_at.toISOString() : null,
    }));
  }

  async exportSteps(m: EntityManager, userId: string): Promise<PersonalRecord[]> {
    const rows: { goal_id: string; title: string; taken_at: Date; local_date: string }[] = await m.query(
      `SELECT s.goal_id, g.title, s.taken_at, s.local_date::text AS local_date
         FROM goal_step s JOIN goal g ON g.id = s.goal_id WHERE s.user_id = $1 ORDER BY s.taken_at`,
      [userId],
    );
    return rows.map((r) => ({ goalId: r.goal_id, goal: r.title, takenAt: r.taken_at.toISOString(), localDate: r.local_date }));
  }
}
