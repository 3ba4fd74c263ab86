import { openServer } from './lib/server.mjs';
import pg from 'pg';
const s = await openServer({});
const c = new pg.Client({connectionString: s.url}); await c.connect();
const team = (await c.query(`SELECT id FROM team ORDER BY name LIMIT 1`)).rows[0].id;
const lead = (await c.query(`SELECT user_id FROM team_membership WHERE team_id=$1 AND role='LEAD'`,[team])).rows[0].user_id;
const { rows } = await c.query(`SELECT id FROM session WHERE team_id=$1 AND starts_at > now()-interval '92 days' AND starts_at < now()`,[team]);
const ids = rows.map(r=>r.id);
const from = new Date(Date.now()-92*864e5), to = new Date();
const queries = {
 session: [`SELECT s.id, s.team_id, s.series_id, s.kind, s.title, s.starts_at, s.ends_at, s.time_zone, s.location, s.video_url,
  s.capacity, s.confirmed_count, s.waitlist_count, s.facilitator_id, f.display_name AS facilitator_name,
  s.min_notice_minutes, s.cancelled_at, s.cancel_reason FROM session s LEFT JOIN app_user f ON f.id = s.facilitator_id
        WHERE s.team_id = $1 AND s.starts_at < $3 AND s.ends_at > $2 AND ($4::boolean OR s.cancelled_at IS NULL)
        ORDER BY s.starts_at, s.id LIMIT 500`, [team, from, to, true]],
 access: [`SELECT 'team' AS kind, team_id AS id, role FROM team_membership WHERE user_id = $1 AND left_at IS NULL
       UNION ALL SELECT 'admin' AS kind, organisation_id AS id, NULL AS role FROM org_admin WHERE user_id = $1`, [lead]],
 bookings: [`SELECT x.*, row_number() OVER (PARTITION BY x.session_id ORDER BY x.display_name, x.user_id)::int AS name_rank
             FROM (SELECT b.id, b.session_id, b.user_id, (SELECT u.display_name FROM app_user u WHERE u.id = b.user_id) AS display_name, b.team_id, b.status,
  CASE WHEN b.status = 'WAITLISTED' THEN (SELECT count(*)::int FROM booking w WHERE w.session_id = b.session_id AND w.status = 'WAITLISTED' AND w.waitlist_seq <= b.waitlist_seq) END AS waitlist_position,
  b.created_at, b.confirmed_at, b.cancelled_at, b.attended, b.attendance_marked_at, b.waitlist_seq
                     FROM booking b WHERE b.session_id = ANY($1::uuid[]) OR (b.session_id = ANY($2::uuid[]) AND b.user_id = $3 AND b.status IN ('CONFIRMED', 'WAITLISTED'))) x
            ORDER BY array_position(ARRAY['CONFIRMED', 'WAITLISTED', 'CANCELLED'], x.status), x.waitlist_seq NULLS FIRST, x.created_at`, [ids, [], lead]],
 lookup: [`SELECT s.id AS session_id, s.last_seen_at, u.id FROM user_session s JOIN app_user u ON u.id = s.user_id WHERE s.token_hash = $1 AND s.expires_at > now()`, [Buffer.alloc(32)]],
};
for (const [name, [q, p]] of Object.entries(queries)) {
  for (let i=0;i<20;i++) await c.query(q,p);
  let t = process.hrtime.bigint(); for (let i=0;i<200;i++) await c.query(q,p); const ms = Number(process.hrtime.bigint()-t)/1e6/200;
  const r = await c.query('EXPLAIN (ANALYZE) ' + q, p);
  const plan = r.rows.map(x=>x['QUERY PLAN']);
  console.log(name, 'roundtrip', ms.toFixed(3), 'ms;', plan.filter(l=>/Planning Time|Execution Time/.test(l)).join(' '));
  if (process.argv[2]===name) console.log(plan.join('\n'));
}
await c.end(); await s.stop(); process.exit(0);
