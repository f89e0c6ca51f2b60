import { table } from './report.js';
import { percentile } from './workload.js';

export interface LatencyRow {
  label: string;
  p50: number;
  p95: number;
  p99: number;
}

/** A GET against the API process with a bearer token, timed from request to the parsed JSON answer; anything but 200 throws. */
export function timedGet(baseUrl: string, token: string): (pathAndQuery: string) => Promise<{ ms: number; body: Record<string, unknown> }> {
  return async (pathAndQuery) => {
    const started = performance.now();
    const response = await fetch(`${baseUrl}${pathAndQuery}`, { headers: { authorization: `Bearer ${token}` } });
    const body = (await response.json()) as Record<string, unknown>;
    const ms = performance.now() - started;
    if (response.status !== 200) throw new Error(`${pathAndQuery}: ${response.status} ${JSON.stringify(body)}`);
    return { ms, body };
  };
}

/**
 * Percentiles of `sample` (one timed unit of work, in ms), one at a time, after a warm-up (connections,
 * plans, caches); `sample(i)` may vary what it asks for with i.
 */
export async function measureLatency(
  label: string,
  samples: number,
  sample: (i: number) => Promise<number>,
  log: (line: string) => void,
  warmUp = 20,
): Promise<LatencyRow> {
  for (let i = 0; i < warmUp; i++) await sample(i);
  const latencies: number[] = [];
  for (let i = 0; i < samples; i++) latencies.push(await sample(i));
  const row = { label, p50: percentile(latencies, 50), p95: percentile(latencies, 95), p99: percentile(latencies, 99) };
  log(`  ${label}: p50 ${row.p50.toFixed(1)} ms, p95 ${row.p95.toFixed(1)} ms, p99 ${row.p99.toFixed(1)} ms`);
  return row;
}

/** The report's table of latencies against their p95 goals (a row without a goal is shown for information). */
export function latencyTable(rows: readonly (LatencyRow & { goalMs: number | null })[]): string {
  return table(
    ['Query', 'p50 ms', 'p95 ms', 'p99 ms', 'Goal (p95)', ''],
    rows.map((row) => [
      row.label,
      row.p50.toFixed(1),
      row.p95.toFixed(1),
      row.p99.toFixed(1),
      row.goalMs === null ? '' : `< ${row.goalMs.toLocaleString('en-GB')} ms`,
      row.goalMs === null ? '' : row.p95 < row.goalMs ? 'met' : '**not met**',
    ]),
    ['l', 'r', 'r', 'r', 'r', 'l'],
  );
}
