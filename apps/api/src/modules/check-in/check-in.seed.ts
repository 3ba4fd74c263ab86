import type { EntityManager } from 'typeorm';
import { addDays, localDateIn, weekStart } from '@attune/domain';
import { DEMO_PEOPLE, registerDemoSeeder, type DemoIds } from '../../database/seed-demo';

/** A small deterministic random generator, so every demo database looks the same. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const clamp = (v: number, lo: number, hi: number): number => Math.max(lo, Math.min(hi, Math.round(v)));

/** Each demo team member's habits: usual weekday, how often they check in, how they are doing. */
const HABITS = [
  { weekday: 0, participation: 0.9, base: 3.3 },
  { weekday: 1, participation: 0.8, base: 2.9 },
  { weekday: 2, participation: 0.75, base: 3.5 },
  { weekday: 3, participation: 0.7, base: 2.5 },
  { weekday: 4, participation: 0.85, base: 3.0 },
  { weekday: 0, participation: 0.65, base: 3.2 },
  { weekday: 2, participation: 0.8, base: 2.7 },
];

/**
 * Two years of weekly check-ins for the demo team, with the ups and downs of real teams:
 * darker winters, lighter summers, one member's hard autumn, and summer holidays in which
 * three people are away all July — so the lead's view shows figures for most months and
 * quarters, and "not enough responses" for July, its quarter and many single weeks.
 */
async function seedCheckIns(m: EntityManager, ids: DemoIds): Promise<void> {
  const rnd = mulberry32(20260501);
  const members = DEMO_PEOPLE.filter((p) => p.role !== 'ORG_ADMIN').map((p) => ids.users[p.email] as string);
  const today = localDateIn(new Date(), 'Europe/Amsterdam');
  const firstWeek = weekStart(addDays(today, -7 * 103));
  const rows: { user: string; date: string; hour: number; who5: number[]; scales: number[] }[] = [];
  for (let w = 0; w < 103; w++) {
    const monday = addDays(firstWeek, 7 * w);
    const month = Number(monday.slice(5, 7));
    const season = month <= 2 || month >= 11 ? -0.45 : month >= 5 && month <= 8 ? 0.35 : 0;
    members.forEach((userId, i) => {
      const habit = HABITS[i % HABITS.length] as (typeof HABITS)[number];
      const day = addDays(monday, rnd() < 0.8 ? habit.weekday : Math.floor(rnd() * 5));
      const awayInJuly = day.slice(5, 7) === '07' && i % 2 === 0 && i > 0;
      const holidayDip = month === 12 && rnd() < 0.3;
      if (awayInJuly || holidayDip || rnd() > habit.participation || day >= today) return;
      const hardAutumn = i === 3 && w >= 30 && w < 46 ? -1.6 : 0;
      const level = habit.base + season + hardAutumn;
      const who5 = Array.from({ length: 5 }, () => clamp(level + (rnd() - 0.5) * 1.6, 0, 5));
      const strain = 5 - who5.reduce((s, v) => s + v, 0) / 5; // 0 (well) … 5 (struggling)
      const scale = (heavyWhenHigh: boolean): number => {
        const heavy = strain * 2 + (rnd() - 0.5) * 3;
        return clamp(heavyWhenHigh ? heavy : 10 - heavy, 0, 10);
      };
      rows.push({
        user: userId,
        date: day,
        hour: 8 + Math.floor(rnd() * 10),
        who5,
        scales: [scale(true), scale(false), scale(true), scale(false), scale(false), scale(true)],
      });
    });
  }
  const col = (f: (r: (typeof rows)[number]) => number): number[] => rows.map(f);
  await m.query(
    `INSERT INTO check_in (user_id, local_date, time_zone, submitted_at, who5_1, who5_2, who5_3, who5_4, who5_5,
                           stress_load, sleep_quality, body_tension, safety, connection, client_material)
     SELECT u, d, 'Europe/Amsterdam', (d + make_interval(hours => h))::timestamp AT TIME ZONE 'Europe/Amsterdam',
            w1, w2, w3, w4, w5, s1, s2, s3, s4, s5, s6
       FROM unnest($1::uuid[], $2::date[], $3::int[], $4::int[], $5::int[], $6::int[], $7::int[], $8::int[],
                   $9::int[], $10::int[], $11::int[], $12::int[], $13::int[], $14::int[])
            AS x(u, d, h, w1, w2, w3, w4, w5, s1, s2, s3, s4, s5, s6)`,
    [
      rows.map((r) => r.user),
      rows.map((r) => r.date),
      col((r) => r.hour),
      ...[0, 1, 2, 3, 4].map((i) => col((r) => r.who5[i] ?? 0)),
      ...[0, 1, 2, 3, 4, 5].map((i) => col((r) => r.scales[i] ?? 0)),
    ],
  );
}

registerDemoSeeder(seedCheckIns);
