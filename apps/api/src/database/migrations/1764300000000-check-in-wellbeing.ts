import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Self-care check-ins (one per member per local day, private note sealed), small-steps goals,
 * the append-only audit log, and the frozen team-wellbeing figures kept when someone erases
 * their data.
 */
export class CheckInWellbeing1764300000000 implements MigrationInterface {
  name = 'CheckInWellbeing1764300000000';

  async up(q: QueryRunner): Promise<void> {
    const item = (c: string): string => `${c} smallint NOT NULL CHECK (${c} BETWEEN 0 AND 5)`;
    const scale = (c: string): string => `${c} smallint NOT NULL CHECK (${c} BETWEEN 0 AND 10)`;
    await q.query(`
      CREATE TABLE check_in (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
        local_date date NOT NULL,
        time_zone text NOT NULL,
        submitted_at timestamptz NOT NULL DEFAULT now(),
        created_at timestamptz NOT NULL DEFAULT now(),
        ${item('who5_1')}, ${item('who5_2')}, ${item('who5_3')}, ${item('who5_4')}, ${item('who5_5')},
        who5_score smallint GENERATED ALWAYS AS ((who5_1 + who5_2 + who5_3 + who5_4 + who5_5) * 4) STORED,
        ${scale('stress_load')}, ${scale('sleep_quality')}, ${scale('body_tension')},
        ${scale('safety')}, ${scale('connection')}, ${scale('client_material')},
        note text,
        CONSTRAINT check_in_one_per_day UNIQUE (user_id, local_date),
        CONSTRAINT check_in_note_sealed CHECK (note IS NULL OR note LIKE 'v1.%')
      )`);
    await q.query(`COMMENT ON COLUMN check_in.note IS 'AES-256-GCM sealed (EncryptionService); AAD check_in:note:<id>'`);

    await q.query(`
      CREATE TABLE goal (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
        title text NOT NULL CHECK (length(title) BETWEEN 1 AND 120),
        target_steps integer NOT NULL CHECK (target_steps BETWEEN 1 AND 1000),
        status text NOT NULL DEFAULT 'ACTIVE' CHECK (status IN ('ACTIVE', 'ARCHIVED')),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (id, user_id)
      )`);
    await q.query(`CREATE INDEX goal_user_idx ON goal (user_id, created_at DESC)`);
    await q.query(`
      CREATE TABLE goal_step (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        goal_id uuid NOT NULL,
        user_id uuid NOT NULL,
        taken_at timestamptz NOT NULL DEFAULT now(),
        local_date date NOT NULL,
        FOREIGN KEY (goal_id, user_id) REFERENCES goal (id, user_id) ON DELETE CASCADE
      )`);
    await q.query(`CREATE INDEX goal_step_goal_idx ON goal_step (goal_id, taken_at)`);
    await q.query(`CREATE INDEX goal_step_user_idx ON goal_step (user_id, taken_at)`);

    // Append-only: no foreign key on the actor, so the trail outlives an erased account.
    await q.query(`
      CREATE TABLE audit_log (
        id bigserial PRIMARY KEY,
        occurred_at timestamptz NOT NULL DEFAULT now(),
        actor_id uuid,
        action text NOT NULL CHECK (action ~ '^[A-Z][A-Z_]{2,63}$'),
        organisation_id uuid NOT NULL REFERENCES organisation(id),
        team_id uuid,
        details jsonb NOT NULL DEFAULT '{}'::jsonb CHECK (jsonb_typeof(details) = 'object')
      )`);
    await q.query(`CREATE INDEX audit_log_organisation_idx ON audit_log (organisation_id, id DESC)`);
    await q.query(`CREATE INDEX audit_log_actor_idx ON audit_log (actor_id, id DESC)`);
    await q.query(`
      CREATE FUNCTION audit_log_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_log is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await q.query(`
      CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
        FOR EACH ROW EXECUTE FUNCTION audit_log_refuse_change()`);
    await q.query(`
      CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
        FOR EACH STATEMENT EXECUTE FUNCTION audit_log_refuse_change()`);

    await q.query(`
      CREATE TABLE wellbeing_snapshot (
        team_id uuid NOT NULL REFERENCES team(id) ON DELETE CASCADE,
        granularity text NOT NULL CHECK (granularity IN ('WEEK', 'MONTH', 'QUARTER')),
        bucket_start date NOT NULL,
        bucket_end date NOT NULL CHECK (bucket_end > bucket_start),
        payload jsonb NOT NULL,
        frozen_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (team_id, granularity, bucket_start)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS wellbeing_snapshot`);
    await q.query(`DROP TABLE IF EXISTS audit_log`);
    await q.query(`DROP FUNCTION IF EXISTS audit_log_refuse_change()`);
    await q.query(`DROP TABLE IF EXISTS goal_step`);
    await q.query(`DROP TABLE IF EXISTS goal`);
    await q.query(`DROP TABLE IF EXISTS check_in`);
  }
}
