import 'reflect-metadata';
import cluster from 'node:cluster';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import helmet from 'helmet';
import { DataSource } from 'typeorm';
import { loadConfig, type AppConfig } from './config/config';
import { AppModule } from './app.module';
import { PrototypedExpressAdapter } from './common/express-adapter';
import { PREPARED_ENV, runCluster } from './cluster';
import { createDataSource, migrate } from './database/data-source';
import { queryCountStore } from './database/query-counter';
import { DEMO_PASSWORD, seedDemo, type DemoLogin } from './database/seed-demo';

const API_PREFIXES = ['/graphql', '/health', '/dev/', '/calendar/', '/api/'];

function findWebDist(config: AppConfig): string | undefined {
  const candidate = config.webDist ?? resolve(__dirname, '../../web/dist');
  return existsSync(join(candidate, 'index.html')) ? candidate : undefined;
}

/** Builds the Nest application with its HTTP middleware; does not listen. */
export async function createApp(config: AppConfig = loadConfig()): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config), new PrototypedExpressAdapter(), {
    logger: config.env === 'test' ? ['error'] : ['error', 'warn', 'log'],
    bodyParser: true,
  });
  app.set('trust proxy', config.trustProxy);
  app.disable('x-powered-by');
  // No ETag on what `res.send` answers (express would hash every GraphQL answer for one): those
  // answers are personal and never cached (no-store). A function that makes none, rather than
  // `false`, because `res.sendFile` reads the setting as on/off and index.html must keep its ETag
  // (it is served no-cache, so a browser revalidates it); serve-static sets its own.
  app.set('etag', () => undefined);
  app.useBodyParser('json', { limit: '200kb' });
  if (config.countQueries) {
    app.use((_req: Request, _res: Response, next: NextFunction) => queryCountStore.run({ count: 0 }, next));
  }
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          styleSrc: ["'self'", "'unsafe-inline'"],
          imgSrc: ["'self'", 'data:'],
          connectSrc: ["'self'"],
          frameAncestors: ["'none'"],
          upgradeInsecureRequests: config.cookieSecure ? [] : null,
        },
      },
      crossOriginEmbedderPolicy: false,
    }),
  );
  // CSRF: state changes only come over POST /graphql with a JSON body (Apollo's CSRF prevention
  // refuses simple requests) and SameSite cookies; a foreign Origin is refused outright too.
  app.use('/graphql', (req: Request, res: Response, next: NextFunction) => {
    // Answers are personal: never stored by a browser or proxy cache.
    res.setHeader('Cache-Control', 'no-store');
    const origin = req.get('origin');
    if (origin && req.method !== 'GET' && req.method !== 'HEAD') {
      const own = `${req.protocol}://${req.get('host') ?? ''}`;
      if (origin !== own && origin !== config.publicUrl && !config.allowedOrigins.includes(origin)) {
        res.status(403).json({ errors: [{ message: 'Cross-origin request refused', extensions: { code: 'FORBIDDEN' } }] });
        return;
      }
    }
    next();
  });

  const webDist = findWebDist(config);
  if (webDist) {
    app.useStaticAssets(webDist, { index: false, maxAge: '1h', setHeaders: immutableAssets });
    const indexHtml = join(webDist, 'index.html');
    app.use((req: Request, res: Response, next: NextFunction) => {
      if ((req.method === 'GET' || req.method === 'HEAD') && !API_PREFIXES.some((p) => req.path.startsWith(p)) && req.accepts('html')) {
        res.setHeader('Cache-Control', 'no-cache');
        res.sendFile(indexHtml);
        return;
      }
      next();
    });
  }
  return app;
}

function immutableAssets(res: Response, path: string): void {
  if (path.includes(`${join('dist', 'assets')}`)) res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
}

/**
 * Applies migrations (once, across processes) and seeds demo data when configured; with demo
 * data, also lists its logins (`demo`), whether seeded now or before.
 */
export async function prepareDatabase(config: AppConfig): Promise<{ applied: string[]; seeded: boolean; demo: DemoLogin[] | null }> {
  const ds = createDataSource(config.databaseUrl, 2);
  await ds.initialize();
  try {
    const applied = await migrate(ds);
    if (!config.seedDemo) return { applied, seeded: false, demo: null };
    const seeded = await seedDemo(ds, { onlyIfEmpty: true });
    return { applied, seeded: seeded !== null, demo: seeded ?? (await listDemoLogins(ds)) };
  } finally {
    await ds.destroy();
  }
}

/** Tells what preparing the database did (once, from the process that prepared it). */
export function logPrepared(config: AppConfig, prepared: { applied: string[]; seeded: boolean; demo: DemoLogin[] | null }): void {
  const logger = new Logger('Attune');
  if (prepared.applied.length > 0) logger.log(`Applied migrations: ${prepared.applied.join(', ')}`);
  if (prepared.seeded) logger.log('Demo data seeded.');
  const people = prepared.demo ?? [];
  if (config.seedDemo && people.length > 0) {
    logger.log(`Demo logins (password "${DEMO_PASSWORD}"):\n${people.map((d) => `    ${d.email.padEnd(22)} ${d.role}`).join('\n')}`);
  }
}

/**
 * Prepares the database (unless a cluster primary already did: ATTUNE_DATABASE_PREPARED=1),
 * then serves the API and the web app.
 */
export async function bootstrap(env: NodeJS.ProcessEnv = process.env): Promise<NestExpressApplication> {
  const config = loadConfig(env);
  const logger = new Logger('Attune');
  const inCluster = env[PREPARED_ENV] === '1';
  if (!inCluster) logPrepared(config, await prepareDatabase(config));
  const app = await createApp(config);
  await app.listen(config.port);
  if (!inCluster) {
    logger.log(`GraphQL at ${config.publicUrl}/graphql`);
    if (findWebDist(config)) logger.log(`Web app at ${config.publicUrl}/`);
  }
  return app;
}

async function listDemoLogins(ds: DataSource): Promise<DemoLogin[]> {
  return ds.query(
    `SELECT u.email, COALESCE((SELECT 'ORG_ADMIN' FROM org_admin a WHERE a.user_id = u.id LIMIT 1),
                              (SELECT m.role FROM team_membership m WHERE m.user_id = u.id AND m.left_at IS NULL LIMIT 1), '') AS role
       FROM app_user u WHERE u.email LIKE '%@attune.demo' ORDER BY u.created_at, u.email`,
  );
}

function serveOne(): void {
  bootstrap()
    .then((app) => {
      const stop = (): void => {
        void app.close().finally(() => process.exit(0));
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    })
    .catch((e: unknown) => {
      console.error(e instanceof Error ? e.message : e);
      process.exit(1);
    });
}

if (require.main === module) {
  let config: AppConfig | null = null;
  try {
    config = loadConfig();
  } catch {
    // serveOne's bootstrap reports the configuration error
  }
  if (cluster.isPrimary && config && config.processes > 1) {
    const primary = config;
    runCluster(primary, async () => {
      logPrepared(primary, await prepareDatabase(primary));
      new Logger('Attune').log(`GraphQL at ${primary.publicUrl}/graphql (${primary.processes} processes)`);
    }).catch((e: unknown) => {
      console.error(e instanceof Error ? e.message : e);
      process.exit(1);
    });
  } else {
    serveOne();
  }
}
