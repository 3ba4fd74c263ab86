/** Environment, read and validated once at start-up. The API refuses to start on bad config. */
export interface AppConfig {
  readonly env: 'development' | 'test' | 'production';
  readonly port: number;
  readonly databaseUrl: string;
  /** Public base URL used in links (invites, calendar feeds). */
  readonly publicUrl: string;
  /** Whether cookies carry the Secure flag. */
  readonly cookieSecure: boolean;
  /** SMTP connection URL; when absent, mail stays in the development mailbox. */
  readonly smtpUrl: string | undefined;
  readonly mailFrom: string;
  /** Directory of the built web app to serve at `/`, when present. */
  readonly webDist: string | undefined;
  /** Seed the demo organisation when the database is empty. */
  readonly seedDemo: boolean;
  /** Base64 32-byte key(s) for encrypting free text at rest: "keyId:base64,keyId:base64" (first is current). */
  readonly encryptionKeys: string | undefined;
  /** Origins allowed to send state-changing requests besides the API's own. */
  readonly allowedOrigins: readonly string[];
  /** Size of the PostgreSQL connection pool. */
  readonly dbPoolSize: number;
  /** Login attempts allowed per e-mail address, and per client address, in one minute. */
  readonly loginAttemptsPerWindow: number;
  readonly loginAttemptsPerAddress: number;
  /** Trust X-Forwarded-For from this many proxies in front of the API. */
  readonly trustProxy: number;
  /**
   * How long an API process may keep who is behind a session token, in milliseconds (0: read it
   * on every request). Changes still take effect at once: see modules/auth/session-cache.ts.
   */
  readonly authCacheMs: number;
  /**
   * HTTP processes to serve from (WEB_CONCURRENCY, default 1): more use more cores of one
   * machine. They share the port; the database is migrated once, and jobs run in the first.
   */
  readonly processes: number;
  /**
   * Queries are run by code compiled for them once the same text has come this many times
   * (ATTUNE_COMPILE_QUERIES_AFTER, default 2; 0 never compiles): see common/compiled-queries.ts.
   */
  readonly compileQueriesAfter: number;
  /**
   * Size in MB of each half of V8's young generation in the HTTP processes a cluster forks
   * (ATTUNE_SEMI_SPACE_MB, default 32; 0 leaves V8's own, 16 here): see cluster.ts.
   */
  readonly semiSpaceMb: number;
  /** Log each SQL statement count per request (benchmarks). */
  readonly countQueries: boolean;
  /** Run the job worker (mail delivery, reminders) in this process; ATTUNE_WORKER=0 turns it off, e.g. on extra web replicas. */
  readonly worker: boolean;
  /** How often an idle worker looks for due jobs, in milliseconds. */
  readonly workerPollMs: number;
  /** Jobs one worker process runs at the same time. */
  readonly workerConcurrency: number;
  /** SMTP connect, greeting and idle timeout; a delivery still running after 3× this + 5 s is presumed lost with its worker and retried. */
  readonly mailTimeoutSeconds: number;
  /** Delivery attempts after the first, and the base delay of the exponential backoff between them. */
  readonly mailRetryLimit: number;
  readonly mailRetryDelaySeconds: number;
  /** How often the job queue looks for jobs whose worker died, in seconds. */
  readonly jobMaintenanceSeconds: number;
}

export class ConfigError extends Error {}

function int(name: string, raw: string | undefined, fallback: number, min: number, max: number): number {
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max) {
    throw new ConfigError(`${name} must be an integer between ${min} and ${max}, got "${raw}"`);
  }
  return n;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const nodeEnv = env.NODE_ENV === 'production' ? 'production' : env.NODE_ENV === 'test' ? 'test' : 'development';
  const production = nodeEnv === 'production';
  const missing: string[] = [];

  const databaseUrl = env.DATABASE_URL ?? '';
  if (!databaseUrl) missing.push('DATABASE_URL');
  else if (!/^postgres(ql)?:\/\//u.test(databaseUrl)) throw new ConfigError('DATABASE_URL must be a postgres:// URL');

  const port = int('PORT', env.PORT, 4000, 1, 65535);
  const publicUrl = (env.PUBLIC_URL ?? `http://localhost:${port}`).replace(/\/+$/u, '');
  if (!/^https?:\/\//u.test(publicUrl)) throw new ConfigError('PUBLIC_URL must start with http:// or https://');

  const encryptionKeys = env.ATTUNE_ENCRYPTION_KEYS || undefined;
  if (production) {
    if (!env.PUBLIC_URL) missing.push('PUBLIC_URL');
    if (!encryptionKeys) missing.push('ATTUNE_ENCRYPTION_KEYS');
  }
  if (missing.length > 0) {
    throw new ConfigError(`Missing required configuration: ${missing.join(', ')}`);
  }

  const seedDemo = env.ATTUNE_SEED_DEMO === '1' || env.ATTUNE_SEED_DEMO === 'true';
  if (production && seedDemo) throw new ConfigError('Demo data is never seeded in production (unset ATTUNE_SEED_DEMO)');

  return {
    env: nodeEnv,
    port,
    databaseUrl,
    publicUrl,
    cookieSecure: env.COOKIE_SECURE ? env.COOKIE_SECURE === 'true' : publicUrl.startsWith('https://'),
    smtpUrl: env.SMTP_URL || undefined,
    mailFrom: env.MAIL_FROM || 'Attune <no-reply@attune.local>',
    webDist: env.ATTUNE_WEB_DIST || undefined,
    seedDemo,
    encryptionKeys,
    allowedOrigins: (env.ALLOWED_ORIGINS ?? '')
      .split(',')
      .map((o) => o.trim())
      .filter(Boolean),
    dbPoolSize: int('DB_POOL_SIZE', env.DB_POOL_SIZE, 20, 1, 200),
    loginAttemptsPerWindow: int('LOGIN_ATTEMPTS_PER_EMAIL', env.LOGIN_ATTEMPTS_PER_EMAIL, 5, 1, 1000),
    loginAttemptsPerAddress: int('LOGIN_ATTEMPTS_PER_ADDRESS', env.LOGIN_ATTEMPTS_PER_ADDRESS, 5, 1, 100000),
    trustProxy: int('TRUST_PROXY', env.TRUST_PROXY, 0, 0, 10),
    // Off under test by default, so tests that change the database behind the API's back read it
    // afresh; the session cache's own tests turn it on.
    authCacheMs: int('ATTUNE_AUTH_CACHE_MS', env.ATTUNE_AUTH_CACHE_MS, nodeEnv === 'test' ? 0 : 30_000, 0, 300_000),
    processes: int('WEB_CONCURRENCY', env.WEB_CONCURRENCY, 1, 1, 64),
    compileQueriesAfter: int('ATTUNE_COMPILE_QUERIES_AFTER', env.ATTUNE_COMPILE_QUERIES_AFTER, 2, 0, 1000),
    semiSpaceMb: int('ATTUNE_SEMI_SPACE_MB', env.ATTUNE_SEMI_SPACE_MB, 32, 0, 1024),
    countQueries: env.ATTUNE_COUNT_QUERIES === '1',
    worker: !['0', 'false', 'off'].includes((env.ATTUNE_WORKER ?? '').toLowerCase()),
    workerPollMs: int('ATTUNE_WORKER_POLL_MS', env.ATTUNE_WORKER_POLL_MS, 2000, 50, 600_000),
    workerConcurrency: int('ATTUNE_WORKER_CONCURRENCY', env.ATTUNE_WORKER_CONCURRENCY, 2, 1, 50),
    mailTimeoutSeconds: int('ATTUNE_MAIL_TIMEOUT_SECONDS', env.ATTUNE_MAIL_TIMEOUT_SECONDS, 60, 1, 600),
    mailRetryLimit: int('ATTUNE_MAIL_RETRY_LIMIT', env.ATTUNE_MAIL_RETRY_LIMIT, 12, 0, 100),
    mailRetryDelaySeconds: int('ATTUNE_MAIL_RETRY_DELAY_SECONDS', env.ATTUNE_MAIL_RETRY_DELAY_SECONDS, 30, 1, 86_400),
    jobMaintenanceSeconds: int('ATTUNE_JOB_MAINTENANCE_SECONDS', env.ATTUNE_JOB_MAINTENANCE_SECONDS, 60, 1, 3600),
  };
}

export const APP_CONFIG = Symbol('APP_CONFIG');
