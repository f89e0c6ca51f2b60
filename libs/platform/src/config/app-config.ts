import type { EnvironmentVariables } from './environment-variables.js';
import { readEnvironment } from './read-environment.js';
import { parseTrustProxy, type TrustProxy } from './trust-proxy.js';

/**
 * The platform's typed settings, from the one environment schema (EnvironmentVariables; README lists the
 * variables). Read once at start-up by `loadConfig`; a bad value stops the process with a message naming
 * the variable, never a half-configured server. Libraries with settings of their own (libs/access) derive
 * them from `environment`, never from `process.env`.
 */
export interface AppConfig {
  production: boolean;
  host: string;
  port: number;
  /** Unset: start the embedded PostgreSQL in `dataDir`. */
  databaseUrl: string | undefined;
  dataDir: string;
  embeddedPostgresPort: number;
  eventStore: 'postgres' | 'eventstoredb';
  eventStoreConnectionString: string | undefined;
  /** Run the projection runners inside this process (the default), or leave them to apps/projector. */
  runProjections: boolean;
  logLevel: string;
  /** Largest request body accepted. */
  bodyLimit: string;
  /** Connections in each pool (event store and read models). */
  databasePoolSize: number;
  /** Express's `trust proxy` (TRUST_PROXY): whose X-Forwarded-For gives the client's address. */
  trustProxy: TrustProxy;
  /** Every validated variable, for the libraries that derive their own settings. */
  environment: Readonly<EnvironmentVariables>;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const environment = readEnvironment(env);
  return {
    production: environment.NODE_ENV === 'production',
    host: environment.HOST,
    port: environment.PORT,
    databaseUrl: environment.DATABASE_URL,
    dataDir: environment.DATA_DIR,
    embeddedPostgresPort: environment.EMBEDDED_POSTGRES_PORT,
    eventStore: environment.EVENT_STORE,
    eventStoreConnectionString: environment.EVENTSTORE_CONNECTION_STRING,
    runProjections: environment.RUN_PROJECTIONS,
    logLevel: environment.LOG_LEVEL,
    bodyLimit: environment.BODY_LIMIT,
    databasePoolSize: environment.DATABASE_POOL_SIZE,
    trustProxy: parseTrustProxy(environment.TRUST_PROXY)!,
    environment,
  };
}

export const APP_CONFIG = Symbol('APP_CONFIG');
