import type { EventToAppend, ExpectedRevision, StreamRevision } from '../event-store.port.js';
import { categoryOf } from '../stream-name.js';

export interface AppendStatement {
  /** Prepared-statement name: each connection parses and plans each shape once. */
  name: string;
  text: string;
  values: unknown[];
}

/** Up to this many events an append binds one parameter per column; beyond it, arrays and unnest. */
const MAX_VALUES_ROWS = 10;

/**
 * Every append holds its stream's lock (a transaction-level advisory lock, in a key space of its own) until
 * it commits; an append on unchanged streams also holds theirs, shared, and checks them once it does
 * (`es_lock_streams_unchanged`, postgres-event-store.schema.ts). The lock is taken before any row is written.
 */
const STREAM_LOCK = `SELECT true AS unchanged FROM pg_advisory_xact_lock(hashtext('es_stream'), hashtext($1::text))`;

/**
 * The append as one INSERT, its shape chosen by the expectation, so the common path is one round trip
 * of one prepared statement. The unique index on (stream_name, stream_revision) enforces the
 * expectation at write time: two writers that read the same revision cannot both insert the next one.
 * Streams the writer read (`unchangedStreams`) are checked in the same statement, under their locks, so no
 * append to them can commit between the check and this one's commit. An INSERT that returns no row, or
 * fails on a unique index, is resolved by the caller (an idempotent retry if the event ids are stored
 * already, otherwise a wrong expected version).
 */
export function appendStatement(
  streamName: string,
  events: readonly EventToAppend[],
  expected: ExpectedRevision,
  unchangedStreams: readonly StreamRevision[] = [],
): AppendStatement {
  const values: unknown[] = [streamName, categoryOf(streamName)];
  const bind = (value: unknown): string => `$${values.push(value)}`;
  const { kind, base, guard } = expectation(expected, bind);
  const lock =
    unchangedStreams.length === 0
      ? STREAM_LOCK
      : `SELECT es_lock_streams_unchanged($1::text, ${bind(unchangedStreams.map((s) => s.streamName))}::text[], ${bind(
          unchangedStreams.map((s) => requireReadRevision(s)),
        )}::bigint[]) AS unchanged`;
  const shape = `${kind}${unchangedStreams.length === 0 ? '' : '_unchanged'}`;
  const where = ['locked.unchanged', ...(guard ? [guard] : [])].join(' AND ');
  const columns = 'stream_name, category, stream_revision, event_id, event_type, schema_version, data, metadata';
  const returning = 'RETURNING stream_revision, transaction_id::text AS transaction_text, global_position';

  let source: string;
  if (events.length <= MAX_VALUES_ROWS) {
    const rows = events.map(
      (e, i) =>
        `(${bind(e.eventId)}::uuid, ${bind(e.type)}::text, ${bind(e.schemaVersion)}::int, ${bind(JSON.stringify(e.data))}::jsonb, ${bind(
          JSON.stringify(e.metadata),
        )}::jsonb, ${i + 1})`,
    );
    source = `(VALUES ${rows.join(', ')}) AS e(id, type, version, data, metadata, ord)`;
  } else {
    source = `unnest(${bind(events.map((e) => e.eventId))}::uuid[], ${bind(events.map((e) => e.type))}::text[], ${bind(
      events.map((e) => e.schemaVersion),
    )}::int[], ${bind(events.map((e) => JSON.stringify(e.data)))}::jsonb[], ${bind(events.map((e) => JSON.stringify(e.metadata)))}::jsonb[])
        WITH ORDINALITY AS e(id, type, version, data, metadata, ord)`;
  }
  return {
    name: `es_append_${shape}_${events.length <= MAX_VALUES_ROWS ? events.length : 'many'}`,
    text: `WITH locked AS MATERIALIZED (${lock})
      INSERT INTO es_events (${columns})
      SELECT $1, $2, ${base} + e.ord, e.id, e.type, e.version, e.data, e.metadata
      FROM ${source} CROSS JOIN locked
      WHERE ${where} ${returning}`,
    values,
  };
}

function requireReadRevision({ streamName, revision }: StreamRevision): number {
  if (!Number.isInteger(revision) || revision < -1) throw new Error(`invalid revision ${revision} read of stream ${streamName}`);
  return revision;
}

const CURRENT = 'coalesce((SELECT max(stream_revision) FROM es_events WHERE stream_name = $1), -1)';

/** The first event's revision minus one, and the condition the stream must meet. */
function expectation(expected: ExpectedRevision, bind: (value: unknown) => string): { kind: string; base: string; guard: string | null } {
  switch (expected) {
    case 'no_stream':
      return { kind: 'new', base: '-1', guard: null };
    case 'any':
      return { kind: 'any', base: CURRENT, guard: null };
    case 'stream_exists':
      return { kind: 'exists', base: CURRENT, guard: 'EXISTS (SELECT 1 FROM es_events WHERE stream_name = $1)' };
    default: {
      if (!Number.isInteger(expected) || expected < 0) throw new Error(`invalid expected revision: ${expected}`);
      const revision = `${bind(expected)}::bigint`;
      return {
        kind: 'exact',
        base: revision,
        guard: `EXISTS (SELECT 1 FROM es_events WHERE stream_name = $1 AND stream_revision = ${revision})`,
      };
    }
  }
}
