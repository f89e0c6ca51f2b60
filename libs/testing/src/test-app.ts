import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { BoundedContext } from '@app/kit';
import { loadConfig } from '@app/platform';
import { createApp } from '../../../apps/api/src/bootstrap.js';
import { createTestDatabase, type TestDatabase } from './test-database.js';

export interface TestApp {
  app: NestExpressApplication;
  database: TestDatabase;
  dataDir: string;
  close(): Promise<void>;
}

/**
 * The real HTTP application (same bootstrap as `npm start`) on a fresh database, for end-to-end tests.
 * Extra environment (e.g. RUN_PROJECTIONS) can be given; DATA_DIR is a fresh temporary folder.
 */
export async function startTestApp(contexts: BoundedContext[], env: Record<string, string> = {}): Promise<TestApp> {
  const database = await createTestDatabase();
  const dataDir = await mkdtemp(path.join(tmpdir(), 'safer-panels-e2e-'));
  const config = loadConfig({ LOG_LEVEL: 'warn', ...env, DATABASE_URL: database.url, DATA_DIR: dataDir });
  const app = await createApp({ config, databaseUrl: database.url, contexts });
  await app.init();
  return {
    app,
    database,
    dataDir,
    close: async () => {
      await app.close();
      await database.drop();
    },
  };
}
