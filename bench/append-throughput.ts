/**
 * Benchmark 1 of issue 5: appends per second of (a) this project's PostgresEventStore, (b) Emmett's
 * PostgreSQL event store and (c) a plain INSERT (the ceiling), on the same server, with 8 writers.
 *
 * Environment: BENCH_SECONDS (measured seconds per round, default 4), BENCH_ROUNDS (default 2),
 * BENCH_WARMUP_SECONDS (default 1), BENCH_WRITERS (default 8), BENCH_APPEND_SCENARIOS (comma-separated
 * ids of SCENARIOS, default all).
 */
import { randomUUID } from 'node:crypto';
import type { Benchmark, BenchmarkContext } from './benchmark.js';
import { emmettEventStore, ourEventStore, plainInsert, POOL_SIZE, type AppendContender } from './append-contenders.js';
import { maracEvents, payloadBytes } from './marac-payload.js';
import { format, table } from './report.js';
import { mergeRuns, microsecondsPerOperation, otherCores, percentile, perSecond, runClosedLoop, type RunResult } from './workload.js';

/** Issue 5's goals for (a) against (b) and (c). */
const GOAL_VS_EMMETT = 2.0;
const GOAL_VS_CEILING = 0.7;
/** Streams that the "existing stream" scenarios append to, spread over the writers. */
const EXISTING_STREAMS = 1000;

interface Scenario {
  id: string;
  label: string;
  eventsPerAppend: number;
  existing: boolean;
}

const SCENARIOS: readonly Scenario[] = [
  { id: 'single_new', label: '1 event, new stream (expect no stream)', eventsPerAppend: 1, existing: false },
  { id: 'single_existing', label: '1 event, existing stream (exact revision)', eventsPerAppend: 1, existing: true },
  { id: 'multi_new', label: '5 events, new stream (expect no stream)', eventsPerAppend: 5, existing: false },
  { id: 'multi_existing', label: '5 events, existing stream (exact revision)', eventsPerAppend: 5, existing: true },
];

const CONTENDERS = [
  { key: 'a', create: ourEventStore },
  { key: 'b', create: emmettEventStore },
  { key: 'c', create: plainInsert },
] as const;

interface Settings {
  writers: number;
  rounds: number;
  warmupMs: number;
  roundMs: number;
  scenarios: readonly Scenario[];
}

function settingsFromEnv(): Settings {
  const number = (name: string, fallback: number) => {
    const value = process.env[name];
    if (value === undefined || value === '') return fallback;
    const parsed = Number(value);
    if (!Number.isFinite(parsed) || parsed <= 0) throw new Error(`${name} must be a positive number, got ${value}`);
    return parsed;
  };
  const only = process.env.BENCH_APPEND_SCENARIOS?.split(',').filter(Boolean);
  return {
    writers: number('BENCH_WRITERS', 8),
    rounds: number('BENCH_ROUNDS', 2),
    warmupMs: number('BENCH_WARMUP_SECONDS', 1) * 1000,
    roundMs: number('BENCH_SECONDS', 4) * 1000,
    scenarios: only ? SCENARIOS.filter((s) => only.includes(s.id)) : SCENARIOS,
  };
}

interface Measured {
  contender: AppendContender;
  rounds: RunResult[];
  total: RunResult;
}

export const appendThroughput: Benchmark = {
  id: 'append',
  title: '1. Append throughput',
  async run(context) {
    const settings = settingsFromEnv();
    const results = new Map<Scenario, Measured[]>();
    for (const scenario of settings.scenarios) {
      results.set(scenario, await runScenario(context, scenario, settings));
    }
    return render(results, settings);
  },
};

async function runScenario(context: BenchmarkContext, scenario: Scenario, settings: Settings): Promise<Measured[]> {
  context.log(`\n${scenario.label}`);
  const prepared: { contender: AppendContender; database: string; rounds: RunResult[]; append: Append }[] = [];
  try {
    for (const { key, create } of CONTENDERS) {
      // One fresh database per contender, on the same server.
      const database = `bench_append_${scenario.id}_${key}`;
      const url = await context.server.createDatabase(database);
      const contender = await create(url);
      prepared.push({ contender, database, rounds: [], append: await prepareAppend(contender, scenario, settings.writers) });
    }
    for (let round = 0; round < settings.rounds; round++) {
      // Rotate the order each round so that no contender always runs first or last.
      for (let i = 0; i < prepared.length; i++) {
        const entry = prepared[(i + round) % prepared.length];
        await context.server.checkpoint();
        const result = await runClosedLoop({
          writers: settings.writers,
          warmupMs: settings.warmupMs,
          durationMs: settings.roundMs,
          operation: entry.append,
          serverCpu: () => context.server.cpu(),
        });
        entry.rounds.push(result);
        context.log(
          `  round ${round + 1}  (${entry.contender.key}) ${entry.contender.name.padEnd(34)} ` +
            `${format.int(perSecond(result)).padStart(7)} appends/s  p50 ${format.ms(percentile(result.latenciesMs, 50))} ms` +
            `  p99 ${format.ms(percentile(result.latenciesMs, 99))} ms` +
            `  PG CPU ${format.micros(microsecondsPerOperation(result, result.serverCores))} us/append` +
            `  other load ${format.cores(otherCores(result))}` +
            `${result.errors ? `  ERRORS ${result.errors}: ${String(result.firstError)}` : ''}`,
        );
      }
    }
    return prepared.map(({ contender, rounds }) => ({ contender, rounds, total: mergeRuns(rounds) }));
  } finally {
    for (const { contender, database } of prepared) {
      await contender.close().catch(() => undefined);
      await context.server.dropDatabase(database).catch(() => undefined);
    }
  }
}

type Append = (writer: number, n: number) => Promise<void>;

/**
 * The operation each writer repeats. New-stream scenarios use a fresh stream per append; existing-stream
 * scenarios first create EXISTING_STREAMS streams (one event each, not timed) and give each writer its
 * own share of them, so that the expected revision is always right and there are no conflicts.
 */
async function prepareAppend(contender: AppendContender, scenario: Scenario, writers: number): Promise<Append> {
  const count = scenario.eventsPerAppend;
  if (!scenario.existing) {
    return () => {
      const stream = `marac_case-${randomUUID()}`;
      return contender.appendNew(stream, maracEvents(stream, count));
    };
  }
  const streams = Array.from({ length: EXISTING_STREAMS }, () => `marac_case-${randomUUID()}`);
  const eventsSoFar = new Array<number>(EXISTING_STREAMS).fill(0);
  await Promise.all(
    Array.from({ length: writers }, async (_, w) => {
      for (let i = w; i < EXISTING_STREAMS; i += writers) {
        await contender.appendNew(streams[i], maracEvents(streams[i], 1));
        eventsSoFar[i] = 1;
      }
    }),
  );
  const perWriter = Math.ceil(EXISTING_STREAMS / writers);
  return async (writer, n) => {
    let index = writer + writers * (n % perWriter);
    if (index >= EXISTING_STREAMS) index = writer;
    const stream = streams[index];
    await contender.appendAt(stream, maracEvents(stream, count), eventsSoFar[index]);
    eventsSoFar[index] += count;
  };
}

function render(results: Map<Scenario, Measured[]>, settings: Settings): string {
  const bytes = payloadBytes();
  const seconds = (settings.rounds * settings.roundMs) / 1000;
  const method = [
    `${settings.writers} concurrent writers (async loops in one Node.js process, each starting its next append when`,
    `the previous one returns), a pool of ${POOL_SIZE} connections per store, one fresh database per store on the same`,
    `server. Each store ran ${settings.rounds} round(s) of ${settings.warmupMs / 1000} s warm-up + ${settings.roundMs / 1000} s measured`,
    `(${seconds} s measured in all), interleaved with the others in rotating order, after a CHECKPOINT.`,
    `Events are MARAC \`FurtherIncidentReported\`-shaped: ${bytes.data} bytes of data JSON and ${bytes.metadata} bytes of`,
    `metadata JSON per event, the same for every store. "Existing stream" appends go round-robin over`,
    `${EXISTING_STREAMS.toLocaleString('en-GB')} streams created beforehand, with the exact expected revision.`,
    '',
    '- **(a)** `PostgresEventStore` of this project: `appendToStream` = one prepared `INSERT` whose shape follows the',
    '  expectation (the unique index on stream and revision enforces it at write time), plus an in-memory wake-up',
    '  and at most one `pg_notify` per 50 ms for other processes.',
    '- **(b)** Emmett `getPostgreSQLEventStore(url)` (`@event-driven-io/emmett-postgresql`): `appendToStream` with',
    '  `expectedStreamVersion` (0n for a new stream): BEGIN, `emt_append_to_stream`, COMMIT.',
    '- **(c)** Ceiling: a plain `INSERT` of the same columns (stream_name, stream_revision, event_id, type, data, metadata)',
    '  into a table whose only index is the identity primary key (global sequence); a 5-row `VALUES` list for 5 events;',
    '  a named (prepared) statement, so parsed and planned once per connection. It checks nothing.',
    '',
    '"PG CPU" and "client CPU" are the CPU time the PostgreSQL server\'s processes and this Node.js process spent',
    "per append (from /proc; the server's only when it is the embedded one): on this CPU-bound machine they are",
    'steadier than appends/s. "Other load" is busy CPU (in cores) used by neither during the measured window.',
  ].join('\n');

  const rows: string[][] = [];
  const ratios: string[][] = [];
  let maxOther = 0;
  for (const [scenario, measured] of results) {
    for (const { contender, rounds, total } of measured) {
      rows.push([
        scenario.label,
        `(${contender.key}) ${contender.name}`,
        format.int(perSecond(total)),
        format.int(perSecond(total) * scenario.eventsPerAppend),
        format.ms(percentile(total.latenciesMs, 50)),
        format.ms(percentile(total.latenciesMs, 99)),
        rounds.map((r) => format.int(perSecond(r))).join(' / '),
        String(total.errors),
        format.micros(microsecondsPerOperation(total, total.serverCores)),
        format.micros(microsecondsPerOperation(total, total.clientCores)),
        format.cores(otherCores(total)),
      ]);
      maxOther = Math.max(maxOther, ...rounds.map((r) => otherCores(r) ?? 0));
    }
    const total = (key: string) => measured.find((m) => m.contender.key === key)!.total;
    const rate = (key: string) => perSecond(total(key));
    /** PostgreSQL + client CPU per append: what appends/s would be on a machine with nothing else running. */
    const cpu = (key: string) => {
      const t = total(key);
      return t.serverCores === undefined ? undefined : (t.serverCores + t.clientCores) / perSecond(t);
    };
    const cpuRatio = (other: string) => {
      const mine = cpu('a');
      const theirs = cpu(other);
      return mine === undefined || theirs === undefined ? Number.NaN : theirs / mine;
    };
    const vsEmmett = rate('a') / rate('b');
    const vsCeiling = rate('a') / rate('c');
    ratios.push([
      scenario.label,
      format.ratio(vsEmmett),
      vsEmmett >= GOAL_VS_EMMETT ? 'met' : '**not met**',
      format.ratio(vsCeiling),
      vsCeiling >= GOAL_VS_CEILING ? 'met' : '**not met**',
      format.ratio(cpuRatio('b')),
      format.ratio(cpuRatio('c')),
    ]);
  }
  const figures = table(
    [
      'Scenario',
      'Store',
      'Appends/s',
      'Events/s',
      'p50 ms',
      'p99 ms',
      'Appends/s per round',
      'Errors',
      'PG CPU µs/append',
      'Client CPU µs/append',
      'Other load',
    ],
    rows,
    ['l', 'l', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r'],
  );
  const goals = table(
    [
      'Scenario',
      '(a)/(b)',
      `Goal (a)/(b) >= ${GOAL_VS_EMMETT.toFixed(1)}`,
      '(a)/(c)',
      `Goal (a)/(c) >= ${GOAL_VS_CEILING}`,
      '(a)/(b) by CPU',
      '(a)/(c) by CPU',
    ],
    ratios,
    ['l', 'r', 'l', 'r', 'l', 'r', 'r'],
  );
  const noise =
    maxOther > 0.25
      ? `\n**Note:** other programs kept up to ${maxOther.toFixed(2)} of the machine's cores busy during some rounds, so ` +
        'appends/s in those rounds are lower than on an idle machine; compare the per-round figures and CPU per append.\n'
      : '';
  const goalsIntro =
    'Ratios of appends per second, and issue 5\'s goals. The "by CPU" columns compare PostgreSQL + client CPU ' +
    "per append instead (the other store's divided by ours): what the ratio of appends/s would be on a machine " +
    'where this benchmark is the only thing running, since the runs are CPU-bound.';
  return `${method}\n\n${figures}\n${noise}\n${goalsIntro}\n\n${goals}\n`;
}
