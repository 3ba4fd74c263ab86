import { randomBytes } from 'node:crypto';
import type { INestApplication } from '@nestjs/common';
import { Client, Pool } from 'pg';
import { loadConfig, type AppConfig } from '../src/config/config';
import { createDataSource, migrate } from '../src/database/data-source';
import { createApp } from '../src/main';
import { hashPassword } from '../src/modules/auth/password';

/** The PostgreSQL server tests run against (embedded by `npm test`, or DATABASE_URL). */
export function serverUrl(): string {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('DATABASE_URL is not set: run tests through `npm test` (it starts PostgreSQL)');
  return url;
}

function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

/** Creates an empty database for one test file and applies every migration. */
export async function createTestDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `attune_t_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
  const admin = new Client({ connectionString: serverUrl() });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = withDatabase(serverUrl(), name);
  const ds = createDataSource(url, 2);
  await ds.initialize();
  await migrate(ds);
  await ds.destroy();
  return {
    url,
    drop: async () => {
      const c = new Client({ connectionString: serverUrl() });
      await c.connect();
      // Let connections that are still closing (the job queue's pool closes after the app has)
      // go first: one killed half-closed makes its pool emit an error nobody listens to any more.
      for (let i = 0; i < 50; i++) {
        const r = await c.query<{ n: number }>(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = $1`, [name]);
        if (r.rows[0]?.n === 0) break;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}

export interface TestApp {
  readonly app: INestApplication;
  readonly baseUrl: string;
  readonly config: AppConfig;
  /** Raw SQL access for arranging data and checking what is stored. */
  readonly db: Pool;
  close(): Promise<void>;
}

/** Boots the real Nest app on a fresh database, listening on a random port. */
export async function startTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  const database = await createTestDatabase();
  const config = loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: database.url,
    PORT: '4000',
    LOGIN_ATTEMPTS_PER_ADDRESS: '100000',
    LOGIN_ATTEMPTS_PER_EMAIL: '1000',
    ATTUNE_ENCRYPTION_KEYS: `t1:${randomBytes(32).toString('base64')}`,
    DB_POOL_SIZE: '10',
    // Queries run compiled from their first time, so every test checks the compiled path;
    // compiled-queries.e2e.spec.ts compares it with graphql-js's answers.
    ATTUNE_COMPILE_QUERIES_AFTER: '1',
    ...env,
  });
  const app = await createApp(config);
  await app.listen(0, '127.0.0.1');
  const address = app.getHttpServer().address() as { port: number };
  const db = new Pool({ connectionString: database.url, max: 5 });
  return {
    app,
    baseUrl: `http://127.0.0.1:${address.port}`,
    config,
    db,
    close: async () => {
      await app.close();
      await db.end();
      await database.drop();
    },
  };
}

export interface GqlResult<T = Record<string, unknown>> {
  status: number;
  data: T | null;
  errors: { message: string; extensions?: { code?: string; field?: string; [k: string]: unknown } }[] | undefined;
  headers: Headers;
}

/** A GraphQL client over real HTTP that keeps its session cookie, like a browser. */
export class GqlClient {
  cookie: string | null = null;
  constructor(private readonly baseUrl: string) {}

  async gql<T = Record<string, unknown>>(query: string, variables: Record<string, unknown> = {}): Promise<GqlResult<T>> {
    const res = await fetch(`${this.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(this.cookie ? { cookie: this.cookie } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const setCookie = res.headers.get('set-cookie');
    if (setCookie) {
      const pair = setCookie.split(';')[0] ?? '';
      this.cookie = pair.endsWith('=') ? null : pair;
    }
    const body = (await res.json()) as { data?: T; errors?: GqlResult<T>['errors'] };
    return { status: res.status, data: body.data ?? null, errors: body.errors, headers: res.headers };
  }

  /** Runs an operation that must succeed; throws with the errors otherwise. */
  async ok<T = Record<string, unknown>>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const r = await this.gql<T>(query, variables);
    if (r.errors?.length || !r.data) throw new Error(`GraphQL failed (${r.status}): ${JSON.stringify(r.errors)}`);
    return r.data;
  }

  async login(email: string, password = TEST_PASSWORD): Promise<void> {
    await this.ok(`mutation($e: String!, $p: String!) { login(email: $e, password: $p) { id } }`, { e: email, p: password });
  }
}

/** The first error code of a result (or undefined). */
export function errorCode(r: GqlResult<unknown>): string | undefined {
  return r.errors?.[0]?.extensions?.code;
}

export const TEST_PASSWORD = 'test-password-123';
let cachedHash: Promise<string> | undefined;

export interface World {
  organisationId: string;
  teamId: string;
  users: Record<string, string>;
}

/**
 * Arranges an organisation with teams and people directly in the database (fast).
 * `people`: e-mail → { team: name, role } or { admin: true }. Every password is TEST_PASSWORD.
 */
export async function arrange(
  db: Pool,
  spec: {
    organisation?: string;
    teams: string[];
    people: Record<string, { team?: string; role?: 'MEMBER' | 'LEAD'; admin?: boolean; teams?: { team: string; role: 'MEMBER' | 'LEAD' }[] }>;
  },
): Promise<{ organisationId: string; teams: Record<string, string>; users: Record<string, string> }> {
  cachedHash ??= hashPassword(TEST_PASSWORD);
  const hash = await cachedHash;
  const org = await db.query<{ id: string }>(`INSERT INTO organisation (name) VALUES ($1) RETURNING id`, [spec.organisation ?? 'Test org']);
  const organisationId = org.rows[0]!.id;
  const teams: Record<string, string> = {};
  for (const name of spec.teams) {
    const t = await db.query<{ id: string }>(`INSERT INTO team (organisation_id, name) VALUES ($1, $2) RETURNING id`, [organisationId, name]);
    teams[name] = t.rows[0]!.id;
  }
  const users: Record<string, string> = {};
  for (const [email, p] of Object.entries(spec.people)) {
    const u = await db.query<{ id: string }>(
      `INSERT INTO app_user (organisation_id, email, display_name, password_hash, locale) VALUES ($1, $2, $3, $4, 'en') RETURNING id`,
      [organisationId, email, email.split('@')[0], hash],
    );
    const id = u.rows[0]!.id;
    users[email] = id;
    if (p.admin) await db.query(`INSERT INTO org_admin (organisation_id, user_id) VALUES ($1, $2)`, [organisationId, id]);
    const memberships = [...(p.teams ?? []), ...(p.team ? [{ team: p.team, role: p.role ?? 'MEMBER' }] : [])];
    for (const m of memberships) {
      const teamId = teams[m.team];
      if (!teamId) throw new Error(`unknown team ${m.team}`);
      await db.query(`INSERT INTO team_membership (team_id, user_id, role, joined_at) VALUES ($1, $2, $3, now() - interval '3 years')`, [
        teamId,
        id,
        m.role,
      ]);
    }
  }
  return { organisationId, teams, users };
}

/** Signs in as each person and returns a client per e-mail. */
export async function clientsFor(baseUrl: string, emails: string[]): Promise<Record<string, GqlClient>> {
  const out: Record<string, GqlClient> = {};
  await Promise.all(
    emails.map(async (e) => {
      const c = new GqlClient(baseUrl);
      await c.login(e);
      out[e] = c;
    }),
  );
  return out;
}
