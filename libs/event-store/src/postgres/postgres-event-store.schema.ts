/**
 * The PostgreSQL event store's schema. Applied idempotently at start-up by `migrateEventStore`; the
 * event log is not a TypeORM read model, so it has its own DDL.
 *
 * - `transaction_id` (xid8) lets readers of the global log skip nothing: see readAll.
 * - One unique index per invariant: (stream_name, stream_revision) is the optimistic-concurrency
 *   check, event_id the idempotency check.
 * - The append itself is one prepared INSERT per expectation (append-statement.ts).
 * - `es_lock_streams_unchanged`: the check of the streams an append read, in that INSERT (below).
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
-- The newest event of a category in one lookup (headPosition: readiness lag from positions, not counts).
CREATE INDEX IF NOT EXISTS es_events_category_log_order ON es_events (category, transaction_id, global_position);

-- Every read of the log is a short index scan. Before statistics catch up with a growing log, PostgreSQL
-- planned the live read of its tail as a parallel scan, and starting the workers took 5-20 ms a read
-- (the read itself: 0.02 ms). Changed only when missing: altering the table takes a lock.
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_class WHERE oid = 'es_events'::regclass AND 'parallel_workers=0' = ANY (coalesce(reloptions, '{}'))) THEN
    ALTER TABLE es_events SET (parallel_workers = 0);
  END IF;
END $$;

-- The append used to be a plpgsql function; it is now one INSERT per expectation (append-statement.ts).
DROP FUNCTION IF EXISTS es_append(text, text, bigint, uuid[], text[], integer[], jsonb[], jsonb[]);

-- For an append on streams it read (append-statement.ts): holds the appended stream's lock and, shared, the
-- read streams' (transaction-level advisory locks keyed (hashtext('es_stream'), hashtext(stream)), which every
-- append takes on its own stream), all in key order so that two such appends never deadlock; then answers
-- whether each read stream is still at the revision read (-1: absent). The check is a query of its own in a
-- VOLATILE function, so under READ COMMITTED it sees what committed while the locks were awaited, which the
-- INSERT's own snapshot, taken before, would not; and no append to those streams can commit until this
-- transaction does.
CREATE OR REPLACE FUNCTION es_lock_streams_unchanged(appended text, read_streams text[], read_revisions bigint[])
RETURNS boolean LANGUAGE plpgsql VOLATILE AS $fn$
DECLARE
  wanted record;
  unchanged boolean;
BEGIN
  IF current_setting('transaction_isolation') <> 'read committed' THEN
    RAISE EXCEPTION 'an append on unchanged streams runs under READ COMMITTED: its check must see what committed while it waited';
  END IF;
  FOR wanted IN
    SELECT lock_key, bool_or(exclusive) AS exclusive
    FROM (SELECT hashtext(appended) AS lock_key, true AS exclusive
          UNION ALL
          SELECT hashtext(s.stream), false FROM unnest(read_streams) AS s(stream)) AS streams
    GROUP BY lock_key
    ORDER BY lock_key
  LOOP
    IF wanted.exclusive THEN
      PERFORM pg_advisory_xact_lock(hashtext('es_stream'), wanted.lock_key);
    ELSE
      PERFORM pg_advisory_xact_lock_shared(hashtext('es_stream'), wanted.lock_key);
    END IF;
  END LOOP;
  SELECT NOT EXISTS (
    SELECT 1 FROM unnest(read_streams, read_revisions) AS r(stream, revision)
    WHERE coalesce((SELECT max(stream_revision) FROM es_events WHERE stream_name = r.stream), -1) <> r.revision
  ) INTO unchanged;
  RETURN unchanged;
END
$fn$;
`;
