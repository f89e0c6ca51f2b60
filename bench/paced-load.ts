import autocannon from 'autocannon';

export interface PacedRequest {
  method: 'POST' | 'GET' | 'PUT' | 'PATCH' | 'DELETE';
  path: string;
  headers: Record<string, string>;
  body?: string;
}

export interface PacedLoadOptions {
  url: string;
  /** Requests per second, all together. */
  rate: number;
  seconds: number;
  /** Connections the rate is spread over; `rate` must be a multiple of it. */
  connections: number;
  /** The n-th request (from 0), in the order they are sent. */
  request(n: number): PacedRequest;
}

export interface PacedLoadResult {
  sent: number;
  ok: number;
  otherStatus: number;
  errors: number;
  timeouts: number;
  /** Responses per second of the scheduled duration. */
  throughput: number;
  /** Milliseconds from a request written to its response read, over every response; nearest rank. */
  latency: { p50: number; p90: number; p99: number; max: number };
}

/**
 * A fixed request rate with autocannon, evenly spaced in time. autocannon's own `overallRate` lets each
 * connection send its share of a second back to back as the second starts (a burst at full concurrency,
 * then silence), and corrects for coordinated omission with an expected interval of ceil(1 / rate) = 1 ms,
 * which records a made-up sample for every millisecond a response took (v9.0.0, lib/run.js). So each
 * connection here is its own autocannon instance at `rate / connections` requests a second, the instances
 * start `1000 / connections` ms apart, and every response's own time is kept. Keep connections well below
 * `rate`: each instance's one-second timer drifts after any pause of this process, and with one request per
 * connection a second (200 connections) the phases bunched up to 82 requests in 100 ms.
 */
export async function pacedLoad(options: PacedLoadOptions): Promise<PacedLoadResult> {
  const { url, rate, seconds, connections } = options;
  if (rate % connections !== 0) throw new Error(`rate ${rate} is not a multiple of ${connections} connections`);
  const latencies: number[] = [];
  let sent = 0;
  const instances = Array.from({ length: connections }, async (_, i) => {
    await new Promise((resolve) => setTimeout(resolve, (i * 1000) / connections));
    return new Promise<autocannon.Result>((resolve, reject) => {
      const instance = autocannon(
        {
          url,
          connections: 1,
          connectionRate: rate / connections,
          duration: seconds,
          ignoreCoordinatedOmission: true,
          requests: [{ setupRequest: (request) => ({ ...request, ...options.request(sent++) }) }],
        },
        (error: unknown, result) =>
          error ? reject(error instanceof Error ? error : new Error('autocannon failed', { cause: error })) : resolve(result),
      );
      instance.on('response', (_client, _status, _bytes, milliseconds) => {
        latencies.push(milliseconds);
      });
    });
  });
  const results = await Promise.all(instances);
  const total = (count: (result: autocannon.Result) => number) => results.reduce((sum, result) => sum + count(result), 0);
  latencies.sort((a, b) => a - b);
  const rank = (fraction: number) => (latencies.length === 0 ? NaN : latencies[Math.max(0, Math.ceil(fraction * latencies.length) - 1)]);
  return {
    sent,
    ok: total((r) => r['2xx']),
    otherStatus: total((r) => r.non2xx),
    errors: total((r) => r.errors),
    timeouts: total((r) => r.timeouts),
    // Over the scheduled duration: each connection has one request in flight, so a server that falls behind
    // answers fewer than scheduled. (Over the span to the last response, the connections' start-up stagger,
    // up to a second, made every 4 s ramp step read about 20% low.)
    throughput: latencies.length / seconds,
    latency: { p50: rank(0.5), p90: rank(0.9), p99: rank(0.99), max: rank(1) },
  };
}

export interface RampStep {
  rate: number;
  result: PacedLoadResult;
}

/**
 * A short saturation ramp: paced load at rising rates, `secondsPerStep` each, until a step no longer keeps up
 * (fewer than 95% of its rate answered per second, any error or timeout, or p99 over `maxP99Ms`). The
 * sustained rate is the best throughput of the steps that kept up; `reached` the best throughput of any step.
 */
export async function saturationRamp(
  options: Omit<PacedLoadOptions, 'rate' | 'seconds'> & { rates: readonly number[]; secondsPerStep: number; maxP99Ms: number },
): Promise<{ steps: RampStep[]; sustained: number; reached: number }> {
  const steps: RampStep[] = [];
  let sent = 0;
  for (const rate of options.rates) {
    const offset = sent;
    const result = await pacedLoad({ ...options, rate, seconds: options.secondsPerStep, request: (n) => options.request(offset + n) });
    sent += result.sent;
    steps.push({ rate, result });
    await new Promise((resolve) => setTimeout(resolve, 1000)); // the last step's stragglers land before the next
    if (!keptUp({ rate, result }, options.maxP99Ms)) break;
  }
  const best = (list: RampStep[]) => list.reduce((max, s) => Math.max(max, s.result.throughput), 0);
  return { steps, sustained: best(steps.filter((s) => keptUp(s, options.maxP99Ms))), reached: best(steps) };
}

function keptUp({ rate, result }: RampStep, maxP99Ms: number): boolean {
  return (
    result.throughput >= 0.95 * rate &&
    result.errors === 0 &&
    result.timeouts === 0 &&
    result.otherStatus === 0 &&
    result.latency.p99 <= maxP99Ms
  );
}
