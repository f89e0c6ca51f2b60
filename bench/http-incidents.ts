import { addDays } from '@app/periods';
import { rebuildProjections } from '@app/projections';
import { appendMaracHistory } from '../test/support/marac-history.js';
import { exited, startNode } from '../test/support/processes.js';
import { NODE_OPTIONS, startApiProcess, tokenMinter, type ApiProcess } from './api-process.js';
import { cpuSecondsBetween } from './process-cpu.js';
import { pacedLoad, type PacedLoadResult } from './paced-load.js';
import { withBenchApp } from './bench-app.js';
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

interface LoadResult {
  result: PacedLoadResult;
  stored: number;
  /** CPU milliseconds per successful request, where known. */
  cpu: { api: number | undefined; server: number | undefined };
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
      let rebuilding = true;
      try {
        log(`writing a MARAC history of ${HISTORY_EVENTS.toLocaleString('en-GB')} events and building its read models…`);
        const history = await appendMaracHistory(context.store, context.codec, {
          seed: 'bench-http',
          events: HISTORY_EVENTS,
          concurrency: 8,
        });
        await rebuildProjections(context.dataSource, context.store, context.codec, context.projections);
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

        api = await startApiProcess(url, dataDir);
        const mint = await tokenMinter(dataDir);
        let nextCase = 0;
        /** One run from its own coordinators (so its stored incidents can be counted), on fresh cases. */
        const load = async (run: string): Promise<LoadResult> => {
          const tokens = await Promise.all(
            Array.from({ length: COORDINATORS }, (_, i) => mint(`bench-${run}-${i}`, ['coordinator'], [cases[0].partnership_id])),
          );
          log(`  ${run}: autocannon, ${RATE} requests/s for ${SECONDS} s over ${CONNECTIONS} connections, evenly spaced`);
          const [apiCpuBefore, serverCpuBefore] = [api!.cpuSeconds(), server.cpu()];
          const result = await pacedLoad({
            url: api!.baseUrl,
            rate: RATE,
            seconds: SECONDS,
            connections: CONNECTIONS,
            request: (n) => {
              const target = cases[nextCase++ % cases.length];
              return {
                method: 'POST',
                path: `/marac/cases/${target.case_id}/incidents`,
                headers: {
                  'content-type': 'application/json',
                  authorization: `Bearer ${tokens[n % COORDINATORS]}`,
                  'idempotency-key': `bench-${run}-${n}`,
                },
                body: JSON.stringify({
                  date: addDays(target.referral_date, 30),
                  reportingAgency: 'police',
                  description: 'Breach of a non-molestation order.',
                }),
              };
            },
          });
          const [apiCpuAfter, serverCpuAfter] = [api!.cpuSeconds(), server.cpu()];
          const perRequestMs = (seconds: number | undefined) =>
            seconds === undefined || result.ok === 0 ? undefined : (seconds * 1000) / result.ok;
          const cpu = {
            api: perRequestMs(apiCpuBefore === undefined || apiCpuAfter === undefined ? undefined : apiCpuAfter - apiCpuBefore),
            server: perRequestMs(serverCpuBefore && serverCpuAfter ? cpuSecondsBetween(serverCpuBefore, serverCpuAfter) : undefined),
          };
          await new Promise((resolve) => setTimeout(resolve, 2000)); // requests still in flight at the end land
          const [{ stored }] = await context.dataSource.query(
            `SELECT count(*)::int AS stored FROM es_events WHERE event_type = 'FurtherIncidentReported' AND metadata->>'actor' LIKE $1`,
            [`bench-${run}-%`],
          );
          log(
            `    ${result.ok} 2xx, ${result.otherStatus} other, ${result.errors} errors, ${result.timeouts} timeouts, p50 ${result.latency.p50.toFixed(1)} ms, p99 ${result.latency.p99.toFixed(1)} ms; ${stored} incidents stored; CPU per 2xx: API ${format(cpu.api)} ms, PostgreSQL ${format(cpu.server)} ms`,
          );
          return { result, stored: Number(stored), cpu };
        };

        const quiet = await load('quiet');
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
        await new Promise((resolve) => setTimeout(resolve, 2000)); // the first rebuild is past its start-up
        const busy = await load('rebuilding');
        rebuilding = false;
        await rebuildLoop;
        log(`  ${rebuildsFinished} rebuilds finished during the second run`);

        const runs = [quiet, busy];
        const row = (label: string, value: (run: LoadResult) => string | number) => [label, ...runs.map((run) => String(value(run)))];
        const met = ({ result }: LoadResult) =>
          result.latency.p99 < GOAL_P99_MS && result.errors === 0 && result.otherStatus === 0 && result.timeouts === 0
            ? 'met'
            : '**not met**';
        return [
          `A MARAC history of ${history.events.toLocaleString('en-GB')} events; the API as its own process (\`node dist/apps/api/src/main.js\`, live`,
          `projection runners on). \`POST /marac/cases/:caseId/incidents\` at ${RATE} requests/s for ${SECONDS} s, each request to the next open case`,
          `(the second run goes on through the list, then round again), from ${COORDINATORS} coordinators in turn, each with its own Idempotency-Key.`,
          `The load is autocannon's, evenly spaced: ${CONNECTIONS} connections, each its own autocannon instance at ${RATE / CONNECTIONS} requests/s,`,
          `started ${1000 / CONNECTIONS} ms apart (autocannon's \`overallRate\` would send each second's ${RATE} requests at once as the second starts), and`,
          `every response's own time from request written to response read (autocannon 9.0.0 corrects for coordinated omission with an expected`,
          'interval of ceil(1 / rate) = 1 ms, which adds a made-up sample for every millisecond a response took). First with nothing else running,',
          'then while `npm run rebuild -- --all` (low priority, one database connection busy at a time) rebuilds every MARAC read model in a loop',
          `in another process (${rebuildsFinished} rebuilds finished during the run). "Stored" counts the incidents in the event store afterwards.`,
          '',
          table(
            ['Measure', 'Nothing else running', 'During rebuilds'],
            [
              row(`Requests sent (scheduled: ${(RATE * SECONDS).toLocaleString('en-GB')})`, (r) => r.result.sent.toLocaleString('en-GB')),
              row('Throughput, responses/s', (r) => r.result.throughput.toFixed(1)),
              row('Latency p50, ms', (r) => r.result.latency.p50.toFixed(1)),
              row('Latency p90, ms', (r) => r.result.latency.p90.toFixed(1)),
              row('Latency p99, ms', (r) => r.result.latency.p99.toFixed(1)),
              row('Latency max, ms', (r) => r.result.latency.max.toFixed(1)),
              row('2xx', (r) => r.result.ok.toLocaleString('en-GB')),
              row('Other status codes', (r) => r.result.otherStatus),
              row('Errors (of which timeouts)', (r) => `${r.result.errors} (${r.result.timeouts})`),
              row('Incidents stored', (r) => r.stored.toLocaleString('en-GB')),
              row('CPU per 2xx: API process, ms', (r) => format(r.cpu.api)),
              row("CPU per 2xx: all of PostgreSQL (the rebuild's too), ms", (r) => format(r.cpu.server)),
              row(`Goal: p99 < ${GOAL_P99_MS} ms, zero errors`, met),
            ],
            ['l', 'r', 'r'],
          ),
        ].join('\n');
      } finally {
        rebuilding = false;
        for (const child of rebuilds) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
        await Promise.all(rebuilds.map(exited));
        await api?.stop();
      }
    }),
};
