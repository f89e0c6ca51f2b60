import pg from 'pg';
import { isConnectionError } from '@app/platform';
import { EventStoreUnavailableError, WrongExpectedVersionError } from '../errors.js';
import type {
  AppendOptions,
  AppendResult,
  EventMetadata,
  EventStore,
  EventToAppend,
  ExpectedRevision,
  FoldableEvent,
  LogFilter,
  ReadAllOptions,
  ReadAllResult,
  ReadStreamOptions,
  RecordedEvent,
  StreamRevision,
  SubscribeOptions,
  Subscription,
} from '../event-store.port.js';
import { START, type Position } from '../position.js';
import { CatchUpSubscription } from '../catch-up-subscription.js';
import { EVENT_STORE_SCHEMA_SQL } from './postgres-event-store.schema.js';
import { LogWakeUps } from './log-wake-ups.js';
import { appendStatement } from './append-statement.js';
import { SharedLogReads } from './shared-log-reads.js';

const UNIQUE_VIOLATION = '23505';

interface AppendedRow {
  stream_revision: string;
  transaction_text: string;
  global_position: string;
}
/** Appends with `any` / `stream_exists` that lose a race for the next revision simply try again. */
const MAX_RACE_RETRIES = 10;

interface EventRow {
  global_position: string;
  /** xid8 as text; aliased so that ORDER BY transaction_id still sorts by the xid8 column, not the text. */
  transaction_text: string;
  stream_name: string;
  stream_revision: string;
  event_id: string;
  event_type: string;
  schema_version: number;
  data: unknown;
  metadata: EventMetadata;
  /** recorded_at in milliseconds since the epoch: a number parses in a fraction of the time a timestamptz's text does. */
  recorded_ms: number;
}

type FoldableRow = Pick<EventRow, 'stream_name' | 'stream_revision' | 'event_type' | 'schema_version' | 'data'> & { command_id: string };

const EVENT_COLUMNS =
  'global_position, transaction_id::text AS transaction_text, stream_name, stream_revision, event_id, event_type, schema_version, data, metadata, (extract(epoch FROM recorded_at) * 1000)::float8 AS recorded_ms';

export interface PostgresEventStoreOptions {
  /** How often a subscription polls when no wake-up arrives (LISTEN/NOTIFY is only a hint). */
  pollIntervalMs?: number;
}

export class PostgresEventStore implements EventStore {
  private readonly wakeUps: LogWakeUps;
  private readonly sharedReads = new SharedLogReads((options) => this.readAllAlone(options));
  private readonly pollIntervalMs: number;

  constructor(
    private readonly pool: pg.Pool,
    options: PostgresEventStoreOptions = {},
  ) {
    this.pollIntervalMs = options.pollIntervalMs ?? 1000;
    this.wakeUps = new LogWakeUps(pool);
  }

  /** Creates the event tables and the append function if they are missing. Safe to run concurrently. */
  static async migrate(pool: pg.Pool): Promise<void> {
    const client = await pool.connect();
    try {
      // Serialise concurrent start-ups: CREATE ... IF NOT EXISTS is not safe against itself.
      await client.query('SELECT pg_advisory_lock(hashtext($1))', ['es_schema_migration']);
      await client.query(EVENT_STORE_SCHEMA_SQL);
    } finally {
      await client.query('SELECT pg_advisory_unlock(hashtext($1))', ['es_schema_migration']).catch(() => undefined);
      client.release();
    }
  }

  async appendToStream(
    streamName: string,
    events: readonly EventToAppend[],
    { expectedRevision, unchangedStreams = [] }: AppendOptions,
  ): Promise<AppendResult> {
    if (events.length === 0) throw new Error('appendToStream needs at least one event');
    if (new Set(events.map((e) => e.eventId)).size !== events.length) {
      throw new Error('the events of one append need distinct event ids');
    }
    const statement = appendStatement(streamName, events, expectedRevision, unchangedStreams);
    for (let attempt = 0; ; attempt++) {
      let rows: AppendedRow[] = [];
      let raced = false;
      try {
        rows = (await this.pool.query<AppendedRow>(statement)).rows;
      } catch (error) {
        if ((error as { code?: string }).code !== UNIQUE_VIOLATION) throw translate(error);
        raced = true;
      }
      if (rows.length > 0) {
        this.wakeUps.notify(streamName);
        const last = rows.reduce((a, b) => (Number(b.stream_revision) > Number(a.stream_revision) ? b : a));
        return {
          nextExpectedRevision: Number(last.stream_revision),
          position: { commit: BigInt(last.transaction_text), prepare: BigInt(last.global_position) },
        };
      }
      // Nothing was written: these events are stored already (a retried command), another writer took
      // the revision first, the stream is not where the writer expected, or a stream it read has moved.
      const stored = await this.storedResult(events.map((e) => e.eventId));
      if (stored) return stored;
      if (raced && (expectedRevision === 'any' || expectedRevision === 'stream_exists') && attempt < MAX_RACE_RETRIES) continue;
      // A stream never returns to a revision it has passed, so one found moved now had moved at write time.
      const moved = await this.firstMoved(unchangedStreams);
      if (moved) throw moved;
      throw new WrongExpectedVersionError(streamName, expectedRevision, await this.currentRevision(streamName));
    }
  }

  /** The first of the streams read that is no longer at the revision read, as the error its append fails with. */
  private async firstMoved(streams: readonly StreamRevision[]): Promise<WrongExpectedVersionError | undefined> {
    if (streams.length === 0) return undefined;
    const { rows } = await this.query<{ stream_name: string; revision: string }>(
      `SELECT r.stream_name, coalesce((SELECT max(stream_revision) FROM es_events WHERE stream_name = r.stream_name), -1) AS revision
       FROM unnest($1::text[]) WITH ORDINALITY AS r(stream_name, ord) ORDER BY r.ord`,
      [streams.map((s) => s.streamName)],
    );
    const index = streams.findIndex((s, i) => Number(rows[i].revision) !== s.revision);
    if (index === -1) return undefined;
    return new WrongExpectedVersionError(streams[index].streamName, expectedOf(streams[index]), Number(rows[index].revision));
  }

  /** The outcome of an earlier append of these event ids, if it happened. */
  private async storedResult(eventIds: string[]): Promise<AppendResult | undefined> {
    const { rows } = await this.query<{ revision: string | null; commit: string | null; prepare: string | null }>(
      `SELECT max(stream_revision) AS revision, max(transaction_id)::text AS commit, max(global_position) AS prepare
       FROM es_events WHERE event_id = ANY ($1::uuid[])`,
      [eventIds],
    );
    const row = rows[0];
    if (row.revision === null) return undefined;
    return { nextExpectedRevision: Number(row.revision), position: { commit: BigInt(row.commit!), prepare: BigInt(row.prepare!) } };
  }

  async readStream(streamName: string, options: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
    // Every command reads its stream: prepared once per connection (one parse and plan), as the append is.
    const { rows } = await this.query<EventRow>(
      `SELECT ${EVENT_COLUMNS} FROM es_events WHERE stream_name = $1 AND stream_revision >= $2
       ORDER BY stream_revision LIMIT $3`,
      [streamName, options.fromRevision ?? 0, options.maxCount ?? null],
      'es_read_stream',
    );
    return rows.map(toRecordedEvent);
  }

  async readStreams(streamNames: readonly string[]): Promise<Map<string, RecordedEvent[]>> {
    const streams = new Map(streamNames.map((name) => [name, [] as RecordedEvent[]]));
    if (streams.size === 0) return streams;
    const { rows } = await this.query<EventRow>(
      `SELECT ${EVENT_COLUMNS} FROM es_events WHERE stream_name = ANY($1::text[]) ORDER BY stream_name, stream_revision`,
      [[...streams.keys()]],
    );
    for (const row of rows) streams.get(row.stream_name)!.push(toRecordedEvent(row));
    return streams;
  }

  async readStreamsToFold(streamNames: readonly string[]): Promise<Map<string, FoldableEvent[]>> {
    const streams = new Map(streamNames.map((name) => [name, [] as FoldableEvent[]]));
    if (streams.size === 0) return streams;
    // Every command reads its stream this way: prepared once per connection, and no column the fold does not use.
    const { rows } = await this.query<FoldableRow>(
      `SELECT stream_name, stream_revision, event_type, schema_version, data, metadata->>'commandId' AS command_id
       FROM es_events WHERE stream_name = ANY($1::text[]) ORDER BY stream_name, stream_revision`,
      [[...streams.keys()]],
      'es_read_streams_to_fold',
    );
    for (const row of rows) {
      streams.get(row.stream_name)!.push({
        revision: Number(row.stream_revision),
        type: row.event_type,
        schemaVersion: row.schema_version,
        data: row.data,
        commandId: row.command_id,
      });
    }
    return streams;
  }

  /** Reads that arrive together (followers woken by one append) share one query: SharedLogReads. */
  readAll(options: ReadAllOptions): Promise<ReadAllResult> {
    return this.sharedReads.read(options);
  }

  /**
   * Reads the global log in (transaction id, sequence) order, and only below the oldest transaction
   * still running: a sequence value is taken before commit, so an event whose transaction commits
   * late would otherwise land behind a reader that has already moved past it.
   */
  private async readAllAlone({ after = START, maxCount, filter }: ReadAllOptions): Promise<ReadAllResult> {
    const categories = filter?.categories?.length ? filter.categories : null;
    const { rows } = await this.query<EventRow>(
      `SELECT ${EVENT_COLUMNS} FROM es_events
       WHERE (transaction_id, global_position) > ($1::xid8, $2::bigint)
         AND transaction_id < pg_snapshot_xmin(pg_current_snapshot())
         AND ($3::text[] IS NULL OR category = ANY ($3::text[]))
       ORDER BY transaction_id, global_position
       LIMIT $4`,
      [xidParam(after), after.prepare.toString(), categories, maxCount],
    );
    const events = rows.map(toRecordedEvent);
    return {
      events,
      lastPosition: events.length ? events[events.length - 1].position : after,
      isEnd: events.length < maxCount,
    };
  }

  subscribeToAll(options: SubscribeOptions): Subscription {
    return new CatchUpSubscription(this, options, {
      pollIntervalMs: this.pollIntervalMs,
      waitForWakeUp: (signal) => this.wakeUps.next(signal, options.filter),
    });
  }

  /** One index lookup per category (es_events_category_log_order), newest first. */
  async headPosition(filter: LogFilter | undefined): Promise<Position> {
    const categories = filter?.categories?.length ? filter.categories : null;
    const { rows } = await this.query<{ commit: string; prepare: string }>(
      categories
        ? `SELECT head.transaction_id::text AS commit, head.global_position AS prepare
           FROM unnest($1::text[]) AS wanted(category)
           CROSS JOIN LATERAL (
             SELECT transaction_id, global_position FROM es_events
             WHERE category = wanted.category
             ORDER BY transaction_id DESC, global_position DESC LIMIT 1) AS head
           ORDER BY head.transaction_id DESC, head.global_position DESC LIMIT 1`
        : `SELECT transaction_id::text AS commit, global_position AS prepare FROM es_events
           ORDER BY transaction_id DESC, global_position DESC LIMIT 1`,
      categories ? [categories] : [],
    );
    return rows.length ? { commit: BigInt(rows[0].commit), prepare: BigInt(rows[0].prepare) } : START;
  }

  async countEventsAfter(after: Position | undefined, filter: LogFilter | undefined, cap: number): Promise<number> {
    const from = after ?? START;
    const categories = filter?.categories?.length ? filter.categories : null;
    const { rows } = await this.query<{ count: number }>(
      `SELECT count(*)::int AS count FROM (
         SELECT 1 FROM es_events
         WHERE (transaction_id, global_position) > ($1::xid8, $2::bigint)
           AND ($3::text[] IS NULL OR category = ANY ($3::text[]))
         LIMIT $4) AS pending`,
      [xidParam(from), from.prepare.toString(), categories, cap],
    );
    return rows[0].count;
  }

  async close(): Promise<void> {
    await this.wakeUps.close();
  }

  private async currentRevision(streamName: string): Promise<number> {
    const { rows } = await this.query<{ revision: string }>(
      'SELECT coalesce(max(stream_revision), -1) AS revision FROM es_events WHERE stream_name = $1',
      [streamName],
    );
    return Number(rows[0].revision);
  }

  /** `name`: a prepared statement of that name (each connection parses and plans it once). */
  private async query<Row extends pg.QueryResultRow>(text: string, params: unknown[], name?: string): Promise<pg.QueryResult<Row>> {
    try {
      return await this.pool.query<Row>({ text, values: params, name });
    } catch (error) {
      throw translate(error);
    }
  }
}

/** A stream read at -1 was expected to stay absent. */
function expectedOf({ revision }: StreamRevision): ExpectedRevision {
  return revision === -1 ? 'no_stream' : revision;
}

/** xid8 has no negative values; the start of the log is "after transaction 0". */
function xidParam(position: Position): string {
  return position.commit < 0n ? '0' : position.commit.toString();
}

function translate(error: unknown): unknown {
  if (isConnectionError(error)) return new EventStoreUnavailableError('the event store database is unavailable', { cause: error });
  return error;
}

function toRecordedEvent(row: EventRow): RecordedEvent {
  return {
    streamName: row.stream_name,
    revision: Number(row.stream_revision),
    position: { commit: BigInt(row.transaction_text), prepare: BigInt(row.global_position) },
    eventId: row.event_id,
    type: row.event_type,
    schemaVersion: row.schema_version,
    data: row.data,
    metadata: row.metadata,
    recordedAt: new Date(row.recorded_ms),
  };
}
