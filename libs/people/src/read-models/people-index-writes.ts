import type { EntityManager } from 'typeorm';

/** A person's index as of one revision of their stream; `tokens` null once their data is erased (unreadable). */
export interface IndexedPerson {
  personId: string;
  partnershipId: string;
  revision: number;
  tokens: readonly string[] | null;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Writes people's index rows: the directory row, and the tokens replaced, only where this revision is newer
 * than the one applied (the projection and the registering handler both write, in either order) and the
 * person is not erased. Three statements in the caller's transaction.
 */
export async function writePeopleIndex(manager: EntityManager, people: readonly IndexedPerson[]): Promise<void> {
  const latest = new Map<string, IndexedPerson>();
  for (const person of people) if ((latest.get(person.personId)?.revision ?? -1) < person.revision) latest.set(person.personId, person);
  if (latest.size === 0) return;
  const rows = [...latest.values()];
  const changed = await manager.query<{ person_id: string }[]>(
    `INSERT INTO people_directory (person_id, partnership_id, revision, erased)
     SELECT person_id, partnership_id, revision, erased
     FROM unnest($1::uuid[], $2::text[], $3::int[], $4::boolean[]) AS batch(person_id, partnership_id, revision, erased)
     ON CONFLICT (person_id) DO UPDATE SET revision = excluded.revision, erased = excluded.erased
     WHERE people_directory.revision < excluded.revision AND NOT people_directory.erased
     RETURNING person_id`,
    [rows.map((r) => r.personId), rows.map((r) => r.partnershipId), rows.map((r) => r.revision), rows.map((r) => r.tokens === null)],
  );
  if (changed.length === 0) return;
  const ids = changed.map((row) => row.person_id);
  await manager.query('DELETE FROM people_search_tokens WHERE person_id = ANY($1::uuid[])', [ids]);
  const tokenRows = ids.flatMap((id) => (latest.get(id)?.tokens ?? []).map((token) => [token, id] as const));
  if (tokenRows.length === 0) return;
  await manager.query(
    `INSERT INTO people_search_tokens (token, person_id)
     SELECT * FROM unnest($1::bigint[], $2::uuid[]) ON CONFLICT DO NOTHING`,
    [tokenRows.map(([token]) => token), tokenRows.map(([, id]) => id)],
  );
}

/** Removes erased people's tokens and marks them erased (subject ids that are not person ids are ignored). */
export async function erasePeopleIndex(manager: EntityManager, subjectIds: readonly string[]): Promise<void> {
  const ids = subjectIds.filter((id) => UUID.test(id));
  if (ids.length === 0) return;
  await manager.query('UPDATE people_directory SET erased = true WHERE person_id = ANY($1::uuid[])', [ids]);
  await manager.query('DELETE FROM people_search_tokens WHERE person_id = ANY($1::uuid[])', [ids]);
}
