import { addDays } from '@app/periods';
import { checkpointNameOf, ProcessManagersService } from '@app/kit';
import { ensureCheckpoint, moveCheckpoint, rebuildProjections } from '@app/projections';
import { appendMaracHistory } from '../test/support/marac-history.js';
import { exited, startNode } from '../test/support/processes.js';
import { cpuProfileArgs, NODE_OPTIONS, startApiProcess, startFloorProcess, tokenMinter, type ApiProcess } from './api-process.js';
import { cpuSecondsBetween } from './process-cpu.js';
import { pacedLoad, saturationRamp, type PacedLoadResult } from './paced-load.js';
import { withBenchApp } from './bench-app.js';
import type { AppContext } from '../test/support/app-context.js';
import type { Benchmark } from './benchmark.js';
import { table } from './report.js';

const HISTORY_EVENTS = Number(process.env.BENCH_HTTP_HISTORY_EVENTS ?? 200_000);
const RATE = Number(process.env.BENCH_HTTP_RATE ?? 200);
const SECONDS = Number(process.env.BENCH_HTTP_SECONDS ?? 30);
/** Connections the rate is spread over, each started 1000 / CONNECTIONS ms after the last (see pacedLoad). */
const CONNECTIONS = Number(process.env.BENCH_HTTP_CONNECTIONS ?? 20);
/** Enough coordinators that none reaches the per-user rate limit (600 a minute by default). */
const COORDINATORS = 100;
const GOAL_P99_MS = 100;
/** The saturation ramp's paced steps (empty: no ramp), and how long each lasts. */
const RAMP_RATES = (process.env.BENCH_HTTP_RAMP ?? '60,100,200,300,400,600,800,1200,1600,2400,3200').split(',').filter(Boolean).map(Number);
const RAMP_SECONDS = Number(process.env.BENCH_HTTP_RAMP_SECONDS ?? 4);
const RAMP_MAX_P99_MS = 500;
/**
 * BENCH_HTTP_AB="main=/path/to/main/dist,change=dist": the runs alternate between these builds of the API
 * (`<dist>/apps/api/src/main.js`), AB_ROUNDS times each, in the same run and on the same database.
 */
const AB = (process.env.BENCH_HTTP_AB ?? 'product=dist').split(',').map((entry) => {
  const [name, dist] = entry.split('=');
  return { name, dist };
});
const AB_ROUNDS = 2;
/** How long the API is left idle (caught up, no requests) before the load, to show its CPU at rest. */
const IDLE_SECONDS = 5;

interface Target {
  process: ApiProcess;
  floor: boolean;
}

interface LoadResult {
  result: PacedLoadResult;
  stored: number;
  /** CPU milliseconds per successful request, where known. */
  cpu: { api: number | undefined; server: number | undefined };
}

/**
 * The history is the past: what the process managers would make of it (alert watches and alerts for every
 * case, minutes of work for the first API started on it) is not what a command costs, so they start at its
 * head, as for a history recorded before they ran. Commands then meet the reactions of the commands alone.
 */
async function startProcessManagersAtHead({ app, store, dataSource }: AppContext): Promise<void> {
  for (const manager of app.get(ProcessManagersService).managers) {
    await ensureCheckpoint(dataSource, checkpointNameOf(manager));
    await moveCheckpoint(dataSource.manager, checkpointNameOf(manager), await store.headPosition({ categories: manager.categories }));
  }
}

/**
 * Seconds until the API's readiness says every projection and process manager is at the head (status ok), so
 * that no catching up is counted as the cost of the commands.
 */
async function caughtUp(baseUrl: string, timeoutMs = 300_000): Promise<number> {
  const started = Date.now();
  for (;;) {
    const { status } = (await (await fetch(`${baseUrl}/health/ready`)).json()) as { status: string };
    if (status === 'ok') return (Date.now() - started) / 1000;
    if (status !== 'catching-up') throw new Error(`the API is ${status}, not catching up`);
    if (Date.now() - started > timeoutMs) throw new Error(`the API had not caught up after ${timeoutMs / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

const format = (ms: number | undefined) => (ms === undefined ? 'n/a' : ms.toFixed(1));

/**
 * Issue 5, benchmark 4: "record a further incident" over HTTP at a fixed rate, first with nothing else
 * running and then while the MARAC read models are rebuilt again and again, each part in its own process as
 * in production: the API (with its live projection runners), `npm run rebuild -- --all` in a loop, and
 * autocannon here. Requests go to open cases of a seeded MARAC history, from many coordinators, each with its
 * own Idempotency-Key; afterwards the incidents in the event store are counted.
 */
export const httpIncidents: Benchmark = {
  id: 'http',
  title: '4. HTTP: record a further incident during a rebuild',
  run: ({ server, log }) =>
    withBenchApp(server, 'bench_http', async ({ url, dataDir, context }) => {
      const rebuilds: ReturnType<typeof startNode>[] = [];
      let api: ApiProcess | undefined;
      let floor: ApiProcess | undefined;
      let rebuilding = true;
      try {
        log(`writing a MARAC history of ${HISTORY_EVENTS.toLocaleString('en-GB')} events and building its read models…`);
        const history = await appendMaracHistory(context.store, context.codec, {
          seed: 'bench-http',
          events: HISTORY_EVENTS,
          concurrency: 8,
        });
        await rebuildProjections(context.dataSource, context.store, context.codec, context.projections);
        await startProcessManagersAtHead(context);
        const requests = Math.ceil(RATE * SECONDS * 1.1);
        const cases: { case_id: string; partnership_id: string; referral_date: string }[] = await context.dataSource.query(
          `SELECT case_id, partnership_id, to_char(referral_date, 'YYYY-MM-DD') AS referral_date FROM marac_case_list
           WHERE status = 'open' ORDER BY case_id LIMIT $1`,
          [requests],
        );
        if (cases.length < requests)
          throw new Error(`only ${cases.length} open cases for ${requests} requests: raise BENCH_HTTP_HISTORY_EVENTS`);
        log(
          `  ${history.events.toLocaleString('en-GB')} events, ${cases.length.toLocaleString('en-GB')} open cases to report incidents on`,
        );

        const mint = await tokenMinter(dataDir);
        let nextCase = 0;
        const body = (target: (typeof cases)[number]) =>
          JSON.stringify({
            date: addDays(target.referral_date, 30),
            reportingAgency: 'police',
            description: 'Breach of a non-molestation order.',
          });
        /** The n-th request of a run: the next open case, the next coordinator, its own Idempotency-Key. */
        const requestOf = (run: string, tokens: string[], floor: boolean) => (n: number) => {
          const target = cases[nextCase++ % cases.length];
          return {
            method: 'POST' as const,
            path: `${floor ? `/floor/${run}` : '/marac'}/cases/${target.case_id}/incidents`,
            headers: {
              'content-type': 'application/json',
              authorization: `Bearer ${tokens[n % COORDINATORS]}`,
              'idempotency-key': `bench-${run}-${n}`,
            },
            body: body(target),
          };
        };
        const tokensOf = (run: string) =>
          Promise.all(
            Array.from({ length: COORDINATORS }, (_, i) => mint(`bench-${run}-${i}`, ['coordinator'], [cases[0].partnership_id])),
          );
        const storedOf = async (run: string, floor: boolean): Promise<number> => {
          const [{ stored }] = floor
            ? await context.dataSource.query(`SELECT count(*)::int AS stored FROM bench_floor WHERE run = $1`, [run])
            : await context.dataSource.query(
                `SELECT count(*)::int AS stored FROM es_events WHERE event_type = 'FurtherIncidentReported' AND metadata->>'actor' LIKE $1`,
                [`bench-${run}-%`],
              );
          return Number(stored);
        };
        /** One paced run against `target` from its own coordinators (so its stored requests can be counted). */
        const load = async (run: string, target: Target): Promise<LoadResult> => {
          const tokens = await tokensOf(run);
          log(`  ${run}: autocannon, ${RATE} requests/s for ${SECONDS} s over ${CONNECTIONS} connections, evenly spaced`);
          const [apiCpuBefore, serverCpuBefore] = [target.process.cpuSeconds(), server.cpu()];
          const request = requestOf(run, tokens, target.floor);
          const result = await pacedLoad({
            url: target.process.baseUrl,
            rate: RATE,
            seconds: SECONDS,
            connections: CONNECTIONS,
            request,
          });
          const [apiCpuAfter, serverCpuAfter] = [target.process.cpuSeconds(), server.cpu()];
          const perRequestMs = (seconds: number | undefined) =>
            seconds === undefined || result.ok === 0 ? undefined : (seconds * 1000) / result.ok;
          const cpu = {
            api: perRequestMs(apiCpuBefore === undefined || apiCpuAfter === undefined ? undefined : apiCpuAfter - apiCpuBefore),
            server: perRequestMs(serverCpuBefore && serverCpuAfter ? cpuSecondsBetween(serverCpuBefore, serverCpuAfter) : undefined),
          };
          await new Promise((resolve) => setTimeout(resolve, 2000)); // requests still in flight at the end land
          const stored = await storedOf(run, target.floor);
          log(
            `    ${result.ok} 2xx, ${result.otherStatus} other, ${result.errors} errors, ${result.timeouts} timeouts, p50 ${result.latency.p50.toFixed(1)} ms, p99 ${result.latency.p99.toFixed(1)} ms; ${stored} stored; CPU per 2xx: API ${format(cpu.api)} ms, PostgreSQL ${format(cpu.server)} ms`,
          );
          return { result, stored, cpu };
        };
        const ramp = async (run: string, target: Target) => {
          const tokens = await tokensOf(run);
          const request = requestOf(run, tokens, target.floor);
          const outcome = await saturationRamp({
            url: target.process.baseUrl,
            connections: CONNECTIONS,
            rates: RAMP_RATES,
            secondsPerStep: RAMP_SECONDS,
            maxP99Ms: RAMP_MAX_P99_MS,
            request,
          });
          log(
            `  ${run} ramp: ${outcome.steps.map((s) => `${s.rate}/s -> ${s.result.throughput.toFixed(0)}/s p99 ${s.result.latency.p99.toFixed(0)} ms`).join('; ')}; sustained ${outcome.sustained.toFixed(0)}/s`,
          );
          return outcome;
        };

        /** Each variant of the API (one, or main and the change for an A/B), `ROUNDS` times, interleaved. */
        const slots = Array.from({ length: AB.length > 1 ? AB_ROUNDS : 1 }, (_, round) => AB.map((variant) => ({ variant, round }))).flat();
        const slotName = ({ variant, round }: (typeof slots)[number]) => (slots.length > 1 ? `${variant.name}-${round + 1}` : variant.name);
        /** The API's CPU at rest (caught up, no requests), ms per second, by slot. */
        const atRest = new Map<string, string>();
        const withApi = async <T>(slot: (typeof slots)[number], work: (target: Target) => Promise<T>): Promise<T> => {
          api = await startApiProcess(url, dataDir, {}, cpuProfileArgs(), slot.variant.dist);
          try {
            const waited = await caughtUp(api.baseUrl);
            const idleBefore = api.cpuSeconds();
            await new Promise((resolve) => setTimeout(resolve, IDLE_SECONDS * 1000));
            const idleAfter = api.cpuSeconds();
            const idle =
              idleBefore === undefined || idleAfter === undefined ? 'n/a' : (((idleAfter - idleBefore) * 1000) / IDLE_SECONDS).toFixed(0);
            if (!atRest.has(slotName(slot))) atRest.set(slotName(slot), idle);
            log(
              `  ${slotName(slot)}: the API's projections and process managers caught up ${waited.toFixed(1)} s after it was ready; then idle for ${IDLE_SECONDS} s, ${idle} ms of CPU per second`,
            );
            return await work({ process: api, floor: false });
          } finally {
            await api.stop();
            api = undefined;
          }
        };
        const withFloor = async <T>(work: (target: Target) => Promise<T>): Promise<T> => {
          floor = await startFloorProcess(url);
          try {
            return await work({ process: floor, floor: true });
          } finally {
            await floor.stop();
            floor = undefined;
          }
        };

        const quiet = new Map<string, LoadResult>();
        const busy = new Map<string, LoadResult>();
        const ramps = new Map<string, Awaited<ReturnType<typeof ramp>>>();
        for (const slot of slots) {
          const name = slotName(slot);
          await withApi(slot, async (target) => {
            quiet.set(name, await load(`${name}-quiet`, target));
            if (RAMP_RATES.length) ramps.set(name, await ramp(`${name}-ramp`, target));
          });
        }
        await withFloor(async (target) => {
          quiet.set('floor', await load('floor-quiet', target));
          if (RAMP_RATES.length) ramps.set('floor', await ramp('floor-ramp', target));
        });

        let rebuildsFinished = 0;
        const rebuildLoop = (async () => {
          while (rebuilding) {
            const rebuild = startNode(
              'dist/apps/cli/src/rebuild.js',
              { DATABASE_URL: url, DATA_DIR: dataDir, LOG_LEVEL: 'warn', NODE_OPTIONS },
              ['--all'],
            );
            rebuilds.push(rebuild);
            const code = await exited(rebuild);
            if (code !== 0) throw new Error(`rebuild exited with ${code}: ${rebuild.output().slice(-500)}`);
            rebuildsFinished++;
          }
        })();
        rebuildLoop.catch(() => undefined); // reported when awaited below, not as an unhandled rejection meanwhile
        const afterRebuildStarts = () => new Promise((resolve) => setTimeout(resolve, 2000)); // past the rebuild's start-up
        for (const slot of slots) {
          const name = slotName(slot);
          await withApi(slot, async (target) => {
            await afterRebuildStarts();
            busy.set(name, await load(`${name}-rebuilding`, target));
          });
        }
        await withFloor(async (target) => {
          await afterRebuildStarts();
          busy.set('floor', await load('floor-rebuilding', target));
        });
        rebuilding = false;
        await rebuildLoop;
        log(`  ${rebuildsFinished} rebuilds finished during the runs under rebuild`);

        const columns = [...slots.map(slotName), 'floor'];
        const row = (label: string, value: (name: string) => string | number | undefined) => [
          label,
          ...columns.map((name) => String(value(name) ?? 'n/a')),
        ];
        const ok = (r: LoadResult) => r.result.errors === 0 && r.result.otherStatus === 0 && r.result.timeouts === 0;
        const met = (name: string) => {
          const [alone, during] = [quiet.get(name)!, busy.get(name)!];
          return during.result.latency.p99 < GOAL_P99_MS && ok(alone) && ok(during) ? 'met' : '**not met**';
        };
        const ratio = (name: string) => (busy.get(name)!.result.latency.p99 / quiet.get(name)!.result.latency.p99).toFixed(2);
        const lines = (pick: (name: string) => LoadResult, label: string) => [
          row(`${label}: requests sent (scheduled ${(RATE * SECONDS).toLocaleString('en-GB')})`, (n) =>
            pick(n).result.sent.toLocaleString('en-GB'),
          ),
          row(`${label}: latency p50, ms`, (n) => pick(n).result.latency.p50.toFixed(1)),
          row(`${label}: latency p99, ms`, (n) => pick(n).result.latency.p99.toFixed(1)),
          row(`${label}: latency max, ms`, (n) => pick(n).result.latency.max.toFixed(1)),
          row(`${label}: 2xx / other / errors (timeouts)`, (n) => {
            const r = pick(n).result;
            return `${r.ok.toLocaleString('en-GB')} / ${r.otherStatus} / ${r.errors} (${r.timeouts})`;
          }),
          row(`${label}: stored`, (n) => pick(n).stored.toLocaleString('en-GB')),
          row(`${label}: CPU per 2xx, API process, ms`, (n) => format(pick(n).cpu.api)),
          row(`${label}: CPU per 2xx, all of PostgreSQL, ms`, (n) => format(pick(n).cpu.server)),
        ];
        return [
          `A MARAC history of ${history.events.toLocaleString('en-GB')} events; the API as its own process (\`node dist/apps/api/src/main.js\`, live`,
          `projection runners on). \`POST /marac/cases/:caseId/incidents\` at ${RATE} requests/s for ${SECONDS} s, each request to the next open case`,
          `(round the list of ${cases.length.toLocaleString('en-GB')} again when it ends), from ${COORDINATORS} coordinators in turn, each with its own Idempotency-Key.`,
          `The load is autocannon's, evenly spaced: ${CONNECTIONS} connections, each its own autocannon instance at ${RATE / CONNECTIONS} requests/s,`,
          `started ${1000 / CONNECTIONS} ms apart (autocannon's \`overallRate\` would send each second's ${RATE} requests at once as the second starts), and`,
          `every response's own time from request written to response read (autocannon 9.0.0 corrects for coordinated omission with an expected`,
          'interval of ceil(1 / rate) = 1 ms, which adds a made-up sample for every millisecond a response took). First with nothing else running,',
          'then while `npm run rebuild -- --all` (low priority, one database connection busy at a time, resting after each page as long as it took) rebuilds every MARAC read model in a loop',
          `in another process (${rebuildsFinished} rebuilds finished during those runs). "Stored" counts the incidents in the event store afterwards.`,
          "The process managers start at the history's head (what they would make of the history is not a command's cost), and each API",
          `is loaded once its readiness says every projection and process manager is caught up, after ${IDLE_SECONDS} s at rest.`,
          '',
          '**The floor** (`bench/floor-app.ts`, its own process): a bare NestJS application on the same HTTP adapter (Express) with one',
          'route, no guards, pipes, interceptors, filter or logger, that stores the same request body with one plain `INSERT` (one round trip)',
          'and answers 201: the same requests (headers included) at the same paced load, on the same database.',
          `**Saturation**: a short ramp of paced steps (${RAMP_RATES.join(', ')} requests/s, ${RAMP_SECONDS} s each, ${CONNECTIONS} connections) with nothing`,
          `else running, stopped at the first step that does not keep up (under 95% of its rate answered, any error, or p99 over ${RAMP_MAX_P99_MS} ms);`,
          '"sustained" is the best throughput (responses per second of the step\'s duration) of the steps that kept up, "reached" the best of any step.',
          ...(AB.length > 1
            ? [
                '',
                `**A/B**: ${AB.map((v) => `\`${v.name}\` is the build in \`${v.dist}\``).join(', ')}; each started fresh for each of its runs,`,
                `interleaved (${slots.map(slotName).join(', ')}), on the same database and history.`,
              ]
            : []),
          '',
          table(
            ['Measure', ...columns],
            [
              row('At rest (caught up, no requests): API CPU, ms per second', (n) => atRest.get(n)),
              ...lines((n) => quiet.get(n)!, 'Alone'),
              ...lines((n) => busy.get(n)!, 'During rebuilds'),
              row('p99 during rebuilds / p99 alone', ratio),
              row('Saturation: sustained requests/s', (n) => ramps.get(n)?.sustained.toFixed(0)),
              row('Saturation: reached requests/s', (n) => ramps.get(n)?.reached.toFixed(0)),
              row(`Goal: p99 < ${GOAL_P99_MS} ms during rebuilds, zero errors`, met),
            ],
            ['l', ...columns.map(() => 'r' as const)],
          ),
        ].join('\n');
      } finally {
        rebuilding = false;
        await floor?.stop();
        for (const child of rebuilds) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
        await Promise.all(rebuilds.map(exited));
        await api?.stop();
      }
    }),
};
