import { noteStatement, onAuthWrite } from '../auth-writes';

describe('auth table writes', () => {
  const seen = (sql: string): boolean => {
    let called = false;
    const off = onAuthWrite(() => {
      called = true;
    });
    noteStatement(sql);
    off();
    return called;
  };

  it.each([
    `DELETE FROM user_session WHERE id = $1`,
    `UPDATE user_session SET last_seen_at = now() WHERE id = $1`,
    `update app_user set display_name = $2 where id = $1`,
    `INSERT INTO team_membership (team_id, user_id, role) VALUES ($1, $2, $3)`,
    `WITH x AS (UPDATE team_membership SET left_at = now() WHERE user_id = $1 RETURNING 1) SELECT count(*) FROM x`,
    `DELETE FROM org_admin WHERE user_id = $1`,
    `DELETE FROM team WHERE id = $1`,
    `DELETE FROM "organisation" WHERE id = $1`,
    `TRUNCATE TABLE user_session`,
  ])('notices %s', (sql) => {
    expect(seen(sql)).toBe(true);
  });

  it.each([
    `SELECT * FROM user_session s JOIN app_user u ON u.id = s.user_id WHERE s.token_hash = $1`,
    `SELECT id FROM session WHERE id = $1 FOR UPDATE OF s`,
    `INSERT INTO team_wellbeing_x (a) VALUES (1)`,
    `UPDATE team_invitation SET accepted_at = now()`,
    `INSERT INTO booking (session_id, user_id, status) VALUES ($1, $2, $3)`,
    `UPDATE session SET title = $2 WHERE team_id = $1`,
    `INSERT INTO user_session (token_hash, user_id, expires_at, user_agent) VALUES ($1, $2, $3, $4)`,
  ])('ignores %s', (sql) => {
    expect(seen(sql)).toBe(false);
  });
});
