process.env.NODE_ENV='production';
process.env.ATTUNE_ENCRYPTION_KEYS=require('fs').readFileSync('/work/main/.data/bench.key','utf8').trim();
process.env.DATABASE_URL='postgres://postgres:attune-local@127.0.0.1:54339/attune_large';
process.env.PUBLIC_URL='http://127.0.0.1:1';
process.env.ATTUNE_WORKER='0';
const D='/work/main/apps/api/dist/';
const { createApp } = require(D+'main.js');
const { DataSource } = require('typeorm');
const now=Date.now(), DAY=86400000;
(async()=>{
  const app = await createApp(); await app.init();
  const ds = app.get(DataSource);
  const [mem] = await ds.query(`SELECT id, organisation_id AS "organisationId", email, display_name AS "displayName", locale, time_zone AS "timeZone" FROM app_user WHERE email='t001p02@large.attune.test'`);
  const [lead] = await ds.query(`SELECT id, organisation_id AS "organisationId", email, display_name AS "displayName", locale, time_zone AS "timeZone" FROM app_user WHERE email='t001p01@large.attune.test'`);
  const [{team_id}] = await ds.query(`SELECT team_id FROM team_membership WHERE user_id=$1`, [lead.id]);
  const integ = app.get(require(D+'modules/integration/integration.service.js').IntegrationService);
  const wb = app.get(require(D+'modules/wellbeing/wellbeing.service.js').WellbeingService);
  const d=new Date(now); const monthsTo = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1) - 12 * 3_600_000); const monthsFrom = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() - 24, 1, 12));
  const cases = {
    mine: () => integ.mine(mem, new Date(now-730*DAY), new Date(now)),
    tw: () => wb.teamWellbeing(lead, team_id, 'MONTH', monthsFrom, monthsTo),
    ping: () => ds.query('SELECT 1'),
  };
  const N=Number(process.env.N||300);
  for (const round of [1,2]) for (const [k,fn] of Object.entries(cases)) {
    if (process.env.ONLY && !process.env.ONLY.split(',').includes(k)) continue;
    for (let i=0;i<30;i++) await fn();
    const c0=process.cpuUsage(); const t0=performance.now();
    for (let i=0;i<N;i++) await fn();
    const c=process.cpuUsage(c0);
    console.log(k.padEnd(6),'wall',((performance.now()-t0)/N).toFixed(2),'cpu',((c.user+c.system)/1000/N).toFixed(2));
  }
  await app.close();
})().catch(e=>{console.error(e);process.exit(1)});
