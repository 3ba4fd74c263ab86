import { openServer } from '/work/wt-perf/tests/bench/lib/server.mjs';
import pg from 'pg';
const s = await openServer({log: console.log});
const c = new pg.Client({connectionString: s.url}); await c.connect();
for (const q of process.argv.slice(2)) { const r = await c.query(q); console.table(r.rows); }
await c.end();
let t=Date.now(); await s.stop(); console.log('stop', Date.now()-t);
