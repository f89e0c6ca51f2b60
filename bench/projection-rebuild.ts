import { START, type Position } from '@app/event-store';
import { rebuildProjections } from '@app/projections';
import { appendMaracHistory } from '../test/support/marac-history.js';
import { appendVictimServicesHistory } from '../test/support/victim-services-history.js';
import { withBenchApp } from './bench-app.js';
import type { Benchmark } from './benchmark.js';
import { cpuSecondsBetween } from './process-cpu.js';
import { table } from './report.js';

const EVENTS = Number(process.env.BENCH_REBUILD_EVENTS ?? 1_000_000);
/** The victim-services share of the log (ASB cases, services, merges), written at the same time as MARAC's, so interleaved. */
const VS_SHARE = Number(process.env.BENCH_REBUILD_VS_SHARE ?? 0.25);
const GOAL_EVENTS_PER_SECOND = 20_000;

/**
 * Issue 5, benchmark 2 (with issue 13's victim services): replay a mixed synthetic log, a MARAC history and a
 * victim-services history written at the same time (so their events interleave in the global log; real
 * deciders, real codec with per-subject encryption), into every read model with the rebuild the operators use,
 * against simply reading the same rows from the log. The victim-services read models are checked against
 * what was written (cases, reports, merges).
 */
const cpuSeconds = ({ user, system }: NodeJS.CpuUsage) => (user + system) / 1e6;

export const projectionRebuild: Benchmark = {
  id: 'rebuild',
  title: '2. Projection rebuild',
  run: ({ server, log }) =>
    withBenchApp(server, 'bench_rebuild', async ({ context }) => {
      const vsTarget = Math.round(EVENTS * VS_SHARE);
      log(
        `writing a mixed log of ${EVENTS.toLocaleString('en-GB')} events (MARAC ${(EVENTS - vsTarget).toLocaleString('en-GB')}, victim services ${vsTarget.toLocaleString('en-GB')}), interleaved…`,
      );
      const seedStarted = Date.now();
      const [marac, vs] = await Promise.all([
        appendMaracHistory(context.store, context.codec, { seed: 'bench-rebuild', events: EVENTS - vsTarget, concurrency: 6 }),
        vsTarget > 0
          ? appendVictimServicesHistory(context.store, context.codec, { seed: 'bench-rebuild', events: vsTarget, concurrency: 4 })
          : Promise.resolve({ events: 0, streams: 0, cases: 0, reports: 0, merges: 0 }),
      ]);
      const history = { events: marac.events + vs.events, streams: marac.streams + vs.streams };
      const seedSeconds = (Date.now() - seedStarted) / 1000;
      log(
        `  ${history.events.toLocaleString('en-GB')} events in ${history.streams.toLocaleString('en-GB')} streams (victim services: ${vs.events.toLocaleString('en-GB')} events, ${vs.cases.toLocaleString('en-GB')} cases, ${vs.merges} merges), ${seedSeconds.toFixed(0)} s (${Math.round(history.events / seedSeconds).toLocaleString('en-GB')} events/s)`,
      );
      await server.checkpoint();
      // A log written over months has planner statistics (autovacuum analyses as it grows); one written a
      // minute ago in bulk has none yet, and without them PostgreSQL reads a filtered page of the log by
      // sorting every later event of those categories (a bitmap scan), which made the rebuild 8x slower to read.
      await context.dataSource.query('ANALYZE es_events');

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
      // The victim-services read models hold what was written (a rebuild that skipped the ASB events would not).
      const [{ cases, reports, merges }] = await context.dataSource.query(
        `SELECT (SELECT count(*)::int FROM vs_cases) AS cases, (SELECT count(*)::int FROM vs_reports) AS reports,
                (SELECT count(*)::int FROM vs_person_merges WHERE merged_into IS NOT NULL) AS merges`,
      );
      if (cases !== vs.cases || reports !== vs.reports || merges !== vs.merges)
        throw new Error(
          `the rebuilt victim-services read models hold ${cases} cases, ${reports} reports, ${merges} merges; ${vs.cases}, ${vs.reports}, ${vs.merges} were written`,
        );
      log(`  checked: ${cases.toLocaleString('en-GB')} ASB cases, ${reports.toLocaleString('en-GB')} reports, ${merges} merges rebuilt`);
      const rows = context.projections.map((projection) => [
        projection.name,
        result.eventsByProjection[projection.name].toLocaleString('en-GB'),
      ]);
      const perSecond = result.events / seconds;
      const readPerSecond = read / readSeconds;
      return [
        `${history.events.toLocaleString('en-GB')} events in ${history.streams.toLocaleString('en-GB')} streams, a mixed log: MARAC ${marac.events.toLocaleString('en-GB')}, victim services`,
        `${vs.events.toLocaleString('en-GB')} (${vs.cases.toLocaleString('en-GB')} ASB cases, ${vs.merges} people merges), written at the same time so they interleave, through the real`,
        `deciders and the app's codec (personal data encrypted per subject), ${seedSeconds.toFixed(0)} s to write. Every read`,
        'model (MARAC and ASB included) is rebuilt together with `rebuildProjections` (one read of the log, scratch tables, then one swap), decrypting',
        `personal data as the live runner does: ${seconds.toFixed(1)} s (${cpuNote}).`,
        '',
        table(['Projection', 'Events it was given'], rows, ['l', 'r']),
        '',
        table(
          ['Measure', 'Value'],
          [
            [
              'All read models rebuilt (MARAC and victim services), events of the log per second',
              Math.round(perSecond).toLocaleString('en-GB'),
            ],
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
