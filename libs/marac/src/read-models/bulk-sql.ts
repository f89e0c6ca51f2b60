import type { EntityManager } from 'typeorm';

/**
 * Projections write a whole batch with one statement per kind of change: the rows go in as one JSON
 * parameter and `json_to_recordset` turns them into a relation (json, not jsonb: parsed once, never stored). A rebuild of a million events then costs a
 * few statements per batch, not a round trip per event.
 */
export async function bulk(manager: EntityManager, sql: string, rows: readonly object[]): Promise<void> {
  if (rows.length === 0) return;
  await manager.query(sql, [JSON.stringify(rows)]);
}

/** The id part of a `<category>-<id>` stream name. */
export function streamId(stream: string): string {
  return stream.slice(stream.indexOf('-') + 1);
}
