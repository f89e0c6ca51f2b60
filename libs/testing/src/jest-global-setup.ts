// Jest loads global setup through require(), which resolves TypeScript files only without an extension.
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startEmbeddedPostgres } from '../../platform/src/database/embedded-postgres';
import { freePort } from './free-port';

/**
 * Tests talk to a real PostgreSQL: the one in DATABASE_URL when set, otherwise an embedded server
 * started here once for the whole run in a throw-away data directory.
 */
export default async function globalSetup(): Promise<void> {
  if (process.env.TEST_SERVER_URL) return;
  if (process.env.DATABASE_URL) {
    process.env.TEST_SERVER_URL = process.env.DATABASE_URL;
    return;
  }
  const dataDir = await mkdtemp(path.join(tmpdir(), 'safer-panels-test-'));
  const database = await startEmbeddedPostgres({ dataDir, port: await freePort() });
  process.env.TEST_SERVER_URL = database.url;
  (globalThis as { __embeddedDatabase?: { stop(): Promise<void> } }).__embeddedDatabase = database;
}
