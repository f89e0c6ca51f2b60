import { EmbeddedIssuer, loadAccessConfig, type Role } from '@app/access';
import { loadConfig } from '@app/platform';
import path from 'node:path';
import { exited, freePort, repoRoot, startNode, waitForHttp } from '../test/support/processes.js';
import { processTreeCpu } from './process-cpu.js';

/**
 * The V8 flags the npm scripts and the Docker image start every process with: a 64 MB young generation,
 * since decoding pages of events makes many short-lived objects (about 15% less CPU in a rebuild).
 */
export const NODE_OPTIONS = '--max-semi-space-size=64';

/** How long a server may take to answer its readiness probe after it is started. */
const START_TIMEOUT_MS = 600_000;

export interface ApiProcess {
  baseUrl: string;
  /** CPU seconds the API process has used so far (Linux), or undefined. */
  cpuSeconds(): number | undefined;
  /** SIGTERM, then waits for the graceful shutdown. */
  stop(): Promise<void>;
}

/**
 * The API as its own process, as users run it (`node dist/apps/api/src/main.js`), on the benchmark's
 * database and data directory (the embedded issuer's key and MASTER_KEY come from there, so tokens
 * minted by the benchmark's app context are accepted), with its live projection runners.
 */
export async function startApiProcess(
  databaseUrl: string,
  dataDir: string,
  env: Record<string, string> = {},
  nodeArgs: string[] = cpuProfileArgs(),
  /** The build to start (`<dist>/apps/api/src/main.js`): another one for an A/B run. */
  dist = 'dist',
): Promise<ApiProcess> {
  return startServer(
    path.resolve(repoRoot, dist, 'apps/api/src/main.js'),
    '/health/ready',
    {
      DATABASE_URL: databaseUrl,
      DATA_DIR: dataDir,
      LOG_LEVEL: 'warn',
      NODE_OPTIONS,
      ...env,
    },
    nodeArgs,
  );
}

/** The floor of benchmark 4 (bench/floor-app.ts) as its own process on the benchmark's database. */
export function startFloorProcess(databaseUrl: string): Promise<ApiProcess> {
  return startServer(path.resolve(repoRoot, 'dist/bench/floor-app.js'), '/ready', { DATABASE_URL: databaseUrl, NODE_OPTIONS }, []);
}

async function startServer(script: string, readyPath: string, env: Record<string, string>, nodeArgs: string[]): Promise<ApiProcess> {
  const port = await freePort();
  const api = startNode(script, { ...env, PORT: String(port) }, [], nodeArgs);
  const baseUrl = `http://127.0.0.1:${port}`;
  try {
    // The first API on a new history runs the contexts' start-up upgrades over all of it before it listens.
    await waitForHttp(`${baseUrl}${readyPath}`, START_TIMEOUT_MS);
  } catch (error) {
    api.kill('SIGKILL');
    throw new Error(`${script} did not start: ${api.output().slice(-1000)}`, { cause: error });
  }
  return {
    baseUrl,
    cpuSeconds: () => {
      const cpu = api.pid === undefined ? undefined : processTreeCpu(api.pid);
      return cpu === undefined ? undefined : [...cpu.values()].reduce((a, b) => a + b, 0);
    },
    async stop() {
      if (api.exitCode === null && api.signalCode === null) api.kill('SIGTERM');
      await exited(api);
    },
  };
}

/**
 * With BENCH_CPU_PROF_DIR set, the API writes a V8 CPU profile there when it stops (`--cpu-prof` is a node
 * argument, not allowed in NODE_OPTIONS); `node dist/bench/profile-breakdown.js <file>` breaks it down by part.
 * BENCH_API_NODE_ARGS adds node arguments of your own (e.g. `--import ./a-preload.mjs`).
 */
export function cpuProfileArgs(): string[] {
  const dir = process.env.BENCH_CPU_PROF_DIR;
  const extra = process.env.BENCH_API_NODE_ARGS?.split(' ').filter(Boolean) ?? [];
  return [...(dir ? ['--cpu-prof', `--cpu-prof-dir=${dir}`, '--cpu-prof-interval=500'] : []), ...extra];
}

/** Bearer tokens for benchmark users, from the embedded issuer whose key is in `dataDir` (as `npm run token`). */
export async function tokenMinter(dataDir: string): Promise<(user: string, roles: Role[], partnerships: string[]) => Promise<string>> {
  const issuer = await EmbeddedIssuer.open(loadAccessConfig(loadConfig({ DATA_DIR: dataDir })));
  return (user, roles, partnerships) => issuer.mint({ user, roles, partnerships, ttlSeconds: 3600 });
}
