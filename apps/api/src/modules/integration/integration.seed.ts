import type { EntityManager } from 'typeorm';
import { registerDemoSeeder, type DemoIds } from '../../database/seed-demo';

/** Small-steps goals for two demo people: one on its way, one gone one step beyond the plan. */
async function seedGoals(m: EntityManager, ids: DemoIds): Promise<void> {
  const goals = [
    { email: 'sanne@attune.demo', title: 'Na de lunch 10 minuten wandelen', target: 20, steps: 12 },
    { email: 'lead@attune.demo', title: 'Na een zwaar gesprek drie keer rustig uitademen', target: 30, steps: 31 },
  ];
  for (const g of goals) {
    const userId = ids.users[g.email];
    if (!userId) continue;
    const [goal] = (await m.query(
      `INSERT INTO goal (user_id, title, target_steps, created_at) VALUES ($1, $2, $3, now() - interval '60 days') RETURNING id`,
      [userId, g.title, g.target],
    )) as [{ id: string }];
    await m.query(
      `INSERT INTO goal_step (goal_id, user_id, taken_at, local_date)
       SELECT $1, $2, t, (t AT TIME ZONE 'Europe/Amsterdam')::date
         FROM (SELECT now() - interval '58 days' + (i * interval '58 days' / $3) AS t FROM generate_series(0, $3 - 1) AS i) s`,
      [goal.id, userId, g.steps],
    );
  }
}

registerDemoSeeder(seedGoals);
