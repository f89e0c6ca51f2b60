/**
 * `npm run bench` runs every benchmark of issue 5; `npm run bench -- append` only the named ones.
 * Each benchmark is a module exporting a `Benchmark`; add it to BENCHMARKS below (in report order).
 * Settings come from the environment: DATABASE_URL (else an embedded PostgreSQL in a temp directory),
 * and the benchmark-specific ones each module documents (e.g. BENCH_SECONDS, BENCH_ROUNDS).
 */
import { alertLatency } from './alert-latency.js';
import { appendThroughput } from './append-throughput.js';
import { httpIncidents } from './http-incidents.js';
import { iomReportLatency } from './iom-report-latency.js';
import { caseReviewReportLatency } from './case-review-report-latency.js';
import { peopleSearch } from './people-search.js';
import { projectionRebuild } from './projection-rebuild.js';
import { reportLatency } from './report-latency.js';
import { victimServicesTable } from './victim-services-table.js';
import type { Benchmark } from './benchmark.js';
import { startBenchServer, type BenchServer } from './database.js';
import { describeMachine, environmentTable, writeReport, type Section } from './report.js';

const BENCHMARKS: readonly Benchmark[] = [
  appendThroughput,
  projectionRebuild,
  reportLatency,
  iomReportLatency,
  caseReviewReportLatency,
  victimServicesTable,
  httpIncidents,
  peopleSearch,
  alertLatency,
];

async function main(args: readonly string[]): Promise<void> {
  const unknown = args.filter((id) => !BENCHMARKS.some((b) => b.id === id));
  if (unknown.length) {
    throw new Error(`unknown benchmark(s): ${unknown.join(', ')}; available: ${BENCHMARKS.map((b) => b.id).join(', ')}`);
  }
  const selected = args.length ? BENCHMARKS.filter((b) => args.includes(b.id)) : BENCHMARKS;
  const log = (line: string) => console.log(line);
  const machine = describeMachine();
  log(`${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB.toFixed(1)} GiB, Node.js ${machine.node}`);

  const server = await startBenchServer(log);
  stopOnSignal(server);
  const sections: Section[] = [];
  try {
    const info = await server.info();
    log(`PostgreSQL ${info.version}`);
    for (const benchmark of selected) {
      log(`\n== ${benchmark.title}`);
      const ranAt = new Date();
      const body = await benchmark.run({ server, log });
      sections.push({
        id: benchmark.id,
        title: benchmark.title,
        body: `${environmentTable(machine, info, ranAt)}\n\n${body}`,
      });
      log(`\n${body}`);
    }
  } finally {
    await server.stop();
  }
  const file = await writeReport(
    sections,
    BENCHMARKS.map((b) => b.id),
  );
  log(`Wrote ${file}`);
}

/**
 * Ctrl-C, or a crash outside the benchmark's own error handling, stops the embedded server and removes
 * its temporary directory instead of leaving them behind.
 */
function stopOnSignal(server: BenchServer): void {
  const stop = (reason: string, code: number) => {
    console.error(`\n${reason}: stopping PostgreSQL`);
    void server
      .stop()
      .catch((error: unknown) => console.error('stopping PostgreSQL failed:', error))
      .finally(() => process.exit(code));
  };
  process.once('SIGINT', () => stop('SIGINT', 130));
  process.once('SIGTERM', () => stop('SIGTERM', 143));
  process.once('uncaughtException', (error) => {
    console.error(error);
    stop('uncaught exception', 1);
  });
}

main(process.argv.slice(2)).then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
