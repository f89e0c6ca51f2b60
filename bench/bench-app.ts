import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openAppContext, type AppContext } from '../test/support/app-context.js';
import type { BenchServer } from './database.js';

export interface BenchApp {
  url: string;
  /** The app's DATA_DIR (embedded issuer key, MASTER_KEY): processes started on `url` need it too. */
  dataDir: string;
  context: AppContext;
}

/** A database and data directory of a benchmark's own, with the app's wiring on them; removed afterwards, whatever happens. */
export async function withBenchApp<T>(server: BenchServer, database: string, run: (app: BenchApp) => Promise<T>): Promise<T> {
  const url = await server.createDatabase(database);
  const dataDir = await mkdtemp(path.join(tmpdir(), 'safer-panels-bench-'));
  try {
    const context = await openAppContext(url, dataDir);
    try {
      return await run({ url, dataDir, context });
    } finally {
      await context.close();
    }
  } finally {
    await server.dropDatabase(database);
    await rm(dataDir, { recursive: true, force: true });
  }
}
