import type { DataSource, EntityManager } from 'typeorm';
import { START, type EventCodec, type EventStore, type Position } from '@app/event-store';
import type { Projection } from './projection.js';
import { ensureCheckpoint, moveCheckpoint, readCheckpoint } from './checkpoints.js';

export interface RebuildOptions {
  batchSize?: number;
  /**
   * Longest the swap waits for a lock (on a live table, which readers in open transactions hold, or on the
   * checkpoint row) before it rolls back and tries again after a pause. While it waits, new readers of the
   * table queue behind it, so this is how long they can be held up; it is also how long the server goes on
   * waiting for a rebuild that has been killed, since a backend waiting for a lock does not notice that its
   * client has gone. Default 2 s.
   */
  swapLockTimeoutMs?: number;
  /** How long the swap keeps trying before the rebuild fails. Default 10 minutes. */
  swapDeadlineMs?: number;
  /** Called after every batch with the events replayed so far and the total known at the start. */
  onProgress?: (done: number, total: number) => void;
}

export interface RebuildResult {
  events: number;
  position: Position;
}

/**
 * Replays the whole log into fresh copies of the projection's tables in a scratch schema while the
 * live tables keep serving, then swaps them in: in one transaction that holds the checkpoint row (so
 * the live runner pauses), it applies the last events, replaces each live table with its copy and
 * moves the checkpoint. Readers see the old tables until that commit and the new ones after it. The swap
 * never waits long for a lock (see `swapLockTimeoutMs`): it starts again instead.
 */
export async function rebuildProjection(
  dataSource: DataSource,
  store: EventStore,
  codec: EventCodec,
  projection: Projection,
  options: RebuildOptions = {},
): Promise<RebuildResult> {
  const batchSize = options.batchSize ?? 2000;
  const scratch = `rebuild_${projection.name}`;
  const guard = dataSource.createQueryRunner();
  await guard.connect();
  try {
    const [{ locked }] = await guard.query('SELECT pg_try_advisory_lock(hashtextextended($1, 0)) AS locked', [
      `rebuild:${projection.name}`,
    ]);
    if (!locked) throw new Error(`a rebuild of ${projection.name} is already running`);
    await ensureCheckpoint(dataSource, projection.name);
    await createScratchTables(dataSource, scratch, projection.tables);

    const total = await store.countEventsAfter(START, projection.filter, Number.MAX_SAFE_INTEGER);
    let position: Position = START;
    let done = 0;
    const replay = async (manager: EntityManager, untilEnd: boolean): Promise<void> => {
      for (;;) {
        const page = await store.readAll({ after: position, maxCount: batchSize, filter: projection.filter });
        if (page.events.length) {
          await manager.query(`SET LOCAL search_path TO ${scratch}, public`);
          await projection.apply(await codec.decode(page.events), manager);
          await manager.query('SET LOCAL search_path TO public');
        }
        position = page.lastPosition;
        done += page.events.length;
        options.onProgress?.(done, Math.max(total, done));
        if (page.isEnd || !untilEnd) return;
      }
    };

    // Bulk of the history: one transaction per batch, so a huge log never makes one huge transaction.
    for (;;) {
      const before = done;
      await dataSource.transaction((manager) => replay(manager, false));
      if (done === before) break;
    }

    const lockTimeoutMs = Math.max(1, Math.floor(options.swapLockTimeoutMs ?? 2000));
    const deadline = Date.now() + (options.swapDeadlineMs ?? 10 * 60_000);
    for (;;) {
      const [from, replayed] = [position, done];
      try {
        await dataSource.transaction(async (manager) => {
          await manager.query(`SET LOCAL lock_timeout = ${lockTimeoutMs}`);
          await manager.query('SELECT position FROM projection_checkpoints WHERE name = $1 FOR UPDATE', [projection.name]);
          await replay(manager, true);
          for (const table of projection.tables) {
            await manager.query(`DROP TABLE public.${quoteIdent(table)}`);
            await manager.query(`ALTER TABLE ${scratch}.${quoteIdent(table)} SET SCHEMA public`);
          }
          await manager.query(`DROP SCHEMA ${scratch}`);
          await moveCheckpoint(manager, projection.name, position);
        });
        break;
      } catch (error) {
        // Rolled back whole: the tail is replayed again on the next attempt.
        [position, done] = [from, replayed];
        if (!isLockTimeout(error) || Date.now() > deadline) throw error;
        await new Promise((resolve) => setTimeout(resolve, Math.min(lockTimeoutMs, 500)));
      }
    }
    return { events: done, position: await readCheckpoint(dataSource.manager, projection.name) };
  } finally {
    await guard.query(`DROP SCHEMA IF EXISTS ${scratch} CASCADE`).catch(() => undefined);
    await guard.query('SELECT pg_advisory_unlock_all()').catch(() => undefined);
    await guard.release();
  }
}

/**
 * Empty copies of the live tables (columns, defaults, constraints, indexes) in the scratch schema,
 * with each index renamed to its live twin's name so that migrations still find it after the swap.
 */
async function createScratchTables(dataSource: DataSource, scratch: string, tables: readonly string[]): Promise<void> {
  await dataSource.query(`DROP SCHEMA IF EXISTS ${scratch} CASCADE`);
  await dataSource.query(`CREATE SCHEMA ${scratch}`);
  for (const table of tables) {
    await dataSource.query(`CREATE TABLE ${scratch}.${quoteIdent(table)} (LIKE public.${quoteIdent(table)} INCLUDING ALL)`);
    const live = await indexesOf(dataSource, 'public', table);
    const copies = await indexesOf(dataSource, scratch, table);
    for (const copy of copies) {
      const twin = live.find((index) => index.shape === copy.shape);
      if (twin && twin.name !== copy.name) {
        await dataSource.query(`ALTER INDEX ${scratch}.${quoteIdent(copy.name)} RENAME TO ${quoteIdent(twin.name)}`);
      }
    }
  }
}

/** Index names with their definitions stripped of name and schema, to pair a copy with its original. */
async function indexesOf(dataSource: DataSource, schema: string, table: string): Promise<{ name: string; shape: string }[]> {
  const rows: { name: string; definition: string }[] = await dataSource.query(
    `SELECT indexname AS name, indexdef AS definition FROM pg_indexes WHERE schemaname = $1 AND tablename = $2 ORDER BY indexname`,
    [schema, table],
  );
  return rows.map((row) => ({
    name: row.name,
    shape: row.definition.replace(/INDEX \S+ ON \S+/, 'INDEX ON'),
  }));
}

/** PostgreSQL's lock_not_available (lock_timeout expired), as pg or TypeORM report it. */
function isLockTimeout(error: unknown): boolean {
  const { code, driverError } = (error ?? {}) as { code?: unknown; driverError?: { code?: unknown } };
  return code === '55P03' || driverError?.code === '55P03';
}

function quoteIdent(name: string): string {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`unexpected table name: ${name}`);
  return name;
}
