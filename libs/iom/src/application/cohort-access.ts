import { assertCallerMayAccess, noteAudit, type Caller } from '@app/access';
import { NotFoundError } from '@app/domain';
import { deriveId, streamName, type CommandExecutor } from '@app/event-store';
import { IOM_COHORT_STREAM_CATEGORY, IOM_OFFENDER_STREAM_CATEGORY, iomCohortDecider, type RegisteredCohort } from '../domain/index.js';
import { COHORT_NOT_FOUND } from './not-found-messages.js';

export function cohortStream(cohortId: string): string {
  return streamName(IOM_COHORT_STREAM_CATEGORY, cohortId);
}

/** A person's record on a cohort has one id per (cohort, canonical person), stable across re-adoptions. */
export function offenderIdOf(cohortId: string, personId: string): string {
  return deriveId(cohortId, `iom_offender/${personId}`);
}

export function offenderStream(offenderId: string): string {
  return streamName(IOM_OFFENDER_STREAM_CATEGORY, offenderId);
}

/** The cohort as the caller may act on it: 404 for none and for another partnership's (the same answer). */
export async function admitCohort(
  executor: CommandExecutor,
  caller: Caller,
  cohortId: string,
): Promise<RegisteredCohort & { revision: number }> {
  const { state, revision } = await executor.load(cohortStream(cohortId), iomCohortDecider);
  if (state.status !== 'registered') throw new NotFoundError(COHORT_NOT_FOUND);
  noteAudit({ recordKind: 'iom_cohort', recordId: cohortId, partnershipId: state.partnershipId });
  assertCallerMayAccess(caller, state.partnershipId, COHORT_NOT_FOUND);
  return { ...state, revision };
}
