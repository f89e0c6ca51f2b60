import type { AppConfig } from '../config/app-config.js';
import { readEnvironment } from '../config/read-environment.js';
import { startEmbeddedPostgres, type EmbeddedDatabase } from './embedded-postgres.js';

const DEFAULT_EMBEDDED_PORT = readEnvironment({}).EMBEDDED_POSTGRES_PORT;

/**
 * DATABASE_URL when set; otherwise the embedded PostgreSQL in the data directory (started here). On the default
 * port, taken by another checkout's embedded database, it takes a free port and says which; a port the user
 * chose is kept to, or the start fails naming it.
 */
export async function resolveDatabase(config: AppConfig): Promise<EmbeddedDatabase> {
  if (config.databaseUrl) return { url: config.databaseUrl, stop: () => Promise.resolve() };
  return startEmbeddedPostgres({
    dataDir: config.dataDir,
    port: config.embeddedPostgresPort,
    onPortTaken:
      config.embeddedPostgresPort === DEFAULT_EMBEDDED_PORT
        ? (taken, instead) =>
            process.stderr.write(
              `EMBEDDED_POSTGRES_PORT ${taken} is in use (another checkout's embedded database?): the embedded PostgreSQL listens on 127.0.0.1:${instead} instead; set EMBEDDED_POSTGRES_PORT to choose a port\n`,
            )
        : undefined,
  });
}
