import { cpuSecondsBetween, hostCpuSeconds, type ProcessTreeCpu } from './process-cpu.js';

/** One measured run (or several merged by `mergeRuns`). CPU figures are in cores (CPU seconds per second). */
export interface RunResult {
  operations: number;
  errors: number;
  elapsedMs: number;
  latenciesMs: number[];
  /** Busy CPU of the whole machine (this process, PostgreSQL and anything else running). */
  hostCores: number | undefined;
  /** This Node.js process: the benchmark's client side. */
  clientCores: number;
  /** The PostgreSQL server's processes, when the benchmark can see them (the embedded server). */
  serverCores: number | undefined;
  firstError?: unknown;
}

export interface ClosedLoopOptions {
  writers: number;
  warmupMs: number;
  durationMs: number;
  /** One operation of writer `writer`; `n` counts that writer's operations from 0 (warm-up included). */
  operation(writer: number, n: number): Promise<void>;
  /** CPU used so far by the database server's processes, if known. */
  serverCpu?: () => ProcessTreeCpu | undefined;
}

interface CpuSnapshot {
  at: number;
  host: { busy: number; total: number } | undefined;
  client: NodeJS.CpuUsage;
  server: ProcessTreeCpu | undefined;
}

/**
 * `writers` concurrent loops, each starting its next operation as soon as the previous one finishes
 * (a closed loop, like command handlers under load). Operations started during the warm-up are not
 * counted; the measured window runs from the end of the warm-up until the last operation started
 * before the deadline has finished.
 */
export async function runClosedLoop(options: ClosedLoopOptions): Promise<RunResult> {
  const { writers, warmupMs, durationMs, operation } = options;
  const snapshot = (): CpuSnapshot => ({
    at: performance.now(),
    host: hostCpuSeconds(),
    client: process.cpuUsage(),
    server: options.serverCpu?.(),
  });
  const start = performance.now();
  const measureFrom = start + warmupMs;
  const deadline = measureFrom + durationMs;
  const latenciesMs: number[] = [];
  let errors = 0;
  let firstError: unknown;
  let before: CpuSnapshot | undefined;
  const measurementStarts = new Promise<void>((resolve) =>
    setTimeout(() => {
      before = snapshot();
      resolve();
    }, warmupMs),
  );

  const loop = async (writer: number) => {
    for (let n = 0; ; n++) {
      const began = performance.now();
      if (began >= deadline) return;
      try {
        await operation(writer, n);
        if (began >= measureFrom) latenciesMs.push(performance.now() - began);
      } catch (error) {
        if (began >= measureFrom) errors++;
        firstError ??= error;
      }
    }
  };
  await Promise.all([measurementStarts, ...Array.from({ length: writers }, (_, w) => loop(w))]);
  const after = snapshot();
  const from = before!;
  const seconds = (after.at - from.at) / 1000;
  const client = (after.client.user - from.client.user + after.client.system - from.client.system) / 1e6;
  return {
    operations: latenciesMs.length,
    errors,
    elapsedMs: performance.now() - measureFrom,
    latenciesMs,
    hostCores: after.host && from.host ? (after.host.busy - from.host.busy) / seconds : undefined,
    clientCores: client / seconds,
    serverCores: after.server && from.server ? cpuSecondsBetween(from.server, after.server) / seconds : undefined,
    firstError,
  };
}

/** Runs of one contender in several rounds, as if they were one run (time-weighted). */
export function mergeRuns(runs: readonly RunResult[]): RunResult {
  const elapsedMs = runs.reduce((sum, r) => sum + r.elapsedMs, 0);
  const weighted = (pick: (r: RunResult) => number | undefined) =>
    runs.every((r) => pick(r) !== undefined) ? runs.reduce((sum, r) => sum + pick(r)! * r.elapsedMs, 0) / elapsedMs : undefined;
  return {
    operations: runs.reduce((sum, r) => sum + r.operations, 0),
    errors: runs.reduce((sum, r) => sum + r.errors, 0),
    elapsedMs,
    latenciesMs: runs.flatMap((r) => r.latenciesMs),
    hostCores: weighted((r) => r.hostCores),
    clientCores: weighted((r) => r.clientCores) ?? 0,
    serverCores: weighted((r) => r.serverCores),
    firstError: runs.find((r) => r.firstError !== undefined)?.firstError,
  };
}

export function perSecond(result: RunResult): number {
  return (result.operations / result.elapsedMs) * 1000;
}

/** CPU microseconds per operation for a figure in cores. */
export function microsecondsPerOperation(result: RunResult, cores: number | undefined): number | undefined {
  return cores === undefined || result.operations === 0 ? undefined : (cores * 1e6) / perSecond(result);
}

/**
 * Busy CPU that was neither this process nor the database server (other programs on the machine), in
 * cores; undefined when the server's share is unknown.
 */
export function otherCores(result: RunResult): number | undefined {
  if (result.hostCores === undefined || result.serverCores === undefined) return undefined;
  return Math.max(0, result.hostCores - result.clientCores - result.serverCores);
}

/** Nearest-rank percentile (p in 0..100) of the latencies, in ms. */
export function percentile(latenciesMs: readonly number[], p: number): number {
  if (latenciesMs.length === 0) return Number.NaN;
  const sorted = Float64Array.from(latenciesMs).sort();
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1];
}
