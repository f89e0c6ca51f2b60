import { Query } from '@nestjs/cqrs';
import { CallerQuery } from '@app/access';
import type { PersonIdentity } from '../../domain/index.js';
import type { PersonGroup, ResolvedPerson } from '../people-records.js';

/**
 * What another context's handler asks before it records a person id: the canonical person (following
 * merges) if the caller's partnerships hold them, else 404 with the same body as for an id nobody holds.
 * With `partnershipId`, the person must be that partnership's (the record being written is); with
 * `withIdentity`, the canonical record's identity comes too (null once erased), for a record that keeps
 * its own copy of what it was told.
 */
export class ResolvePersonQuery extends CallerQuery<
  { personId: string; partnershipId?: string; withIdentity?: boolean },
  ResolvedPerson & { identity?: PersonIdentity | null }
> {}

/**
 * The same for system work (process managers, upgrades) that already knows the partnership: every record
 * that reads as the person, and the merge ledger at the revision read (`mergesRead`). A person id the
 * partnership does not hold answers itself alone.
 */
export class PersonGroupQuery extends Query<PersonGroup> {
  constructor(readonly input: { partnershipId: string; personId: string }) {
    super();
  }
}

/**
 * System work and readers that show many records at once: each of these person ids as the person it
 * reads as in the partnership (merges followed; ids the partnership's ledger never merged answer themselves).
 */
export class CanonicalPersonIdsQuery extends Query<Record<string, string>> {
  constructor(readonly input: { partnershipId: string; personIds: readonly string[] }) {
    super();
  }
}
