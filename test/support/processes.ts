import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';

/** The directory holding package.json: the same from test/support and from its build in dist/test/support (benchmarks). */
export const repoRoot = packageRoot(import.meta.dirname);

function packageRoot(directory: string): string {
  if (existsSync(path.join(directory, 'package.json'))) return directory;
  const parent = path.dirname(directory);
  if (parent === directory) throw new Error('no package.json above the test support files');
  return packageRoot(parent);
}

/**
 * Starts a built entry point (`npm test` builds dist/ first) as a real process. `nodeArgs` go to node before
 * the script (e.g. `--cpu-prof`, which NODE_OPTIONS does not accept).
 */
export function startNode(
  script: string,
  env: Record<string, string>,
  args: string[] = [],
  nodeArgs: string[] = [],
): ChildProcess & { output: () => string } {
  return startCommand([process.execPath, ...nodeArgs, path.resolve(repoRoot, script), ...args], { env: { LOG_LEVEL: 'info', ...env } });
}

/** Starts a command as a real process in `cwd` (the repository by default), collecting what it prints. */
export function startCommand(
  [command, ...args]: string[],
  { cwd = repoRoot, env = {} }: { cwd?: string; env?: Record<string, string> } = {},
): ChildProcess & { output: () => string; stdout: () => string } {
  const child = spawn(command, args, { cwd, env: { ...process.env, NODE_OPTIONS: '', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  let stdout = '';
  child.stdout?.on('data', (chunk) => ((output += chunk), (stdout += chunk)));
  child.stderr?.on('data', (chunk) => (output += chunk));
  return Object.assign(child, { output: () => output, stdout: () => stdout });
}

/** Runs a command to its end: its exit code, its standard output and everything it printed. */
export async function runToEnd(argv: string[], options: { cwd?: string; env?: Record<string, string> } = {}) {
  const child = startCommand(argv, options);
  const code = await new Promise<number | null>((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', resolve);
  });
  return { code, stdout: child.stdout(), output: child.output() };
}

export function exited(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((resolve) => child.once('exit', (code) => resolve(code)));
}

/**
 * 0 when the process exited cleanly; otherwise its code with the end of what it printed, so that a failed
 * expectation shows why the process stopped.
 */
export async function exitOutcome(child: ChildProcess & { output: () => string }): Promise<0 | { code: number | null; output: string }> {
  const code = await exited(child);
  return code === 0 ? 0 : { code, output: child.output().slice(-4000) };
}

export async function waitForHttp(url: string, timeoutMs = 60_000): Promise<Response> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      const response = await fetch(url);
      if (response.ok) return response;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`${url} did not answer in time`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

export { freePort } from '../../libs/testing/src/free-port.js';
