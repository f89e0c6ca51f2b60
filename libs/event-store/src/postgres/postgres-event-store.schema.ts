/**
 * The PostgreSQL event store's schema. Applied idempotently at start-up by `migrateEventStore`; the
 * event log is not a TypeORM read model, so it has its own DDL.
 *
 * - `transaction_id` (xid8) lets readers of the global log skip nothing: see readAll.
 * - One unique index per invariant: (stream_name, stream_revision) is the optimistic-concurrency
 *   check, event_id the idempotency check.
 * - `es_append` does the whole append in one call (one round trip, no read-before-write from Node).
 */
export const EVENT_STORE_SCHEMA_SQL = /* sql */ `
CREATE TABLE IF NOT EXISTS es_events (
  global_position bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  transaction_id  xid8 NOT NULL DEFAULT pg_current_xact_id(),
  stream_name     text NOT NULL,
  category        text NOT NULL,
  stream_revision bigint NOT NULL,
  event_id        uuid NOT NULL,
  event_type      text NOT NULL,
  schema_version  integer NOT NULL,
  data            jsonb NOT NULL,
  metadata        jsonb NOT NULL,
  recorded_at     timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT es_events_stream_revision_key UNIQUE (stream_name, stream_revision),
  CONSTRAINT es_events_event_id_key UNIQUE (event_id)
);
CREATE INDEX IF NOT EXISTS es_events_log_order ON es_events (transaction_id, global_position);

-- p_expected: >= 0 exact revision, -1 no stream, -2 any, -4 stream exists (EventStoreDB's encoding).
-- outcome: 'appended', 'duplicate' (these event ids are stored already: an idempotent retry),
-- 'wrong_expected_version' (next_revision then holds the actual revision, -1 for no stream).
CREATE OR REPLACE FUNCTION es_append(
  p_stream text, p_category text, p_expected bigint,
  p_ids uuid[], p_types text[], p_versions integer[], p_data jsonb[], p_metadata jsonb[]
) RETURNS TABLE (outcome text, next_revision bigint, commit_position text, prepare_position bigint)
LANGUAGE plpgsql AS $$
DECLARE
  v_current bigint;
BEGIN
  IF EXISTS (SELECT 1 FROM es_events WHERE event_id = p_ids[1]) THEN
    RETURN QUERY
      SELECT 'duplicate'::text, max(e.stream_revision), max(e.transaction_id)::text, max(e.global_position)
      FROM es_events e WHERE e.event_id = ANY (p_ids);
    RETURN;
  END IF;

  SELECT coalesce(max(e.stream_revision), -1) INTO v_current FROM es_events e WHERE e.stream_name = p_stream;
  IF (p_expected >= 0 AND v_current <> p_expected)
     OR (p_expected = -1 AND v_current <> -1)
     OR (p_expected = -4 AND v_current = -1) THEN
    RETURN QUERY SELECT 'wrong_expected_version'::text, v_current, NULL::text, NULL::bigint;
    RETURN;
  END IF;

  -- A concurrent writer that read the same v_current fails here on es_events_stream_revision_key:
  -- the unique index, not the check above, is what enforces the expectation at write time.
  RETURN QUERY
    WITH inserted AS (
      INSERT INTO es_events (stream_name, category, stream_revision, event_id, event_type, schema_version, data, metadata)
      SELECT p_stream, p_category, v_current + e.ord, e.id, e.type, e.version, e.data, e.metadata
      FROM unnest(p_ids, p_types, p_versions, p_data, p_metadata) WITH ORDINALITY
        AS e(id, type, version, data, metadata, ord)
      RETURNING stream_revision, transaction_id, global_position
    )
    SELECT 'appended'::text, max(i.stream_revision), max(i.transaction_id)::text, max(i.global_position) FROM inserted i;
END;
$$;
`;
