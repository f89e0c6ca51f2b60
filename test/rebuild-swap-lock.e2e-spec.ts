import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { createTestDatabase, type TestDatabase } from '@app/testing';
import { historyProjections, openAppContext, snapshotTables, type AppContext } from './support/app-context.js';
import { appendMaracHistory } from './support/marac-history.js';
import { exited, startNode } from './support/processes.js';

/**
 * A rebuild's swap needs an exclusive lock on each live table, so it waits for transactions that have read
 * the table (a long report, an idle-in-transaction connection), and while it waits every new reader of the
 * table queues behind it, and it holds the projection's checkpoint row, so the live runner stops too.
 *
 * - Killed there (SIGKILL, or Ctrl-C on a rebuild that seems stuck), the rebuild's server backend does not
 *   notice that its client has gone while it waits for a lock: it kept waiting, kept the checkpoint row
 *   and kept the readers queued for as long as the reader's transaction stayed open.
 * - Not killed, it kept readers queued for as long as that transaction lasted.
 *
 * The swap therefore waits at most a short lock timeout at a time and starts the swap transaction again
 * after a pause: readers are held up for at most that timeout, and a dead rebuild's backend gives up on
 * its own.
 */
describe('rebuild swap waiting for a lock on a live table', () => {
  let database: TestDatabase;
  let dataDir: string;
  let context: AppContext;
  let monitor: pg.Client;
  let projector: ReturnType<typeof startNode>;
  const clients: pg.Client[] = [];
  const readers: pg.Client[] = [];
  const rebuilds: ReturnType<typeof startNode>[] = [];

  const env = () => ({ DATABASE_URL: database.url, DATA_DIR: dataDir, LOG_LEVEL: 'warn' });
  const connect = async () => {
    const client = new pg.Client({ connectionString: database.url, application_name: 'swap-lock-test' });
    client.on('error', () => undefined);
    await client.connect();
    clients.push(client);
    return client;
  };
  /** A reader in the middle of a transaction that has read the case list (as a long report query would be). */
  const openReader = async () => {
    const reader = await connect();
    await reader.query('BEGIN');
    await reader.query('SELECT count(*) FROM marac_case_list');
    readers.push(reader);
    return reader;
  };
  /** The server process of a session waiting for the exclusive lock on the live case list (the swap's DROP TABLE). */
  const swapWaiting = async (rebuild: ReturnType<typeof startNode>): Promise<number> => {
    for (;;) {
      const { rows } = await monitor.query<{ pid: number }>(
        `SELECT l.pid FROM pg_locks l JOIN pg_class c ON c.oid = l.relation JOIN pg_namespace n ON n.oid = c.relnamespace
         WHERE n.nspname = 'public' AND c.relname = 'marac_case_list' AND l.mode = 'AccessExclusiveLock' AND NOT l.granted`,
      );
      if (rows.length > 0) return rows[0].pid;
      if (rebuild.exitCode !== null) throw new Error(`the rebuild ended (${rebuild.exitCode}) before its swap:\n${rebuild.output()}`);
      await sleep(5);
    }
  };
  /** How long a fresh reader takes to read the case list (`limitMs` when it gives up waiting). */
  const timedRead = async (limitMs: number): Promise<number> => {
    const client = await connect();
    await client.query(`SET statement_timeout = ${limitMs}`);
    const started = Date.now();
    try {
      await client.query('SELECT count(*) FROM marac_case_list');
      return Date.now() - started;
    } catch {
      return limitMs;
    } finally {
      await client.end();
    }
  };
  const rebuild = (...args: string[]) => {
    const child = startNode('dist/apps/cli/src/rebuild.js', env(), args);
    rebuilds.push(child);
    return child;
  };

  beforeAll(async () => {
    database = await createTestDatabase();
    dataDir = await mkdtemp(path.join(tmpdir(), 'safer-panels-swap-'));
    context = await openAppContext(database.url, dataDir);
    await appendMaracHistory(context.store, context.codec, { seed: 'swap-lock', events: 2000 });
    monitor = await connect();
    projector = startNode('dist/apps/projector/src/main.js', env());
    await context.service.waitUntilCaughtUp(60_000);
  });
  afterEach(async () => {
    // A failed test must not leave its long reader or its rebuild to the next one.
    for (const reader of readers.splice(0)) await reader.query('ROLLBACK').catch(() => undefined);
    for (const child of rebuilds.splice(0)) {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      await exited(child);
    }
  });
  afterAll(async () => {
    for (const client of clients) await client.end().catch(() => undefined);
    projector?.kill('SIGTERM');
    if (projector) await exited(projector);
    await context?.close();
    await database?.drop();
  });

  it('killed while waiting, leaves neither readers nor the projector blocked behind it', async () => {
    const reader = await openReader();
    const rebuilding = rebuild('marac_case_list');
    const orphan = await swapWaiting(rebuilding);
    rebuilding.kill('SIGKILL');
    await exited(rebuilding);

    // The reader's transaction is still open. The dead rebuild's backend gives up by itself...
    await waitFor(
      async () => (await monitor.query('SELECT 1 FROM pg_stat_activity WHERE pid = $1', [orphan])).rows.length === 0,
      8_000,
      "the killed rebuild's backend still waits for the lock",
    );
    // ...other readers are served...
    expect(await timedRead(5_000)).toBeLessThan(5_000);
    // ...and the projector goes on applying new events to the case list.
    const late = await appendMaracHistory(context.store, context.codec, { seed: 'swap-lock-late', events: 1 });
    await context.service.waitUntilCaughtUp(10_000);
    const { rows } = await monitor.query('SELECT case_id FROM marac_case_list WHERE case_id = ANY($1::text[])', [late.cases]);
    expect(rows).toHaveLength(late.cases.length);
    await reader.query('COMMIT');

    // The live tables are what the log says: a rebuild to the end changes no row (of the history's projections:
    // the projector's alert rules may still be appending alerts of their own).
    const live = await snapshotTables(monitor, historyProjections(context.projections));
    const full = rebuild('--all');
    expect({ exit: await exited(full), output: full.output() }).toMatchObject({ exit: 0 });
    expect(await snapshotTables(monitor, historyProjections(context.projections))).toEqual(live);
  });

  it('not killed, waits for a long reader without holding other readers up, then swaps', async () => {
    const reader = await openReader();
    const rebuilding = rebuild('marac_case_list');
    await swapWaiting(rebuilding);
    const reads: number[] = [];
    const until = Date.now() + 3_000;
    while (Date.now() < until) reads.push(await timedRead(4_000));
    expect(rebuilding.exitCode).toBeNull(); // still trying
    await reader.query('COMMIT');
    expect({ exit: await exited(rebuilding), output: rebuilding.output() }).toMatchObject({ exit: 0 });
    expect(Math.max(...reads)).toBeLessThan(4_000);
    await context.service.waitUntilCaughtUp(10_000);
  });
});

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

async function waitFor(check: () => Promise<boolean>, timeoutMs: number, message: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(message);
    await sleep(50);
  }
}
