import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Kept wellbeing figures as `json` instead of `jsonb`. They are written once and only ever read
 * back whole (a view aggregates them into its answer, never looks inside them in SQL), and
 * turning jsonb back into text was most of that read: 24 kept months 0.51 → 0.07 ms, 52 weeks
 * twice that (measured on the bench dataset). `json` keeps the text as written.
 */
export class WellbeingPublicationJson1764800000000 implements MigrationInterface {
  name = 'WellbeingPublicationJson1764800000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE wellbeing_publication
        DROP CONSTRAINT wellbeing_publication_payload_check,
        ALTER COLUMN payload TYPE json USING payload::json,
        ADD CONSTRAINT wellbeing_publication_payload_check CHECK (json_typeof(payload) = 'object')`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE wellbeing_publication
        DROP CONSTRAINT wellbeing_publication_payload_check,
        ALTER COLUMN payload TYPE jsonb USING payload::jsonb,
        ADD CONSTRAINT wellbeing_publication_payload_check CHECK (jsonb_typeof(payload) = 'object')`);
  }
}
