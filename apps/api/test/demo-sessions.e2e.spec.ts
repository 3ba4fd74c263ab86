import { createDataSource } from '../src/database/data-source';
import { seedDemo } from '../src/database/seed-demo';
import '../src/modules/session/session.seed';
import { createTestDatabase } from './harness';

/** The demo seed gives the demo team sessions worth clicking through, within every rule. */
describe('demo sessions', () => {
  it('seeds a monthly CARE series, supervision and intervision, past attendance and a waitlist', async () => {
    const db = await createTestDatabase();
    const ds = createDataSource(db.url, 2);
    await ds.initialize();
    try {
      expect(await seedDemo(ds, { onlyIfEmpty: true })).not.toBeNull();
      const [series] = await ds.query(`SELECT week_of_month, weekday, start_time::text, end_time::text, time_zone, months FROM session_series`);
      expect(series).toEqual({ week_of_month: 'SECOND', weekday: 'TUESDAY', start_time: '15:00:00', end_time: '16:30:00', time_zone: 'Europe/Amsterdam', months: 10 });
      const care = await ds.query(
        `SELECT DISTINCT to_char(starts_at AT TIME ZONE 'Europe/Amsterdam', 'Dy HH24:MI') AS local, f.email
           FROM session s JOIN app_user f ON f.id = s.facilitator_id WHERE s.kind = 'CARE'`,
      );
      expect(care).toEqual([{ local: 'Tue 15:00', email: 'lead@attune.demo' }]);
      const kinds = await ds.query(`SELECT kind, count(*)::int AS n FROM session GROUP BY kind ORDER BY kind`);
      expect(kinds).toEqual([
        { kind: 'CARE', n: 10 },
        { kind: 'INTERVISION', n: 2 },
        { kind: 'SUPERVISION', n: 2 },
      ]);
      const [past] = await ds.query(
        `SELECT count(*) FILTER (WHERE b.attended)::int AS came, count(*) FILTER (WHERE b.attended = false)::int AS missed
           FROM booking b JOIN session s ON s.id = b.session_id WHERE s.ends_at < now()`,
      );
      expect(past.came).toBeGreaterThan(10);
      expect(past.missed).toBeGreaterThan(0);
      const [queue] = await ds.query(`SELECT count(*)::int AS n FROM booking WHERE status = 'WAITLISTED'`);
      expect(queue.n).toBe(3);
      const drift = await ds.query(
        `SELECT s.id FROM session s
          WHERE s.confirmed_count <> (SELECT count(*) FROM booking b WHERE b.session_id = s.id AND b.status = 'CONFIRMED')
             OR s.confirmed_count > s.capacity`,
      );
      expect(drift).toEqual([]);
    } finally {
      await ds.destroy();
      await db.drop();
    }
  });
});
