import pg from 'pg';
import { DataSource } from 'typeorm';
import { EventCodec, EventTypeRegistry, PlainPersonalData, PostgresEventStore, type PersonalDataProtector } from '@app/event-store';
import { projectionsEntities, projectionsMigrations } from '@app/projections';
import { runMigrations } from '@app/platform';
import { createTestDatabase } from './test-database.js';

export interface TestPlatform {
  url: string;
  dataSource: DataSource;
  pool: pg.Pool;
  store: PostgresEventStore;
  codec: EventCodec;
  dispose(): Promise<void>;
}

/**
 * A fresh database with the event store, the checkpoint table and the given read models migrated:
 * what projection and repository integration tests stand on.
 */
export async function openTestPlatform(
  options: {
    entities?: NewableFunction[];
    migrations?: NewableFunction[];
    eventTypes?: Record<string, number>;
    upcasters?: Parameters<EventTypeRegistry['registerVersions']>[1];
    personalData?: PersonalDataProtector;
  } = {},
): Promise<TestPlatform> {
  const database = await createTestDatabase();
  const dataSource = new DataSource({
    type: 'postgres',
    url: database.url,
    entities: [...projectionsEntities, ...(options.entities ?? [])],
    migrations: [...projectionsMigrations, ...(options.migrations ?? [])],
    extra: { max: 10 },
  });
  await dataSource.initialize();
  await runMigrations(dataSource);
  const pool = new pg.Pool({ connectionString: database.url, max: 20 });
  pool.on('error', () => undefined); // idle connections dropped by a test that restarts or drops things
  await PostgresEventStore.migrate(pool);
  const store = new PostgresEventStore(pool, { pollIntervalMs: 50 });
  const codec = new EventCodec(
    new EventTypeRegistry().registerVersions(options.eventTypes ?? {}, options.upcasters),
    options.personalData ?? new PlainPersonalData(),
  );
  return {
    url: database.url,
    dataSource,
    pool,
    store,
    codec,
    dispose: async () => {
      await store.close();
      await pool.end();
      await dataSource.destroy();
      await database.drop();
    },
  };
}
