import { START, type Position } from '@app/event-store';
import { rebuildProjections } from '@app/projections';
import { appendMaracHistory } from '../test/support/marac-history.js';
import { withBenchApp } from './bench-app.js';
import type { Benchmark } from './benchmark.js';
import { cpuSecondsBetween } from './process-cpu.js';
import { table } from './report.js';

const EVENTS = Number(process.env.BENCH_REBUILD_EVENTS ?? 1_000_000);
const GOAL_EVENTS_PER_SECOND = 20_000;

/**
 * Issue 5, benchmark 2: replay a synthetic MARAC history (real deciders, real codec with per-subject
 * encryption) into every MARAC read model with the rebuild the operators use, against simply reading
 * the same rows from the log.
 */
const cpuSeconds = ({ user, system }: NodeJS.CpuUsage) => (user + system) / 1e6;

export const projectionRebuild: Benchmark = {
  id: 'rebuild',
  title: '2. Projection rebuild',
  run: ({ server, log }) =>
    withBenchApp(server, 'bench_rebuild', async ({ context }) => {
      log(`writing a MARAC history of ${EVENTS.toLocaleString('en-GB')} events…`);
      const seedStarted = Date.now();
      const history = await appendMaracHistory(context.store, context.codec, { seed: 'bench-rebuild', events: EVENTS, concurrency: 8 });
      const seedSeconds = (Date.now() - seedStarted) / 1000;
      log(
        `  ${history.events.toLocaleString('en-GB')} events in ${history.streams.toLocaleString('en-GB')} streams, ${seedSeconds.toFixed(0)} s`,
      );
      await server.checkpoint();

      // Baseline: read every event of the log in the rebuild's page size, decoding nothing.
      const readStarted = Date.now();
      let read = 0;
      let after: Position = START;
      for (;;) {
        const page = await context.store.readAll({ after, maxCount: 2000 });
        read += page.events.length;
        after = page.lastPosition;
        if (page.isEnd) break;
      }
      const readSeconds = (Date.now() - readStarted) / 1000;
      log(`  read ${read.toLocaleString('en-GB')} rows in ${readSeconds.toFixed(1)} s`);

      const [serverCpuBefore, nodeCpuBefore] = [server.cpu(), process.cpuUsage()];
      const started = Date.now();
      const result = await rebuildProjections(context.dataSource, context.store, context.codec, context.projections);
      const seconds = (Date.now() - started) / 1000;
      const nodeCpu = cpuSeconds(process.cpuUsage(nodeCpuBefore));
      const serverCpuAfter = server.cpu();
      const serverCpu = serverCpuBefore && serverCpuAfter ? cpuSecondsBetween(serverCpuBefore, serverCpuAfter) : undefined;
      const cpuNote = `CPU: Node.js ${nodeCpu.toFixed(1)} s, PostgreSQL ${serverCpu === undefined ? 'not measured' : `${serverCpu.toFixed(1)} s`}`;
      log(
        `  rebuilt ${context.projections.length} projections from ${result.events.toLocaleString('en-GB')} events in ${seconds.toFixed(1)} s (${cpuNote})`,
      );
      const rows = context.projections.map((projection) => [
        projection.name,
        result.eventsByProjection[projection.name].toLocaleString('en-GB'),
      ]);
      const perSecond = result.events / seconds;
      const readPerSecond = read / readSeconds;
      return [
        `${history.events.toLocaleString('en-GB')} MARAC events in ${history.streams.toLocaleString('en-GB')} streams, written through the real`,
        `deciders and the app's codec (personal data encrypted per subject), ${seedSeconds.toFixed(0)} s to write. All MARAC read`,
        'models are rebuilt together with `rebuildProjections` (one read of the log, scratch tables, then one swap), decrypting',
        `personal data as the live runner does: ${seconds.toFixed(1)} s (${cpuNote}).`,
        '',
        table(['Projection', 'Events it was given'], rows, ['l', 'r']),
        '',
        table(
          ['Measure', 'Value'],
          [
            ['All MARAC read models rebuilt, events of the log per second', Math.round(perSecond).toLocaleString('en-GB')],
            ['Reading the same rows from the event table, events/s', Math.round(readPerSecond).toLocaleString('en-GB')],
            ['Rebuild / plain read', (perSecond / readPerSecond).toFixed(2)],
            [
              `Goal >= ${GOAL_EVENTS_PER_SECOND.toLocaleString('en-GB')} events/s`,
              perSecond >= GOAL_EVENTS_PER_SECOND ? 'met' : '**not met**',
            ],
          ],
          ['l', 'r'],
        ),
      ].join('\n');
    }),
};
