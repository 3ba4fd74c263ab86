// `npm run seed:demo`: seeds the demo organisation into DATABASE_URL (migrating first).
// Never in production. Refuses when the demo people exist already.
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { ROOT } from './embedded-pg.mjs';

if (process.env.NODE_ENV === 'production') {
  console.error('Demo data is never seeded in production.');
  process.exit(1);
}
if (!process.env.DATABASE_URL) {
  console.error('Set DATABASE_URL to the database to seed (npm start seeds its embedded database by itself).');
  process.exit(1);
}
const require = createRequire(import.meta.url);
const { createDataSource, migrate } = require(resolve(ROOT, 'apps/api/dist/database/data-source.js'));
require(resolve(ROOT, 'apps/api/dist/app.module.js')); // registers every module's demo seeder
const { seedDemo, DEMO_PASSWORD } = require(resolve(ROOT, 'apps/api/dist/database/seed-demo.js'));

const ds = createDataSource(process.env.DATABASE_URL, 2);
await ds.initialize();
try {
  await migrate(ds);
  const people = await seedDemo(ds, { onlyIfEmpty: false });
  if (!people) console.log('The demo people exist already; nothing seeded.');
  else {
    console.log(`Seeded the demo organisation. Logins (password "${DEMO_PASSWORD}"):`);
    for (const p of people) console.log(`  ${p.email.padEnd(22)} ${p.role}`);
  }
} finally {
  await ds.destroy();
}
