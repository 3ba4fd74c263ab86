import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Accounts, organisations, teams, invitations, login sessions, login throttling and the mail outbox. */
export class Foundation1764000000000 implements MigrationInterface {
  name = 'Foundation1764000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE organisation (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 120),
        anonymity_threshold integer NOT NULL DEFAULT 5 CHECK (anonymity_threshold >= 3),
        support_resources jsonb NOT NULL DEFAULT '[]'::jsonb,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE app_user (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL REFERENCES organisation(id) ON DELETE CASCADE,
        email text NOT NULL CHECK (email = lower(email) AND length(email) BETWEEN 3 AND 254),
        display_name text NOT NULL CHECK (length(display_name) BETWEEN 1 AND 80),
        password_hash text NOT NULL,
        locale text NOT NULL DEFAULT 'nl' CHECK (locale IN ('nl', 'en')),
        time_zone text NOT NULL DEFAULT 'Europe/Amsterdam',
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE UNIQUE INDEX app_user_email_key ON app_user (email)`);
    await q.query(`CREATE INDEX app_user_organisation_idx ON app_user (organisation_id)`);
    await q.query(`
      CREATE TABLE org_admin (
        organisation_id uuid NOT NULL REFERENCES organisation(id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
        PRIMARY KEY (organisation_id, user_id)
      )`);
    await q.query(`CREATE INDEX org_admin_user_idx ON org_admin (user_id)`);
    await q.query(`
      CREATE TABLE team (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL REFERENCES organisation(id) ON DELETE CASCADE,
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 80),
        time_zone text NOT NULL DEFAULT 'Europe/Amsterdam',
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX team_organisation_idx ON team (organisation_id)`);
    await q.query(`
      CREATE TABLE team_membership (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        team_id uuid NOT NULL REFERENCES team(id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
        role text NOT NULL CHECK (role IN ('MEMBER', 'LEAD')),
        joined_at timestamptz NOT NULL DEFAULT now(),
        left_at timestamptz,
        CHECK (left_at IS NULL OR left_at >= joined_at)
      )`);
    // One current membership per person and team; history rows keep left_at.
    await q.query(
      `CREATE UNIQUE INDEX team_membership_current_key ON team_membership (team_id, user_id) WHERE left_at IS NULL`,
    );
    await q.query(`CREATE INDEX team_membership_user_idx ON team_membership (user_id) WHERE left_at IS NULL`);
    await q.query(`
      CREATE TABLE invitation (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        team_id uuid NOT NULL REFERENCES team(id) ON DELETE CASCADE,
        email text NOT NULL CHECK (email = lower(email)),
        role text NOT NULL CHECK (role IN ('MEMBER', 'LEAD')),
        token_hash bytea NOT NULL UNIQUE,
        invited_by uuid REFERENCES app_user(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        accepted_at timestamptz,
        accepted_by uuid REFERENCES app_user(id) ON DELETE SET NULL,
        revoked_at timestamptz
      )`);
    await q.query(`CREATE INDEX invitation_team_idx ON invitation (team_id, created_at DESC)`);
    await q.query(`
      CREATE TABLE user_session (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        token_hash bytea NOT NULL UNIQUE,
        user_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL DEFAULT now(),
        last_seen_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        user_agent text
      )`);
    await q.query(`CREATE INDEX user_session_user_idx ON user_session (user_id)`);
    await q.query(`
      CREATE TABLE login_attempt (
        id bigserial PRIMARY KEY,
        email text NOT NULL,
        client_address text NOT NULL,
        attempted_at timestamptz NOT NULL DEFAULT now(),
        succeeded boolean NOT NULL
      )`);
    await q.query(`CREATE INDEX login_attempt_email_idx ON login_attempt (email, attempted_at)`);
    await q.query(`CREATE INDEX login_attempt_address_idx ON login_attempt (client_address, attempted_at)`);
    await q.query(`
      CREATE TABLE outbox_message (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        idempotency_key text NOT NULL UNIQUE,
        kind text NOT NULL,
        recipient_email text NOT NULL,
        recipient_user_id uuid REFERENCES app_user(id) ON DELETE SET NULL,
        locale text NOT NULL DEFAULT 'nl',
        subject text NOT NULL,
        body_text text NOT NULL,
        body_html text NOT NULL,
        attachments jsonb NOT NULL DEFAULT '[]'::jsonb,
        created_at timestamptz NOT NULL DEFAULT now(),
        delivered_at timestamptz,
        attempts integer NOT NULL DEFAULT 0,
        last_error text
      )`);
    await q.query(`CREATE INDEX outbox_message_pending_idx ON outbox_message (created_at) WHERE delivered_at IS NULL`);
    await q.query(`CREATE INDEX outbox_message_recipient_idx ON outbox_message (recipient_email, created_at DESC)`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of ['outbox_message', 'login_attempt', 'user_session', 'invitation', 'team_membership', 'team', 'org_admin', 'app_user', 'organisation']) {
      await q.query(`DROP TABLE IF EXISTS ${t} CASCADE`);
    }
  }
}
