import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { comparePositions } from '@app/event-store';
import type { Projection } from '@app/projections';
import { serverUrl, createTestDatabase, type TestDatabase } from '@app/testing';
import { historyProjections, openAppContext, snapshotTables, type AppContext } from '../support/app-context.js';
import { appendMaracHistory, mulberry32 } from '../support/marac-history.js';
import { exitOutcome, exited, startNode } from '../support/processes.js';

/**
 * Issue 5, "Projector crash": the rebuild CLI (`rebuild --all`, a real process) is killed with SIGKILL at
 * five random points of a rebuild of 50,000 MARAC events, with the projector process running beside it.
 * After every kill the live tables still answer, unchanged row for row, and their checkpoints have not
 * gone back; the next run is not blocked by what the killed one left (its scratch schema, its locks).
 * Then a rebuild runs to the end while new events keep arriving, the projector catches up, and every
 * read-model table equals, row for row, a clean rebuild of the same events into a fresh database.
 *
 * Kill points are drawn from FAULT_SEED (printed; set it to replay a run) as a fraction of the way through
 * the rebuild, measured by the rows in its scratch tables against the live ones, plus up to 250 ms of jitter
 * so that kills land inside batches, between them, and in the final swap transactions.
 */
const HISTORY_EVENTS = Number(process.env.FAULT_EVENTS ?? 50_000);
const TAIL_EVENTS = 1500;
const KILLS = 5;
const REBUILD = 'dist/apps/cli/src/rebuild.js';
const PROJECTOR = 'dist/apps/projector/src/main.js';

/** A copy of `source` (events, subject keys, empty read models) made with CREATE DATABASE ... TEMPLATE. */
async function cloneDatabase(source: TestDatabase): Promise<TestDatabase> {
  const from = new URL(source.url).pathname.slice(1);
  const name = `${from}_clean`;
  const admin = new pg.Client({ connectionString: serverUrl() });
  await admin.connect();
  try {
    await admin.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()', [from]);
    await admin.query(`CREATE DATABASE ${name} TEMPLATE ${from}`);
  } finally {
    await admin.end();
  }
  const url = new URL(source.url);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const client = new pg.Client({ connectionString: serverUrl() });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).finally(() => client.end());
    },
  };
}

/** The oids of the rebuild scratch schemas there are now (a killed rebuild leaves its own behind). */
async function scratchSchemas(client: pg.Client): Promise<Set<number>> {
  const { rows } = await client.query<{ oid: number }>("SELECT oid::int AS oid FROM pg_namespace WHERE nspname LIKE 'rebuild\\_%'");
  return new Set(rows.map((row) => row.oid));
}

/** Rows in a projection's scratch tables, or null when there is no scratch schema newer than `stale`. */
async function scratchRows(client: pg.Client, projection: Projection, stale: Set<number>): Promise<number | null> {
  const { rows } = await client.query<{ oid: number }>('SELECT oid::int AS oid FROM pg_namespace WHERE nspname = $1', [
    `rebuild_${projection.name}`,
  ]);
  if (rows.length === 0 || stale.has(rows[0].oid)) return null;
  let total = 0;
  for (const table of projection.tables) {
    try {
      total += Number((await client.query(`SELECT count(*)::int AS n FROM rebuild_${projection.name}.${table}`)).rows[0].n);
    } catch {
      return null; // swapped in meanwhile
    }
  }
  return total;
}

/** Index and constraint names and definitions of the live tables: a swap must keep them (migrations name them). */
async function schemaOf(client: pg.Client, tables: readonly string[]): Promise<string[]> {
  const { rows } = await client.query<{ item: string }>(
    `SELECT tablename || ' ' || indexname || ' ' || indexdef AS item FROM pg_indexes WHERE schemaname = 'public' AND tablename = ANY($1::text[])
     UNION ALL
     SELECT conrelid::regclass::text || ' ' || conname || ' ' || pg_get_constraintdef(oid) FROM pg_constraint
     WHERE conrelid IN (SELECT oid FROM pg_class WHERE relnamespace = 'public'::regnamespace AND relname = ANY($1::text[]))
     ORDER BY 1`,
    [tables],
  );
  return rows.map((row) => row.item);
}

/**
 * Reads every live table over and over while rebuilds are killed and swapped: records failed reads, the
 * slowest read, and row counts that differ from `expected` (or, with no expectation, that go down).
 */
function startReader(url: string, tables: readonly string[], expected?: Map<string, number>) {
  const client = new pg.Client({ connectionString: url, application_name: 'fault-test-reader' });
  client.on('error', () => undefined); // the database is dropped under it when a test fails
  const stats = { reads: 0, slowestMs: 0, errors: [] as string[], wrong: [] as string[] };
  const last = new Map<string, number>();
  let running = true;
  const loop = (async () => {
    await client.connect();
    await client.query("SET statement_timeout = '20s'");
    while (running) {
      for (const table of tables) {
        const started = Date.now();
        try {
          const n = Number((await client.query(`SELECT count(*)::int AS n FROM ${table}`)).rows[0].n);
          stats.reads++;
          stats.slowestMs = Math.max(stats.slowestMs, Date.now() - started);
          if (expected && n !== expected.get(table)) stats.wrong.push(`${table}: ${n} rows, expected ${expected.get(table)}`);
          if (!expected && n < (last.get(table) ?? 0)) stats.wrong.push(`${table}: went from ${last.get(table)} to ${n} rows`);
          last.set(table, n);
        } catch (error) {
          stats.errors.push(`${table}: ${(error as Error).message}`);
        }
      }
      await sleep(10);
    }
  })()
    .catch((error: Error) => stats.errors.push(error.message))
    .finally(() => client.end().catch(() => undefined));
  return {
    stats,
    stop: async () => {
      running = false;
      await loop;
      return stats;
    },
  };
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

describe('rebuild process killed at random points (fault test)', () => {
  const seed = Number(process.env.FAULT_SEED ?? Date.now() % 1_000_000_000);
  let live: TestDatabase;
  let clean: TestDatabase | undefined;
  let dataDir: string;
  let context: AppContext | undefined;
  let monitor: pg.Client;
  const children: ReturnType<typeof startNode>[] = [];
  const readers: { stop(): Promise<unknown> }[] = [];
  const timings: Record<string, number> = {};

  const spawn = (script: string, url: string, args: string[] = []) => {
    const child = startNode(script, { DATABASE_URL: url, DATA_DIR: dataDir, LOG_LEVEL: 'warn' }, args);
    children.push(child);
    return child;
  };
  const timed = async <T>(label: string, work: () => Promise<T>): Promise<T> => {
    const started = Date.now();
    try {
      return await work();
    } finally {
      timings[label] = (Date.now() - started) / 1000;
    }
  };

  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), 'safer-panels-fault-'));
    live = await createTestDatabase();
  });
  afterAll(async () => {
    for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    await Promise.all(children.map(exited));
    await Promise.all(readers.map((reader) => reader.stop()));
    await monitor?.end().catch(() => undefined);
    await context?.close();
    await clean?.drop();
    await live?.drop();
  });

  it('leaves the live tables serving and unchanged after each kill, and ends equal to a clean rebuild', async () => {
    // 50,000 MARAC events through the real deciders and codec; then a copy of that database for the clean rebuild.
    context = await openAppContext(live.url, dataDir);
    const history = await timed('write history', () =>
      appendMaracHistory(context!.store, context!.codec, { seed: 'history', events: HISTORY_EVENTS }),
    );
    expect(history.events).toBeGreaterThanOrEqual(HISTORY_EVENTS);
    await context.close();
    clean = await timed('clone database', () => cloneDatabase(live));
    context = await openAppContext(live.url, dataDir);
    const { service } = context;
    // Every projection of the history is compared (not the alerts: the projector's alert rules write them on their own time).
    const projections = historyProjections(context.projections);
    const tables = projections.flatMap((p) => p.tables);
    monitor = new pg.Client({ connectionString: live.url, application_name: 'fault-test-monitor' });
    monitor.on('error', () => undefined);
    await monitor.connect();

    // The projector process builds the live tables; it keeps running (and holding its locks) throughout.
    const projector = spawn(PROJECTOR, live.url);
    await timed('projector catch-up', () => service.waitUntilCaughtUp(300_000));
    const before = await snapshotTables(monitor, projections);
    const beforeSchema = await schemaOf(monitor, tables);
    const beforeCheckpoints = await context.checkpoints();
    const totalLiveRows = tables.reduce((n, table) => n + before[table].length, 0);
    expect(before.marac_case_list).toHaveLength(history.cases.length);

    const random = mulberry32(seed);
    const kills: string[] = [];
    let finishedFirst = 0;
    let killedMidReplay = 0;
    const steady = startReader(live.url, tables, new Map(tables.map((table) => [table, before[table].length])));
    readers.push(steady);
    await timed('killed rebuilds', async () => {
      for (let attempt = 0; kills.length < KILLS; attempt++) {
        if (attempt >= 3 * KILLS) throw new Error(`only ${kills.length} of ${KILLS} rebuilds were killed before they finished`);
        const fraction = random() * 0.99;
        const jitter = Math.floor(random() * 250);
        const stale = await scratchSchemas(monitor);
        const rebuild = spawn(REBUILD, live.url, ['--all']);
        // Wait until this run is `fraction` of the way through (rows in all its scratch tables, which fill
        // together, against the live ones), or past it.
        let scratch: (number | null)[] = [];
        while (rebuild.exitCode === null) {
          scratch = [];
          for (const projection of projections) scratch.push(await scratchRows(monitor, projection, stale));
          if (scratch.reduce<number>((n, rows) => n + (rows ?? 0), 0) >= fraction * totalLiveRows) break;
          await sleep(15);
        }
        await sleep(jitter);
        if (rebuild.exitCode === null) rebuild.kill('SIGKILL');
        await exited(rebuild);
        if (rebuild.signalCode === 'SIGKILL') {
          if (scratch.some((rows) => rows !== null && rows > 0)) killedMidReplay++;
          kills.push(
            `at ${(fraction * 100).toFixed(0)}% + ${jitter} ms (rows in this run's scratch tables: ${scratch.map((r) => r ?? '-').join('/')})`,
          );
        } else {
          // It finished first (a point near the end): it must have succeeded; draw again.
          expect({ exit: rebuild.exitCode, output: rebuild.output() }).toMatchObject({ exit: 0 });
          finishedFirst++;
        }

        // The live tables answer, row for row as before, with their indexes; no checkpoint went back, none is behind.
        expect(await snapshotTables(monitor, projections)).toEqual(before);
        expect(await schemaOf(monitor, tables)).toEqual(beforeSchema);
        const now = await context!.checkpoints();
        for (const [name, position] of beforeCheckpoints) expect(comparePositions(now.get(name)!, position)).toBeGreaterThanOrEqual(0);
        await service.waitUntilCaughtUp(10_000);
      }
    });
    const duringKills = await steady.stop();
    expect(duringKills.errors).toEqual([]);
    expect(duringKills.wrong).toEqual([]);
    expect(killedMidReplay).toBeGreaterThan(0);

    // A rebuild to the end while new cases keep arriving and the projector keeps applying them.
    const growing = startReader(live.url, tables);
    readers.push(growing);
    const tail = appendMaracHistory(context.store, context.codec, { seed: 'tail', events: TAIL_EVENTS, concurrency: 1, pauseMs: 15 });
    const final = spawn(REBUILD, live.url, ['--all']);
    expect({ exit: await timed('final rebuild', () => exited(final)), output: final.output() }).toMatchObject({ exit: 0 });
    await tail;
    await timed('projector after the final rebuild', () => service.waitUntilCaughtUp(60_000));
    const duringFinal = await growing.stop();
    expect(duringFinal.errors).toEqual([]);
    expect(duringFinal.wrong).toEqual([]);
    projector.kill('SIGTERM');
    expect(await exitOutcome(projector)).toBe(0);
    expect(await scratchSchemas(monitor)).toEqual(new Set());
    expect(await schemaOf(monitor, tables)).toEqual(beforeSchema);
    const resumed = await snapshotTables(monitor, projections);
    await context.close();
    context = undefined;

    // The same events into the copy, then one uninterrupted rebuild there.
    const copy = await openAppContext(clean.url, dataDir);
    await appendMaracHistory(copy.store, copy.codec, { seed: 'tail', events: TAIL_EVENTS });
    await copy.close();
    const reference = spawn(REBUILD, clean.url, ['--all']);
    expect({ exit: await timed('clean rebuild', () => exited(reference)), output: reference.output() }).toMatchObject({ exit: 0 });
    const cleanClient = new pg.Client({ connectionString: clean.url });
    await cleanClient.connect();
    const expected = await snapshotTables(cleanClient, projections).finally(() => cleanClient.end());

    for (const table of tables) expect({ table, rows: resumed[table] }).toEqual({ table, rows: expected[table] });
    expect(resumed.marac_case_list.length).toBeGreaterThan(history.cases.length);

    console.log(
      [
        `FAULT_SEED=${seed}: ${history.events} events in ${history.streams} streams (+ a tail of ${TAIL_EVENTS} during the final rebuild), ${projections.length} projections, ${tables.length} tables, ${Object.values(resumed).reduce((n, rows) => n + rows.length, 0)} rows`,
        ...kills.map((kill, i) => `kill ${i + 1}: ${kill}`),
        `rebuilds that finished before their kill point (drawn again): ${finishedFirst}`,
        `live reads during the kills: ${duringKills.reads}, slowest ${duringKills.slowestMs} ms; during the final rebuild: ${duringFinal.reads}, slowest ${duringFinal.slowestMs} ms`,
        `timings (s): ${Object.entries(timings)
          .map(([label, s]) => `${label} ${s.toFixed(1)}`)
          .join(', ')}`,
      ].join('\n'),
    );
  }, 900_000);
});
