import 'reflect-metadata';
import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type pg from 'pg';
import { DataSource } from 'typeorm';
import { alertsProjection } from '@app/alerts';
import { boundedContexts } from '@app/contexts';
import { EVENT_STORE, EventCodec, type EventStore, type Position } from '@app/event-store';
import { ProjectionsService, readCheckpoint, type Projection } from '@app/projections';
import { loadConfig } from '@app/platform';
import { AppModule } from '../../apps/api/src/app.module.js';

/**
 * The product's real wiring (event store, codec with subject-key encryption, every context's projections
 * and migrations) without HTTP and without projection runners: what the rebuild CLI boots. Processes
 * started with the same DATABASE_URL and DATA_DIR read what this writes.
 */
export interface AppContext {
  app: INestApplicationContext;
  store: EventStore;
  codec: EventCodec;
  projections: Projection[];
  service: ProjectionsService;
  dataSource: DataSource;
  checkpoints(): Promise<Map<string, Position>>;
  close(): Promise<void>;
}

export async function openAppContext(url: string, dataDir: string): Promise<AppContext> {
  const config = loadConfig({ DATABASE_URL: url, DATA_DIR: dataDir, RUN_PROJECTIONS: 'false', LOG_LEVEL: 'warn' });
  const app = await NestFactory.createApplicationContext(
    AppModule.forRoot({ config, databaseUrl: url, contexts: boundedContexts, http: false }),
    {
      logger: ['error', 'warn'],
    },
  );
  const service = app.get(ProjectionsService);
  const dataSource = app.get(DataSource);
  return {
    app,
    store: app.get<EventStore>(EVENT_STORE),
    codec: app.get(EventCodec),
    projections: service.projections,
    service,
    dataSource,
    checkpoints: async () => {
      const result = new Map<string, Position>();
      for (const projection of service.projections) result.set(projection.name, await readCheckpoint(dataSource.manager, projection.name));
      return result;
    },
    close: () => app.close(),
  };
}

/**
 * The projections whose tables are a function of the history alone: all but the alerts, which a projector's alert
 * rules (a process manager) append to on their own time, so a snapshot taken while they run can be overtaken.
 */
export function historyProjections(projections: readonly Projection[]): Projection[] {
  return projections.filter((projection) => projection.name !== alertsProjection.name);
}

export type TableSnapshot = Record<string, string[]>;

/** Every row of the projections' tables, as JSON in column order, sorted: equal snapshots are equal row for row. */
export async function snapshotTables(client: pg.Client, projections: readonly Projection[], schema = 'public'): Promise<TableSnapshot> {
  const result: TableSnapshot = {};
  for (const table of projections.flatMap((p) => p.tables)) {
    const { rows } = await client.query(`SELECT * FROM ${schema}.${table}`);
    result[table] = rows.map((row) => JSON.stringify(row)).sort();
  }
  return result;
}
