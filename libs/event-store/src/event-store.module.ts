import { Global, Module, type DynamicModule, type OnApplicationShutdown, Inject } from '@nestjs/common';
import pg from 'pg';
import { APP_CONFIG, BOUNDED_CONTEXTS, DATABASE_URL, EVENT_STORE_POOL, type AppConfig } from '@app/platform';
import { EVENT_STORE, type EventStore } from './event-store.port.js';
import { PostgresEventStore } from './postgres/postgres-event-store.js';
import { EventTypeRegistry } from './serialization/event-type-registry.js';
import type { ContextEventTypes } from './serialization/context-event-types.js';
import { EventCodec } from './serialization/event-codec.js';
import { PERSONAL_DATA_PROTECTOR, type PersonalDataProtector } from './serialization/personal-data-protector.js';
import { CommandExecutor } from './command-handling/command-executor.js';

/**
 * The write side's providers: the configured adapter (EVENT_STORE=postgres|eventstoredb), the event
 * type registry filled from every bounded context, the codec and the command executor. The personal
 * data protector is provided by the access library's module.
 */
@Global()
@Module({})
export class EventStoreModule implements OnApplicationShutdown {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(EVENT_STORE_POOL) private readonly pool: pg.Pool,
  ) {}

  static forRoot(): DynamicModule {
    return {
      module: EventStoreModule,
      providers: [
        {
          provide: EVENT_STORE_POOL,
          inject: [DATABASE_URL, APP_CONFIG],
          useFactory: (url: string, config: AppConfig) => {
            const pool = new pg.Pool({ connectionString: url, max: config.databasePoolSize, application_name: 'safer-panels-event-store' });
            // An idle connection dropped by a database restart must not crash the process; the next query reconnects.
            pool.on('error', () => undefined);
            return pool;
          },
        },
        {
          provide: EVENT_STORE,
          inject: [EVENT_STORE_POOL, APP_CONFIG],
          useFactory: async (pool: pg.Pool, config: AppConfig): Promise<EventStore> => {
            if (config.eventStore === 'eventstoredb') {
              const { EventStoreDbEventStore } = await import('./eventstoredb/eventstoredb-event-store.js');
              return EventStoreDbEventStore.fromConnectionString(config.eventStoreConnectionString!);
            }
            await PostgresEventStore.migrate(pool);
            return new PostgresEventStore(pool);
          },
        },
        {
          provide: EventTypeRegistry,
          inject: [BOUNDED_CONTEXTS],
          useFactory: (contexts: ContextEventTypes[]) => {
            const registry = new EventTypeRegistry();
            for (const context of contexts) registry.registerVersions(context.eventTypes, context.upcasters);
            return registry;
          },
        },
        {
          provide: EventCodec,
          inject: [EventTypeRegistry, PERSONAL_DATA_PROTECTOR],
          useFactory: (registry: EventTypeRegistry, protector: PersonalDataProtector) => new EventCodec(registry, protector),
        },
        {
          provide: CommandExecutor,
          inject: [EVENT_STORE, EventCodec],
          useFactory: (store: EventStore, codec: EventCodec) => new CommandExecutor(store, codec),
        },
      ],
      exports: [EVENT_STORE, EVENT_STORE_POOL, EventTypeRegistry, EventCodec, CommandExecutor],
    };
  }

  async onApplicationShutdown(): Promise<void> {
    await this.store.close();
    await this.pool.end();
  }
}
