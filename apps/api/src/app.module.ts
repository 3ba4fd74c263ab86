import { type DynamicModule, Global, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { GraphQLModule } from '@nestjs/graphql';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { Request, Response } from 'express';
import { GraphQLError } from 'graphql';
import { APP_CONFIG, type AppConfig } from './config/config';
import { dataSourceOptions } from './database/data-source';
import { AccessService, primeAccess } from './common/access.service';
import { newContext } from './common/context';
import { ErrorsFilter } from './common/errors.filter';
import { formatError } from './common/format-error';
import { graphqlProtection } from './common/graphql-limits';
import { CompiledQueries } from './common/compiled-queries';
import { wellFormedInputPlugin } from './common/well-formed-input';
import { queryCountPlugin } from './common/query-count.plugin';
import { DateTimeScalar } from './common/scalars';
import { EncryptionService } from './common/encryption/encryption.service';
import { SessionGuard } from './common/session.guard';
import { TeamAccessGuard, TeamScopeRegistry } from './common/team-access';
import { AccountModule } from './modules/account/account.module';
import { AuditModule } from './modules/audit/audit.module';
import { CheckInModule } from './modules/check-in/check-in.module';
import { IntegrationModule } from './modules/integration/integration.module';
import { PersonalDataModule } from './modules/personal-data/personal-data.module';
import { WellbeingModule } from './modules/wellbeing/wellbeing.module';
import { AuthModule } from './modules/auth/auth.module';
import { AuthService } from './modules/auth/auth.service';
import { CalendarModule } from './modules/calendar/calendar.module';
import { readSessionCookie } from './modules/auth/session-cookie';
import { BookingModule } from './modules/booking/booking.module';
import { HealthModule } from './modules/health/health.module';
import { NotificationModule } from './modules/notification/notification.module';
import { ReflectionModule } from './modules/reflection/reflection.module';
import { SessionModule } from './modules/session/session.module';
import { TeamModule } from './modules/team/team.module';

@Global()
@Module({})
class CoreModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: CoreModule,
      providers: [
        { provide: APP_CONFIG, useValue: config },
        { provide: CompiledQueries, useValue: new CompiledQueries(config.compileQueriesAfter) },
        AccessService,
        TeamScopeRegistry,
        DateTimeScalar,
        EncryptionService,
      ],
      exports: [APP_CONFIG, CompiledQueries, AccessService, TeamScopeRegistry, EncryptionService],
    };
  }
}

/** Feature modules, in one list. */
export const featureModules = [
  AuthModule,
  AccountModule,
  TeamModule,
  NotificationModule,
  CalendarModule,
  HealthModule,
  BookingModule,
  SessionModule,
  ReflectionModule,
  AuditModule,
  PersonalDataModule,
  WellbeingModule,
  CheckInModule,
  IntegrationModule,
];

@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        CoreModule.forRoot(config),
        TypeOrmModule.forRoot(dataSourceOptions(config.databaseUrl, config.dbPoolSize)),
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          imports: [AuthModule],
          inject: [AuthService, CompiledQueries],
          useFactory: (auth: AuthService, compiled: CompiledQueries): ApolloDriverConfig => {
            const protection = graphqlProtection(config.env === 'production');
            return {
            // Queries asked again run compiled (common/compiled-queries.ts), through Apollo's gateway hook.
            ...(compiled.enabled ? { gateway: compiled, transformSchema: compiled.takeSchema } : {}),
            path: '/graphql',
            autoSchemaFile: true,
            sortSchema: true,
            playground: false,
            introspection: config.env !== 'production',
            includeStacktraceInErrorResponses: false,
            csrfPrevention: true,
            allowBatchedHttpRequests: false,
            fieldResolverEnhancers: ['guards', 'filters'],
            validationRules: protection.validationRules,
            parseOptions: protection.parseOptions,
            // No HTTP cache hints are given (every answer is personal), so Apollo's cache-control
            // plugin, which hooks every resolved field, only costs time: it is switched off.
            plugins: [...protection.plugins, wellFormedInputPlugin(), ApolloServerPluginCacheControlDisabled(), ...(config.countQueries ? [queryCountPlugin()] : [])],
            formatError,
            context: async ({ req, res }: { req: Request; res: Response }) => {
              const token = readSessionCookie(req);
              try {
                const found = token ? await auth.sessionForToken(token) : null;
                const ctx = newContext(req, res, found?.user ?? null);
                if (found) primeAccess(ctx, found.user.id, found.access);
                return ctx;
              } catch {
                // The database is unreachable: say so with 503 so clients and balancers retry.
                throw new GraphQLError('The service is briefly unavailable; please try again', {
                  extensions: { code: 'SERVICE_UNAVAILABLE', http: { status: 503 } },
                });
              }
            },
            };
          },
        }),
        ...featureModules,
      ],
      providers: [
        { provide: APP_GUARD, useClass: SessionGuard },
        { provide: APP_GUARD, useClass: TeamAccessGuard },
        { provide: APP_FILTER, useClass: ErrorsFilter },
      ],
    };
  }
}
