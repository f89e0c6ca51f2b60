import { Global, Module, type DynamicModule } from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import { CqrsModule } from '@nestjs/cqrs';
import { TypeOrmModule } from '@nestjs/typeorm';
import { LoggerModule } from 'nestjs-pino';
import { EventStoreModule } from '@app/event-store';
import { AccessModule, personalDataProtectorProvider } from '@app/access';
import { ProjectionsModule } from '@app/projections';
import { KitModule, type BoundedContext } from '@app/kit';
import { APP_CONFIG, BOUNDED_CONTEXTS, DATABASE_URL, runMigrations, type AppConfig } from '@app/platform';
import { DataSource } from 'typeorm';
import { databaseSchema } from './database-schema.js';
import { HealthController } from './health/health.controller.js';
import { MetricsModule } from './metrics/metrics.module.js';
import { ProblemDetailsFilter } from './http/problem-details.filter.js';
import { loggerOptions } from './http/logging.js';
import { InputSafetyGuard } from './http/input-safety.guard.js';

export interface AppOptions {
  config: AppConfig;
  databaseUrl: string;
  contexts: BoundedContext[];
  /** Processes with no HTTP (the projector) leave out controllers, filters and metrics. */
  http: boolean;
}

@Global()
@Module({})
class CoreModule {
  static forRoot(options: AppOptions): DynamicModule {
    return {
      module: CoreModule,
      providers: [
        { provide: APP_CONFIG, useValue: options.config },
        { provide: DATABASE_URL, useValue: options.databaseUrl },
        { provide: BOUNDED_CONTEXTS, useValue: options.contexts },
        personalDataProtectorProvider,
      ],
      exports: [APP_CONFIG, DATABASE_URL, BOUNDED_CONTEXTS, personalDataProtectorProvider.provide],
    };
  }
}

/** The whole application, assembled from the platform modules and the bounded contexts. */
@Module({})
export class AppModule {
  static forRoot(options: AppOptions): DynamicModule {
    const { config, databaseUrl, contexts } = options;
    return {
      module: AppModule,
      imports: [
        CoreModule.forRoot(options),
        LoggerModule.forRoot(loggerOptions(config)),
        TypeOrmModule.forRoot({
          type: 'postgres',
          url: databaseUrl,
          ...databaseSchema(contexts),
          synchronize: false,
          migrationsRun: false,
          extra: { max: config.databasePoolSize, application_name: 'safer-panels' },
        }),
        CqrsModule.forRoot(),
        EventStoreModule.forRoot(),
        ProjectionsModule,
        KitModule,
        ...contexts.flatMap((c) => (c.processManagers ? [c.processManagers] : [])),
        ...(options.http ? [MetricsModule, AccessModule] : []),
        ...(options.http ? contexts.flatMap((c) => (c.httpModule ? [c.httpModule] : [])) : []),
      ],
      controllers: options.http ? [HealthController] : [],
      providers: [
        // A factory provider runs while the module is being built, so the schema is current before any
        // lifecycle hook (the projection runners start in one) touches it.
        { provide: 'READ_MODEL_MIGRATIONS', inject: [DataSource], useFactory: runMigrations },
        ...(options.http ? [{ provide: APP_FILTER, useClass: ProblemDetailsFilter }] : []),
        // Before the access guards (this module's providers are registered ahead of its imports').
        ...(options.http ? [{ provide: APP_GUARD, useClass: InputSafetyGuard }] : []),
      ],
    };
  }
}
