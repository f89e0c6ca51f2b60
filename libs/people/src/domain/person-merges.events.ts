import type { DomainEvent, PersonalData } from '@app/domain';

/**
 * The partnership's merge ledger (`person_merges-<partnershipId>`): which person records were found to be
 * one person. One stream per partnership is the consistency boundary of the merge forest (no cycles, a
 * record merged once at a time) and lets every context find a person's whole group with one read; merges
 * are rare, so it stays short.
 */
export const PERSON_MERGES_STREAM_CATEGORY = 'person_merges';

/** Free text written about a person. */
export interface MergeReason {
  text: string;
}

/** `personId` (the duplicate) is the same person as `intoPersonId`: its records read as that person's. */
export type PersonMergedInto = DomainEvent<
  'PersonMergedInto',
  {
    personId: string;
    intoPersonId: string;
    partnershipId: string;
    /** Why (free text, may name people): under the duplicate's key. */
    reason: PersonalData<MergeReason>;
    /** The user who merged them. */
    by: string;
  }
>;

/** A merge undone: `personId` is its own person again (with the records merged into it). */
export type PersonUnmerged = DomainEvent<
  'PersonUnmerged',
  {
    personId: string;
    fromPersonId: string;
    partnershipId: string;
    reason: PersonalData<MergeReason>;
    by: string;
  }
>;

export type PersonMergesEvent = PersonMergedInto | PersonUnmerged;

export const personMergesEventTypes = {
  PersonMergedInto: 1,
  PersonUnmerged: 1,
} as const satisfies Record<PersonMergesEvent['type'], number>;
