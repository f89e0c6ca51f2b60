import { getPostgreSQLEventStore } from '@event-driven-io/emmett-postgresql';
import pg from 'pg';
import { PostgresEventStore, type EventToAppend } from '@app/event-store';

/**
 * The three stores of benchmark 1, behind one shape. Every contender gets the same events (same ids,
 * types, data and metadata) and a pool of the same size; only the way each stores them differs.
 */
export interface AppendContender {
  key: 'a' | 'b' | 'c';
  name: string;
  /** Appends to a stream that must not exist yet (the store's own "no stream" expectation). */
  appendNew(stream: string, events: readonly EventToAppend[]): Promise<void>;
  /** Appends after the stream's `eventsSoFar` events, expecting exactly that revision. */
  appendAt(stream: string, events: readonly EventToAppend[], eventsSoFar: number): Promise<void>;
  close(): Promise<void>;
}

/** node-postgres' default pool size, which is also what Emmett's pool (dumbo) uses. */
export const POOL_SIZE = 10;

function newPool(url: string): pg.Pool {
  const pool = new pg.Pool({ connectionString: url, max: POOL_SIZE });
  // An idle connection closed by the server (the database being dropped) must not crash the run.
  pool.on('error', () => undefined);
  return pool;
}

/** (a) This project's PostgresEventStore: one prepared INSERT per append. */
export async function ourEventStore(url: string): Promise<AppendContender> {
  const pool = newPool(url);
  await PostgresEventStore.migrate(pool);
  const store = new PostgresEventStore(pool);
  return {
    key: 'a',
    name: 'PostgresEventStore (this project)',
    async appendNew(stream, events) {
      await store.appendToStream(stream, events, { expectedRevision: 'no_stream' });
    },
    async appendAt(stream, events, eventsSoFar) {
      await store.appendToStream(stream, events, { expectedRevision: eventsSoFar - 1 });
    },
    async close() {
      await store.close();
      await pool.end();
    },
  };
}

/**
 * (b) Emmett's PostgreSQL event store, as its documentation sets it up. Emmett counts stream versions
 * from 1 and uses 0n for "no stream" (enforced by the insert into its streams table); our metadata
 * (which carries the event id) becomes Emmett's message metadata, with the event id as its messageId.
 */
export async function emmettEventStore(url: string): Promise<AppendContender> {
  // Emmett would create the same pool itself (dumbo: a pg.Pool with the default size); handing it in
  // lets the benchmark end it before dropping the database.
  const pool = newPool(url);
  const store = getPostgreSQLEventStore(url, { connectionOptions: { pool } });
  await store.schema.migrate();
  const toEmmett = (events: readonly EventToAppend[]) =>
    events.map((e) => ({
      type: e.type,
      data: e.data as Record<string, unknown>,
      metadata: { ...e.metadata, messageId: e.eventId },
    }));
  return {
    key: 'b',
    name: 'Emmett PostgreSQL event store',
    async appendNew(stream, events) {
      await store.appendToStream(stream, toEmmett(events), { expectedStreamVersion: 0n });
    },
    async appendAt(stream, events, eventsSoFar) {
      await store.appendToStream(stream, toEmmett(events), { expectedStreamVersion: BigInt(eventsSoFar) });
    },
    async close() {
      await store.close();
      await pool.end();
    },
  };
}

const CEILING_SCHEMA = `
CREATE TABLE bench_events (
  global_position bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  stream_name     text NOT NULL,
  stream_revision bigint NOT NULL,
  event_id        uuid NOT NULL,
  type            text NOT NULL,
  data            jsonb NOT NULL,
  metadata        jsonb NOT NULL
)`;

/**
 * (c) The ceiling: a plain INSERT of the same columns into a table whose only index is the global
 * sequence's primary key, as a prepared statement. No expectation is checked and nothing else is
 * written; one statement per append (a multi-row VALUES list for several events).
 */
export async function plainInsert(url: string): Promise<AppendContender> {
  const pool = newPool(url);
  await pool.query(CEILING_SCHEMA);
  const statements = new Map<number, string>();
  const statementFor = (count: number) => {
    let text = statements.get(count);
    if (!text) {
      const rows = Array.from({ length: count }, (_, i) => {
        const p = i * 6;
        return `($${p + 1}, $${p + 2}, $${p + 3}, $${p + 4}, $${p + 5}, $${p + 6})`;
      });
      text = `INSERT INTO bench_events (stream_name, stream_revision, event_id, type, data, metadata) VALUES ${rows.join(', ')}`;
      statements.set(count, text);
    }
    return text;
  };
  const insert = async (stream: string, events: readonly EventToAppend[], firstRevision: number) => {
    const params = events.flatMap((e, i) => [
      stream,
      firstRevision + i,
      e.eventId,
      e.type,
      JSON.stringify(e.data),
      JSON.stringify(e.metadata),
    ]);
    // A named (prepared) statement: parsed and planned once per connection, the best a plain INSERT
    // can do from node-postgres, so that it really is the ceiling.
    await pool.query({ name: `bench_insert_${events.length}`, text: statementFor(events.length), values: params });
  };
  return {
    key: 'c',
    name: 'plain INSERT (ceiling)',
    appendNew: (stream, events) => insert(stream, events, 0),
    appendAt: (stream, events, eventsSoFar) => insert(stream, events, eventsSoFar),
    async close() {
      await pool.end();
    },
  };
}
