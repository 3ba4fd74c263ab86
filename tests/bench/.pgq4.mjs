import { openServer } from './lib/server.mjs';
import pg from 'pg';
const s = await openServer({});
const c = new pg.Client({connectionString: s.url}); await c.connect();
const team = (await c.query(`SELECT id FROM team ORDER BY name LIMIT 1`)).rows[0].id;
const { rows } = await c.query(`SELECT id FROM session WHERE team_id=$1 AND starts_at > now()-interval '92 days' AND starts_at < now()`,[team]);
const ids = rows.map(r=>r.id);
const variants = {
  simple: `SELECT b.* FROM booking b WHERE b.session_id = ANY($1::uuid[])`,
  simpleText: `SELECT b.id::text FROM booking b WHERE b.session_id = ANY($1::uuid[])`,
  one: `SELECT 1`,
};
for (const [n,q] of Object.entries(variants)) {
  const p = q.includes('$1') ? [ids] : [];
  for (let i=0;i<50;i++) await c.query(q,p);
  for (const raw of [false,true]) {
    const t = process.hrtime.bigint(); for (let i=0;i<300;i++) await c.query(raw ? {text:q, values:p, types:{getTypeParser:()=>v=>v}} : {text:q, values:p});
    console.log(n, raw?'raw':'parsed', (Number(process.hrtime.bigint()-t)/1e6/300).toFixed(3),'ms');
  }
}
await c.end(); await s.stop(); process.exit(0);
