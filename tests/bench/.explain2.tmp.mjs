import pg from 'pg';
import { openServer } from './lib/server.mjs';
import { emailOf } from './seed-large.mjs';
const server = await openServer();
const c = new pg.Client({ connectionString: server.url }); await c.connect();
try {
  const user = (await c.query(`SELECT id FROM app_user WHERE email = $1`, [emailOf(1, 2)])).rows[0].id;
  const now = new Date(); const from = new Date(now - 730 * 86400000);
  const sub = (s) => s.replaceAll('$1', `'${user}'::uuid`).replaceAll('$2', `'${from.toISOString()}'::timestamptz`).replaceAll('$3', `'${now.toISOString()}'::timestamptz`);
  for (const q of process.argv.slice(2)) {
    const { rows } = await c.query(`EXPLAIN (ANALYZE, BUFFERS) ${sub(q)}`);
    console.log(rows.map((r) => r['QUERY PLAN']).join('\n'));
  }
  console.log((await c.query(`SELECT indexdef FROM pg_indexes WHERE tablename IN ('check_in','booking')`)).rows.map((r) => r.indexdef).join('\n'));
} finally { await c.end(); await server.stop(); }
