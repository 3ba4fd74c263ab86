import pg from 'pg';
import { createRequire } from 'node:module';
import { openServer, apiDist } from './lib/server.mjs';
import { settledAt } from '@attune/domain';
const req = createRequire(import.meta.url);
const server = await openServer();
const c = new pg.Client({ connectionString: server.url }); await c.connect();
try {
  const { TEAM_VIEW_SQL, teamViewParams } = req(apiDist('modules/wellbeing/wellbeing-sql.js'));
  const team = (await c.query(`SELECT id FROM team WHERE name LIKE 'Team %' ORDER BY name LIMIT 1`)).rows[0].id;
  const now = Date.now(); const d = new Date(now);
  const to = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1) - 12*3600000), from = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth()-24, 1, 12));
  for (const g of ['MONTH','WEEK']) {
    const f = g === 'MONTH' ? from : new Date(now - 364*86400000);
    const params = teamViewParams(team, g, f, g === 'MONTH' ? to : new Date(now), settledAt(new Date()));
    await c.query({ name: 'v'+g, text: TEAM_VIEW_SQL, values: params });
    for (let i=0;i<6;i++) await c.query({ name: 'v'+g, text: TEAM_VIEW_SQL, values: params });
    let t = performance.now(); for (let i=0;i<300;i++) await c.query({ name: 'v'+g, text: TEAM_VIEW_SQL, values: params }); console.log(g, 'view seq ms/call', ((performance.now()-t)/300).toFixed(3));
    const r = { rows: [] }; if (0) await c.query(`EXPLAIN (ANALYZE, BUFFERS) ${TEAM_VIEW_SQL.replace(/\$(\d)/g, (m, n) => pg.Client.prototype.escapeLiteral ? c.escapeLiteral(String(params[n-1])) : '')}`);
    console.log(r.rows.map((x) => x['QUERY PLAN']).join('\n'));
  }
  if (process.argv[2]) { const r = await c.query(process.argv[2]); console.log(r.rows); }
} finally { await c.end(); await server.stop(); }
