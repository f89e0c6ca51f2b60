import type { EventToAppend, ExpectedRevision } from '../event-store.port.js';
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
 * The append as one INSERT, its shape chosen by the expectation, so the common path is one round trip
 * of one prepared statement. The unique index on (stream_name, stream_revision) enforces the
 * expectation at write time: two writers that read the same revision cannot both insert the next one.
 * An INSERT that returns no row, or fails on a unique index, is resolved by the caller (an idempotent
 * retry if the event ids are stored already, otherwise a wrong expected version).
 */
export function appendStatement(streamName: string, events: readonly EventToAppend[], expected: ExpectedRevision): AppendStatement {
  const { kind, base, guard } = expectation(expected);
  const head = [streamName, categoryOf(streamName)];
  const extra = typeof expected === 'number' ? [expected] : [];
  const columns = 'stream_name, category, stream_revision, event_id, event_type, schema_version, data, metadata';
  const returning = 'RETURNING stream_revision, transaction_id::text AS transaction_text, global_position';

  if (events.length <= MAX_VALUES_ROWS) {
    const rows = events.map((_, i) => {
      const p = head.length + extra.length + i * 5;
      return `($${p + 1}::uuid, $${p + 2}::text, $${p + 3}::int, $${p + 4}::jsonb, $${p + 5}::jsonb, ${i + 1})`;
    });
    return {
      name: `es_append_${kind}_${events.length}`,
      text: `INSERT INTO es_events (${columns})
        SELECT $1, $2, ${base} + e.ord, e.id, e.type, e.version, e.data, e.metadata
        FROM (VALUES ${rows.join(', ')}) AS e(id, type, version, data, metadata, ord)
        ${guard} ${returning}`,
      values: [
        ...head,
        ...extra,
        ...events.flatMap((e) => [e.eventId, e.type, e.schemaVersion, JSON.stringify(e.data), JSON.stringify(e.metadata)]),
      ],
    };
  }
  const p = head.length + extra.length;
  return {
    name: `es_append_${kind}_many`,
    text: `INSERT INTO es_events (${columns})
      SELECT $1, $2, ${base} + e.ord, e.id, e.type, e.version, e.data, e.metadata
      FROM unnest($${p + 1}::uuid[], $${p + 2}::text[], $${p + 3}::int[], $${p + 4}::jsonb[], $${p + 5}::jsonb[]) WITH ORDINALITY
        AS e(id, type, version, data, metadata, ord)
      ${guard} ${returning}`,
    values: [
      ...head,
      ...extra,
      events.map((e) => e.eventId),
      events.map((e) => e.type),
      events.map((e) => e.schemaVersion),
      events.map((e) => JSON.stringify(e.data)),
      events.map((e) => JSON.stringify(e.metadata)),
    ],
  };
}

const CURRENT = 'coalesce((SELECT max(stream_revision) FROM es_events WHERE stream_name = $1), -1)';

/** The first event's revision minus one, and the condition the stream must meet. */
function expectation(expected: ExpectedRevision): { kind: string; base: string; guard: string } {
  switch (expected) {
    case 'no_stream':
      return { kind: 'new', base: '-1', guard: '' };
    case 'any':
      return { kind: 'any', base: CURRENT, guard: '' };
    case 'stream_exists':
      return { kind: 'exists', base: CURRENT, guard: 'WHERE EXISTS (SELECT 1 FROM es_events WHERE stream_name = $1)' };
    default:
      if (!Number.isInteger(expected) || expected < 0) throw new Error(`invalid expected revision: ${expected}`);
      return {
        kind: 'exact',
        base: '$3::bigint',
        guard: 'WHERE EXISTS (SELECT 1 FROM es_events WHERE stream_name = $1 AND stream_revision = $3::bigint)',
      };
  }
}
