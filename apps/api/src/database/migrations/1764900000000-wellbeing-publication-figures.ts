import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Kept wellbeing figures as a compact array (`figures`, see modules/wellbeing/kept-figures.ts)
 * instead of the bucket object (`payload`). Kept rows are derived data — each a pure function of
 * check-ins that no longer change, recomputed on the next view when missing — so the rows kept so
 * far are dropped rather than converted: nothing is lost, and the first view of each range keeps
 * them again in the new form.
 */
export class WellbeingPublicationFigures1764900000000 implements MigrationInterface {
  name = 'WellbeingPublicationFigures1764900000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM wellbeing_publication`);
    await q.query(`
      ALTER TABLE wellbeing_publication
        DROP COLUMN payload,
        ADD COLUMN figures json NOT NULL CHECK (json_typeof(figures) = 'array')`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM wellbeing_publication`);
    await q.query(`
      ALTER TABLE wellbeing_publication
        DROP COLUMN figures,
        ADD COLUMN payload json NOT NULL CONSTRAINT wellbeing_publication_payload_check CHECK (json_typeof(payload) = 'object')`);
  }
}
