import type { DataSource, EntityManager } from 'typeorm';
import {
  matchesLogFilter,
  START,
  unionOfFilters,
  type EventCodec,
  type EventEnvelope,
  type EventStore,
  type Position,
  type ReadAllResult,
} from '@app/event-store';
import type { Projection } from './projection.js';
import { ensureCheckpoint, holdCheckpoints, moveCheckpoint, readCheckpoint } from './checkpoints.js';

export interface RebuildOptions {
  /** Events read, decoded and applied per transaction. Default 5,000. */
  batchSize?: number;
  /**
   * Longest the swap waits for a lock (on a live table, which readers in open transactions hold, or on a
   * checkpoint row) before it rolls back and tries again after a pause. While it waits, new readers of the
   * table queue behind it, so this is how long they can be held up; it is also how long the server goes on
   * waiting for a rebuild that has been killed, since a backend waiting for a lock does not notice that its
   * client has gone. Default 2 s.
   */
  swapLockTimeoutMs?: number;
  /** How long the swap keeps trying before the rebuild fails. Default 10 minutes. */
  swapDeadlineMs?: number;
  /**
   * Work as background work beside live traffic: one database connection busy at a time (the projections
   * written one after another, the next page read only after the current one is written), where the
   * default keeps one connection per projection plus the read-ahead busy at once. Each busy backend gets
   * its fair share of the CPU, so on a small machine a full-speed rebuild takes most of it from commands.
   */
  background?: boolean;
  /**
   * In the background, the share of the time the rebuild keeps its database connection busy (over 0, at
   * most 1): after each page it rests in proportion to how long the page took (read, decode, write), as
   * autovacuum's cost delay does, so that the one backend it keeps busy leaves commands more of a core than
   * its fair share. Default 0.5 (a page's time busy, then as long again at rest); 1 never rests.
   */
  backgroundDuty?: number;
  /** How the rebuild rests between pages in the background, and its clock in milliseconds (tests set both). Default: a timer, `performance.now`. */
  rest?: (ms: number) => Promise<void>;
  now?: () => number;
  /** Called after every batch with the events of the log replayed so far and the total known at the start. */
  onProgress?: (done: number, total: number) => void;
}

export interface RebuildResult {
  /** Events of the log replayed: those that at least one of the projections reads. */
  events: number;
  /** Events each projection was given, by projection name. */
  eventsByProjection: Record<string, number>;
  position: Position;
}

/** One projection's rebuild: where its fresh tables are being built. */
interface Target {
  projection: Projection;
  scratch: string;
}

/** A page of the log, decoded. */
interface DecodedPage {
  page: ReadAllResult;
  envelopes: EventEnvelope[];
}

/** A background duty as `RebuildOptions.backgroundDuty` takes it, or an error saying what it must be. */
export function requireBackgroundDuty(duty: number): number {
  if (!(duty > 0 && duty <= 1)) throw new Error(`the background duty is a share of the time, over 0 and at most 1: got ${duty}`);
  return duty;
}

/** `rebuildProjections` for one projection. */
export function rebuildProjection(
  dataSource: DataSource,
  store: EventStore,
  codec: EventCodec,
  projection: Projection,
  options: RebuildOptions = {},
): Promise<RebuildResult> {
  return rebuildProjections(dataSource, store, codec, [projection], options);
}

/**
 * Replays the whole log into fresh copies of the projections' tables in scratch schemas while the live
 * tables keep serving, then swaps them in: in one transaction that holds the checkpoint rows (so the live
 * runners pause), it applies the last events, replaces each live table with its copy and moves the
 * checkpoints. Readers see the old tables until that commit and the new ones after it. The swap never
 * waits long for a lock (see `swapLockTimeoutMs`): it starts again instead.
 *
 * The log is read and decoded once for all the projections, and the next page is read and decoded while
 * the current one is written, so Node.js and PostgreSQL work at the same time (see the bulk phase below).
 */
export async function rebuildProjections(
  dataSource: DataSource,
  store: EventStore,
  codec: EventCodec,
  projections: readonly Projection[],
  options: RebuildOptions = {},
): Promise<RebuildResult> {
  if (projections.length === 0) throw new Error('name at least one projection to rebuild');
  const batchSize = options.batchSize ?? 5000;
  const duty = requireBackgroundDuty(options.backgroundDuty ?? 0.5);
  const rest = options.rest ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const now = options.now ?? (() => performance.now());
  const targets: Target[] = projections.map((projection) => ({ projection, scratch: `rebuild_${projection.name}` }));
  const names = projections.map((p) => p.name);
  const filter = unionOfFilters(projections.map((p) => p.filter));
  const revealPersonalData = projections.some((p) => p.readsPersonalData ?? true);
  const eventsByProjection: Record<string, number> = Object.fromEntries(names.map((name) => [name, 0]));
  const guard = dataSource.createQueryRunner();
  await guard.connect();
  try {
    for (const name of names) {
      const [{ locked }] = (await guard.query('SELECT pg_try_advisory_lock(hashtextextended($1, 0)) AS locked', [`rebuild:${name}`])) as [
        { locked: boolean },
      ];
      if (!locked) throw new Error(`a rebuild of ${name} is already running`);
    }
    const deferredIndexes: string[] = [];
    for (const { projection, scratch } of targets) {
      await ensureCheckpoint(dataSource, projection.name);
      deferredIndexes.push(...(await createScratchTables(dataSource, scratch, projection.tables)));
    }

    const total = await store.countEventsAfter(START, filter, Number.MAX_SAFE_INTEGER);
    let position: Position = START;
    let done = 0;
    const read = async (after: Position): Promise<DecodedPage> => {
      const page = await store.readAll({ after, maxCount: batchSize, filter });
      return { page, envelopes: await codec.decode(page.events, { revealPersonalData }) };
    };
    const applyTo = async (manager: EntityManager, { projection, scratch }: Target, envelopes: readonly EventEnvelope[]): Promise<void> => {
      const mine = envelopes.filter((envelope) => matchesLogFilter(envelope.streamName, projection.filter));
      if (mine.length === 0) return;
      await manager.query(`SET LOCAL search_path TO ${scratch}, public`);
      await projection.apply(mine, manager);
      await manager.query('SET LOCAL search_path TO public');
      eventsByProjection[projection.name] += mine.length;
    };
    const advance = ({ page }: DecodedPage): void => {
      position = page.lastPosition;
      done += page.events.length;
      options.onProgress?.(done, Math.max(total, done));
    };

    // Bulk of the history: a transaction per page and projection, so a huge log never makes one huge
    // transaction; the projections write side by side on their own connections while the next page is read
    // and decoded. The scratch tables are unlogged and the commits do not wait for the disk: until the swap a
    // crash loses nothing but scratch tables, which the next rebuild recreates anyway. They are made logged
    // (one sequential write each) and their plain indexes built just before the swap.
    const write = (target: Target, envelopes: readonly EventEnvelope[]) =>
      dataSource.transaction(async (manager) => {
        await manager.query('SET LOCAL synchronous_commit TO off');
        await applyTo(manager, target, envelopes);
      });
    const readAhead = !options.background;
    let busySince = now();
    let next: Promise<DecodedPage> | undefined = read(position);
    while (next) {
      const current: DecodedPage = await next;
      const after = current.page.isEnd ? undefined : current.page.lastPosition;
      next = after && readAhead ? read(after) : undefined;
      next?.catch(() => undefined); // if writing fails first, this read's own failure must not go unhandled
      if (current.page.events.length > 0) {
        if (readAhead) await Promise.all(targets.map((target) => write(target, current.envelopes)));
        else for (const target of targets) await write(target, current.envelopes);
        advance(current);
      }
      if (after && !readAhead) {
        if (duty < 1) await rest(((now() - busySince) * (1 - duty)) / duty);
        busySince = now();
        next = read(after);
      }
    }

    // In the background, index builds use no parallel workers (by default two more busy backends).
    if (options.background) await guard.query('SET max_parallel_maintenance_workers = 0');
    for (const { projection, scratch } of targets) {
      for (const table of projection.tables) await guard.query(`ALTER TABLE ${scratch}.${quoteIdent(table)} SET LOGGED`);
    }
    for (const statement of deferredIndexes) await guard.query(statement);

    const lockTimeoutMs = Math.max(1, Math.floor(options.swapLockTimeoutMs ?? 2000));
    const deadline = Date.now() + (options.swapDeadlineMs ?? 10 * 60_000);
    for (;;) {
      const [from, replayed, counts] = [position, done, { ...eventsByProjection }];
      try {
        await dataSource.transaction(async (manager) => {
          await manager.query(`SET LOCAL lock_timeout = ${lockTimeoutMs}`);
          await holdCheckpoints(manager, names);
          for (;;) {
            const tail = await read(position);
            for (const target of targets) await applyTo(manager, target, tail.envelopes);
            advance(tail);
            if (tail.page.isEnd) break;
          }
          for (const { projection, scratch } of targets) {
            for (const table of projection.tables) {
              await manager.query(`DROP TABLE public.${quoteIdent(table)}`);
              await manager.query(`ALTER TABLE ${scratch}.${quoteIdent(table)} SET SCHEMA public`);
            }
            await manager.query(`DROP SCHEMA ${scratch}`);
            await moveCheckpoint(manager, projection.name, position);
          }
        });
        break;
      } catch (error) {
        // Rolled back whole: the tail is replayed again on the next attempt.
        [position, done] = [from, replayed];
        Object.assign(eventsByProjection, counts);
        if (!isLockTimeout(error) || Date.now() > deadline) throw error;
        await new Promise((resolve) => setTimeout(resolve, Math.min(lockTimeoutMs, 500)));
      }
    }
    return { events: done, eventsByProjection, position: await readCheckpoint(dataSource.manager, names[0]) };
  } finally {
    for (const { scratch } of targets) await guard.query(`DROP SCHEMA IF EXISTS ${scratch} CASCADE`).catch(() => undefined);
    await guard.query('SELECT pg_advisory_unlock_all()').catch(() => undefined);
    await guard.query('RESET max_parallel_maintenance_workers').catch(() => undefined); // the pool's next user gets the default
    await guard.release();
  }
}

/**
 * Empty copies of the live tables (columns, defaults, constraints, indexes) in the scratch schema,
 * with each index renamed to its live twin's name so that migrations still find it after the swap.
 * Indexes that enforce nothing (neither primary key nor unique) are dropped again, to be built once
 * after the bulk load rather than kept up to date row by row: returns the statements that rebuild them.
 */
async function createScratchTables(dataSource: DataSource, scratch: string, tables: readonly string[]): Promise<string[]> {
  const deferred: string[] = [];
  await dataSource.query(`DROP SCHEMA IF EXISTS ${scratch} CASCADE`);
  await dataSource.query(`CREATE SCHEMA ${scratch}`);
  for (const table of tables) {
    await dataSource.query(`CREATE UNLOGGED TABLE ${scratch}.${quoteIdent(table)} (LIKE public.${quoteIdent(table)} INCLUDING ALL)`);
    const live = await indexesOf(dataSource, 'public', table);
    const copies = await indexesOf(dataSource, scratch, table);
    for (const copy of copies) {
      const twin = live.find((index) => index.shape === copy.shape);
      if (twin && twin.name !== copy.name) {
        await dataSource.query(`ALTER INDEX ${scratch}.${quoteIdent(copy.name)} RENAME TO ${quoteIdent(twin.name)}`);
      }
    }
    const plain: { name: string; definition: string }[] = await dataSource.query(
      `SELECT c.relname AS name, pg_get_indexdef(i.indexrelid) AS definition
       FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
       WHERE i.indrelid = $1::regclass AND NOT i.indisunique AND NOT i.indisprimary`,
      [`${scratch}.${quoteIdent(table)}`],
    );
    for (const index of plain) {
      await dataSource.query(`DROP INDEX ${scratch}.${quoteIdent(index.name)}`);
      deferred.push(index.definition);
    }
  }
  return deferred;
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
