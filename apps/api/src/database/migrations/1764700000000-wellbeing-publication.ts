import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The published figures of settled team-wellbeing buckets, kept so a view does not recompute two
 * years of check-ins. A settled bucket's publication is a pure function of data that can no longer
 * change (docs/anonymity.md, "Caching settled buckets"), given the organisation's k and the team's
 * time zone — both are part of the key, so a row made under another k or zone is simply not used.
 * Aggregate figures only, exactly what a lead was shown; never anything per person.
 *
 * Deliberately not wellbeing_snapshot: that table's extent marks where an erasure happened.
 */
export class WellbeingPublication1764700000000 implements MigrationInterface {
  name = 'WellbeingPublication1764700000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE wellbeing_publication (
        team_id uuid NOT NULL REFERENCES team(id) ON DELETE CASCADE,
        granularity text NOT NULL CHECK (granularity IN ('WEEK', 'MONTH', 'QUARTER')),
        bucket_start date NOT NULL,
        anonymity_threshold integer NOT NULL CHECK (anonymity_threshold >= 3),
        time_zone text NOT NULL,
        payload jsonb NOT NULL CHECK (jsonb_typeof(payload) = 'object'),
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (team_id, granularity, bucket_start, anonymity_threshold, time_zone)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS wellbeing_publication`);
  }
}
