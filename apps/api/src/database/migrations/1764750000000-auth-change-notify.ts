import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The tables whose rows decide who a session token belongs to and what they may do. */
const AUTH_TABLES = ['user_session', 'app_user', 'team_membership', 'org_admin'] as const;

/**
 * Every committed change to who is signed in, or to their roles, announces itself on the
 * `attune_auth_changed` channel (NOTIFY is delivered at commit, and only on commit). Each API
 * process listens and drops its short-lived cache of signed-in people (modules/auth/session-cache.ts),
 * so a logout, a removed membership or a changed role — made by any process, or by hand in psql —
 * takes effect at once everywhere. Statement-level: one notification per statement, not per row,
 * and PostgreSQL folds identical notifications of one transaction into one. Cascaded deletes
 * (a team or an organisation removed) fire these triggers too.
 */
export class AuthChangeNotify1764750000000 implements MigrationInterface {
  name = 'AuthChangeNotify1764750000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION notify_auth_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_notify('attune_auth_changed', TG_TABLE_NAME);
        RETURN NULL;
      END $$`);
    for (const table of AUTH_TABLES) {
      // A new login session changes nothing anyone has cached: only updates and deletes count.
      const events = table === 'user_session' ? 'UPDATE OR DELETE OR TRUNCATE' : 'INSERT OR UPDATE OR DELETE OR TRUNCATE';
      await q.query(`CREATE TRIGGER ${table}_auth_changed AFTER ${events} ON ${table} FOR EACH STATEMENT EXECUTE FUNCTION notify_auth_changed()`);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of AUTH_TABLES) await q.query(`DROP TRIGGER IF EXISTS ${table}_auth_changed ON ${table}`);
    await q.query(`DROP FUNCTION IF EXISTS notify_auth_changed()`);
  }
}
