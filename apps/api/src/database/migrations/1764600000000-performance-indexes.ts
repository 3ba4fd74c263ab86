import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Indexes the large-dataset benchmark (`npm run bench`) asked for.
 *
 * - team_membership by team, history included: team wellbeing counts members and check-ins by
 *   membership at the time (left_at set or not), which the partial (current-only) indexes cannot
 *   serve; without it every team-wellbeing request scanned the whole membership table three times.
 * - check_in by person and submission time: "my integration" and the check-in history ask for a
 *   time range of one person's check-ins; the (user_id, local_date) key made them read every
 *   check-in that person ever made.
 */
export class PerformanceIndexes1764600000000 implements MigrationInterface {
  name = 'PerformanceIndexes1764600000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX team_membership_team_idx ON team_membership (team_id, user_id)`);
    await q.query(`CREATE INDEX check_in_user_submitted_idx ON check_in (user_id, submitted_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX IF EXISTS check_in_user_submitted_idx`);
    await q.query(`DROP INDEX IF EXISTS team_membership_team_idx`);
  }
}
