import { Global, Logger, Module, type DynamicModule } from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import { CqrsModule } from '@nestjs/cqrs';
import { TypeOrmModule } from '@nestjs/typeorm';
import { LoggerModule } from 'nestjs-pino';
import { CommandExecutor, EVENT_STORE, EventCodec, EventStoreModule, type EventStore } from '@app/event-store';
import { AccessModule, DERIVED_IDS_KEY, derivedIdsProvider, personalDataProtectorProvider } from '@app/access';
import { ProjectionsModule } from '@app/projections';
import { followerConnections, KitModule, runContextUpgrades, type BoundedContext } from '@app/kit';
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
        derivedIdsProvider,
      ],
      exports: [APP_CONFIG, DATABASE_URL, BOUNDED_CONTEXTS, personalDataProtectorProvider.provide, derivedIdsProvider.provide],
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
          extra: {
            max: config.databasePoolSize + (config.runProjections ? followerConnections(contexts) : 0),
            application_name: 'safer-panels',
          },
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
        // Then the contexts' upgrade steps (e.g. registering the MARACs that existing events name), before
        // anything serves, in the processes that take commands (the API, the demo loader). The projector and
        // the tools that read the log (rebuild, dead letters) append nothing of their own: a rebuild or a
        // standby projector must leave the log as it found it.
        ...(options.http
          ? [
              {
                provide: 'CONTEXT_UPGRADES',
                inject: [DataSource, EVENT_STORE, EventCodec, CommandExecutor, 'READ_MODEL_MIGRATIONS', DERIVED_IDS_KEY],
                useFactory: async (dataSource: DataSource, store: EventStore, codec: EventCodec, executor: CommandExecutor) => {
                  const outcomes = await runContextUpgrades(contexts, {
                    dataSource,
                    store,
                    codec,
                    executor,
                    occurredAt: new Date().toISOString(),
                  });
                  // Counts only (ids and personal data never): what an upgrade changed is worth a line in the log.
                  for (const { name, outcome } of outcomes) {
                    if (Object.values(outcome).some((count) => count > 0))
                      new Logger('ContextUpgrades').log(`${name}: ${JSON.stringify(outcome)}`);
                  }
                  return outcomes;
                },
              },
            ]
          : []),
        ...(options.http ? [{ provide: APP_FILTER, useClass: ProblemDetailsFilter }] : []),
        // Before the access guards (this module's providers are registered ahead of its imports').
        ...(options.http ? [{ provide: APP_GUARD, useClass: InputSafetyGuard }] : []),
      ],
    };
  }
}
