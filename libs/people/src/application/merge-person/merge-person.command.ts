import { CallerCommand } from '@app/access';

export interface MergePersonInput {
  /** The duplicate record. */
  personId: string;
  /** The record it is the same person as (of the same partnership). */
  intoPersonId: string;
  /** Why: free text, stored as personal data. */
  reason: string;
}

export interface PersonMergeResult {
  personId: string;
  /** The person the record now reads as (itself after an unmerge). */
  canonicalPersonId: string;
  /** The merge ledger's revision. */
  revision: number;
}

/**
 * Two records of one partnership are one person: `personId` (and what was merged into it) reads as
 * `intoPersonId`'s person in every context from now on. Contexts follow through their process managers
 * (MARAC decides the victim's repeats again on the merged history).
 */
export class MergePersonCommand extends CallerCommand<MergePersonInput, PersonMergeResult> {}

/** Undoes a merge: `personId` is its own person again, and contexts follow. */
export class UnmergePersonCommand extends CallerCommand<{ personId: string; reason: string }, PersonMergeResult> {}
