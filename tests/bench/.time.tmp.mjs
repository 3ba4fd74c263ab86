import pg from 'pg';
import { createRequire } from 'node:module';
import { openServer, apiDist } from './lib/server.mjs';
import { emailOf } from './seed-large.mjs';
const req = createRequire(import.meta.url);
const server = await openServer();
const c = new pg.Client({ connectionString: server.url }); await c.connect();
const time = async (label, text, values, n = 300) => {
  for (let i = 0; i < 8; i++) await c.query({ name: label, text, values });
  const t = performance.now(); for (let i = 0; i < n; i++) await c.query({ name: label, text, values });
  const r = await c.query({ name: label, text, values });
  console.log(label.padEnd(14), ((performance.now() - t) / n).toFixed(3), 'ms/call', r.rowCount, 'rows', JSON.stringify(r.rows).length, 'bytes');
};
try {
  const user = (await c.query(`SELECT id FROM app_user WHERE email = $1`, [emailOf(1, 2)])).rows[0].id;
  const lead = (await c.query(`SELECT id FROM app_user WHERE email = $1`, [emailOf(1, 1)])).rows[0].id;
  const team = (await c.query(`SELECT id FROM team WHERE name LIKE 'Team %' ORDER BY name LIMIT 1`)).rows[0].id;
  const now = new Date(); const from = new Date(now - 730 * 86400000);
  await time('noop', 'SELECT 1', []);
  await time('check-ins', `SELECT id, local_date::text AS local_date, submitted_at, who5_score, stress_load, sleep_quality, body_tension, safety, connection, client_material FROM check_in WHERE user_id = $1 AND submitted_at >= $2 AND submitted_at < $3 ORDER BY local_date`, [user, from, now]);
  const { FUNCTION_SQL_COLUMNS } = req(apiDist('modules/reflection/reflection-crypto.js'));
  await time('reflections', `SELECT s.starts_at, r.id, r.attunement, r.resonance, r.chaos_rigidity, r.created_at, s.id AS session_id, s.title AS session_title, s.kind AS session_kind, s.starts_at AS session_starts_at, s.ends_at AS session_ends_at, ${FUNCTION_SQL_COLUMNS.map((x) => 'r.' + x).join(', ')} FROM reflection r JOIN session s ON s.id = r.session_id WHERE r.author_id = $1 AND ((s.starts_at >= $2 AND s.starts_at < $3) OR (r.created_at >= $4 AND r.created_at < $3))`, [user, from, now, from]);
  await time('goals', `SELECT 'GOAL_SET' AS kind, g.id, g.title, g.target_steps, g.created_at AS at, NULL::text AS local_date, NULL::int AS n FROM goal g WHERE g.user_id = $1 AND g.created_at >= $2 AND g.created_at < $3 UNION ALL SELECT 'GOAL_STEP', s.id, g.title, g.target_steps, s.taken_at, s.local_date::text, (SELECT count(*) FROM goal_step e WHERE e.goal_id = s.goal_id AND (e.taken_at, e.id) <= (s.taken_at, s.id))::int FROM goal_step s JOIN goal g ON g.id = s.goal_id WHERE s.user_id = $1 AND s.taken_at >= $2 AND s.taken_at < $3`, [user, from, now]);
  await time('attended', `SELECT b.id, s.id AS session_id, s.title AS session_title, s.kind AS session_kind, s.starts_at AS session_starts_at, s.ends_at AS session_ends_at FROM booking b JOIN session s ON s.id = b.session_id WHERE b.user_id = $1 AND b.attended AND s.starts_at >= $2 AND s.starts_at < $3`, [user, from, now]);
  const sessionsSql = req(apiDist('modules/session/session.mapper.js')).sessionsInRangeSql('all');
  await time('sessions', sessionsSql, [team, new Date(now - 92 * 86400000), now, false]);
  const { rows } = await c.query(`EXPLAIN (ANALYZE) ${sessionsSql.replace('$1', `'${team}'`).replaceAll('$2', `'${new Date(now - 92 * 86400000).toISOString()}'::timestamptz`).replaceAll('$3', `'${now.toISOString()}'::timestamptz`).replaceAll('$4', 'false')}`);
  if (process.env.PLAN) console.log(rows.map((r) => r['QUERY PLAN']).join('\n'));
} finally { await c.end(); await server.stop(); }
