import type { QueryBus } from '@nestjs/cqrs';
import type { CommandExecutor } from '@app/event-store';
import { PersonGroupQuery } from '@app/people';
import { iomOffenderDecider } from '../domain/index.js';
import { offenderIdOf, offenderStream } from './cohort-access.js';

/** The record on a cohort that a person's commands and reads go to, and the person id it is kept under. */
export interface OffenderRecordRef {
  offenderId: string;
  /** The person record the cohort record was started under (the canonical one, or a record merged into it). */
  personId: string;
}

/**
 * A person's record on a cohort, following the partnership's people merges: the canonical person's own
 * record when there is one, else the record of a duplicate merged into them (their adoption and offences
 * follow the surviving person), else a new record under the canonical id. `canonicalPersonId` is what
 * ResolvePersonQuery answered. An unmerge needs nothing: the duplicate's record is keyed by its own id.
 */
export async function offenderRecordOf(
  executor: CommandExecutor,
  queryBus: QueryBus,
  cohort: { cohortId: string; partnershipId: string },
  canonicalPersonId: string,
): Promise<OffenderRecordRef> {
  const own = { offenderId: offenderIdOf(cohort.cohortId, canonicalPersonId), personId: canonicalPersonId };
  const { recordIds } = await queryBus.execute(new PersonGroupQuery({ partnershipId: cohort.partnershipId, personId: canonicalPersonId }));
  const merged = recordIds.filter((id) => id !== canonicalPersonId);
  if (merged.length === 0) return own;
  const known = async (ref: OffenderRecordRef) =>
    (await executor.load(offenderStream(ref.offenderId), iomOffenderDecider)).state.status === 'known';
  if (await known(own)) return own;
  for (const personId of merged) {
    const ref = { offenderId: offenderIdOf(cohort.cohortId, personId), personId };
    if (await known(ref)) return ref;
  }
  return own;
}
