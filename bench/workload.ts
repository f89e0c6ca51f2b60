import { readFileSync } from 'node:fs';

/** Latencies (ms) and counts of one measured run, merged across rounds by `mergeRuns`. */
export interface RunResult {
  operations: number;
  errors: number;
  elapsedMs: number;
  latenciesMs: number[];
  /** Share of the whole machine's CPU time that was busy during the run (Linux only). */
  hostCpuBusy: number | undefined;
  /** CPU time of this Node process (the benchmark's client side), in cores. */
  clientCores: number;
  firstError?: unknown;
}

export interface ClosedLoopOptions {
  writers: number;
  warmupMs: number;
  durationMs: number;
  /** One operation of writer `writer`; `n` counts that writer's operations from 0 (warm-up included). */
  operation(writer: number, n: number): Promise<void>;
}

/**
 * `writers` concurrent loops, each starting its next operation as soon as the previous one finishes
 * (a closed loop, like command handlers under load). Operations started during the warm-up are not
 * counted; the measured window runs from the end of the warm-up until the last operation started
 * before the deadline has finished.
 */
export async function runClosedLoop({ writers, warmupMs, durationMs, operation }: ClosedLoopOptions): Promise<RunResult> {
  const start = performance.now();
  const measureFrom = start + warmupMs;
  const deadline = measureFrom + durationMs;
  const latenciesMs: number[] = [];
  let errors = 0;
  let firstError: unknown;
  let cpuBefore: CpuSample | undefined;
  let clientBefore: NodeJS.CpuUsage | undefined;
  const measurementStarts = new Promise<void>((resolve) =>
    setTimeout(() => {
      cpuBefore = sampleHostCpu();
      clientBefore = process.cpuUsage();
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
  const elapsedMs = performance.now() - measureFrom;
  const cpuAfter = sampleHostCpu();
  const clientUsage = process.cpuUsage(clientBefore);
  return {
    operations: latenciesMs.length,
    errors,
    elapsedMs,
    latenciesMs,
    hostCpuBusy: cpuBefore && cpuAfter ? busyShare(cpuBefore, cpuAfter) : undefined,
    clientCores: (clientUsage.user + clientUsage.system) / 1000 / elapsedMs,
    firstError,
  };
}

/** Runs of one contender in several rounds, as if they were one run (time-weighted). */
export function mergeRuns(runs: readonly RunResult[]): RunResult {
  const elapsedMs = runs.reduce((sum, r) => sum + r.elapsedMs, 0);
  const weighted = (pick: (r: RunResult) => number | undefined) =>
    runs.every((r) => pick(r) !== undefined)
      ? runs.reduce((sum, r) => sum + pick(r)! * r.elapsedMs, 0) / elapsedMs
      : undefined;
  return {
    operations: runs.reduce((sum, r) => sum + r.operations, 0),
    errors: runs.reduce((sum, r) => sum + r.errors, 0),
    elapsedMs,
    latenciesMs: runs.flatMap((r) => r.latenciesMs),
    hostCpuBusy: weighted((r) => r.hostCpuBusy),
    clientCores: weighted((r) => r.clientCores) ?? 0,
    firstError: runs.find((r) => r.firstError !== undefined)?.firstError,
  };
}

export function perSecond(result: RunResult): number {
  return (result.operations / result.elapsedMs) * 1000;
}

/** Nearest-rank percentile (p in 0..100) of the latencies, in ms. */
export function percentile(latenciesMs: readonly number[], p: number): number {
  if (latenciesMs.length === 0) return Number.NaN;
  const sorted = Float64Array.from(latenciesMs).sort();
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1];
}

interface CpuSample {
  busy: number;
  total: number;
}

/** Aggregate CPU counters from /proc/stat; undefined where there is no /proc (macOS, Windows). */
function sampleHostCpu(): CpuSample | undefined {
  try {
    const line = readFileSync('/proc/stat', 'utf8').split('\n')[0];
    const fields = line.trim().split(/\s+/).slice(1).map(Number);
    // user nice system idle iowait irq softirq steal guest guest_nice: guest time is already in user.
    const [user, nice, system, idle, iowait, irq, softirq, steal] = fields;
    const idleAll = idle + iowait;
    const busy = user + nice + system + irq + softirq + steal;
    return { busy, total: busy + idleAll };
  } catch {
    return undefined;
  }
}

function busyShare(before: CpuSample, after: CpuSample): number {
  const total = after.total - before.total;
  return total > 0 ? (after.busy - before.busy) / total : 0;
}
