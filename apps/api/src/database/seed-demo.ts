import type { DataSource, EntityManager } from 'typeorm';
import { hashPassword } from '../modules/auth/password';

export const DEMO_PASSWORD = 'attune-demo-2026';

export interface DemoLogin {
  email: string;
  role: string;
}

/** The demo people: one org admin, one team lead and several members of one team. */
export const DEMO_PEOPLE = [
  { email: 'admin@attune.demo', name: 'Ilse Admin', role: 'ORG_ADMIN' },
  { email: 'lead@attune.demo', name: 'Marieke Jansen', role: 'LEAD' },
  { email: 'sanne@attune.demo', name: 'Sanne de Vries', role: 'MEMBER' },
  { email: 'ahmed@attune.demo', name: 'Ahmed El Amrani', role: 'MEMBER' },
  { email: 'joost@attune.demo', name: 'Joost Bakker', role: 'MEMBER' },
  { email: 'lotte@attune.demo', name: 'Lotte Visser', role: 'MEMBER' },
  { email: 'daan@attune.demo', name: 'Daan Mulder', role: 'MEMBER' },
  { email: 'fatima@attune.demo', name: 'Fatima Yilmaz', role: 'MEMBER' },
] as const;

export const DEMO_SUPPORT_RESOURCES = [
  {
    name: '113 Zelfmoordpreventie',
    phone: '0800-0113',
    url: 'https://www.113.nl',
    description: 'Dag en nacht anoniem praten, gratis. / Anonymous support, day and night.',
  },
  {
    name: 'Bedrijfsarts (Arbo)',
    phone: '020-123 45 67',
    url: null,
    description: 'Vertrouwelijk gesprek over werkbelasting. / Confidential talk about workload.',
  },
  {
    name: 'Vertrouwenspersoon',
    phone: '020-765 43 21',
    url: null,
    description: 'Intern, vertrouwelijk. / Internal, confidential.',
  },
  {
    name: 'Huisartsenpost',
    phone: '0900-1515',
    url: null,
    description: "'s Avonds, 's nachts en in het weekend. / Evenings, nights and weekends.",
  },
];

/** Extra demo content (sessions, check-ins …) that feature modules add after the people exist. */
export type DemoSeeder = (m: EntityManager, ids: DemoIds) => Promise<void>;

export interface DemoIds {
  organisationId: string;
  teamId: string;
  users: Record<string, string>;
}

const seeders: DemoSeeder[] = [];
export function registerDemoSeeder(seeder: DemoSeeder): void {
  seeders.push(seeder);
}

/** Seeds the demo organisation unless any organisation exists. Returns the logins, or null when skipped. */
export async function seedDemo(ds: DataSource, opts: { onlyIfEmpty: boolean }): Promise<DemoLogin[] | null> {
  const hash = await hashPassword(DEMO_PASSWORD);
  return ds.transaction(async (m) => {
    await m.query(`SELECT pg_advisory_xact_lock(7402213002)`);
    const [{ n }] = (await m.query(`SELECT count(*)::int AS n FROM organisation`)) as [{ n: number }];
    if (opts.onlyIfEmpty && n > 0) return null;
    const existing: unknown[] = await m.query(`SELECT 1 FROM app_user WHERE email = $1`, [DEMO_PEOPLE[0].email]);
    if (existing.length > 0) return null;

    const [org] = (await m.query(
      `INSERT INTO organisation (name, support_resources) VALUES ($1, $2::jsonb) RETURNING id`,
      ['Traumacentrum Demo', JSON.stringify(DEMO_SUPPORT_RESOURCES)],
    )) as [{ id: string }];
    const [team] = (await m.query(
      `INSERT INTO team (organisation_id, name, time_zone) VALUES ($1, $2, 'Europe/Amsterdam') RETURNING id`,
      [org.id, 'Traumateam Noord'],
    )) as [{ id: string }];
    const users: Record<string, string> = {};
    for (const p of DEMO_PEOPLE) {
      const [u] = (await m.query(
        `INSERT INTO app_user (organisation_id, email, display_name, password_hash, locale) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
        [org.id, p.email, p.name, hash, p.email === 'ahmed@attune.demo' ? 'en' : 'nl'],
      )) as [{ id: string }];
      users[p.email] = u.id;
      if (p.role === 'ORG_ADMIN') {
        await m.query(`INSERT INTO org_admin (organisation_id, user_id) VALUES ($1, $2)`, [org.id, u.id]);
      } else {
        await m.query(
          `INSERT INTO team_membership (team_id, user_id, role, joined_at) VALUES ($1, $2, $3, now() - interval '2 years')`,
          [team.id, u.id, p.role],
        );
      }
    }
    const ids: DemoIds = { organisationId: org.id, teamId: team.id, users };
    for (const seeder of seeders) await seeder(m, ids);
    return DEMO_PEOPLE.map((p) => ({ email: p.email, role: p.role }));
  });
}
