import type { DomainEvent } from '@app/domain';

/**
 * The alert rules' copy of a partnership's people merges (`alert_watch_merges-<partnershipId>`), noted by the
 * alert rules' process manager from the people ledger's `PersonMergedInto` / `PersonUnmerged` in log order,
 * each stamped with the ledger event's log position (`at`). A check reads the merges before its own event's
 * position, so the merge group it looks at is the one at that point in the log, on a replay too (the people
 * ledger is read as it is now by everyone else). Ids only: the merge's reason stays in the people ledger.
 */
export const WATCH_MERGES_STREAM_CATEGORY = 'alert_watch_merges';

/** `personId`'s records read as `intoPersonId`'s person from `at` on. */
export type WatchedPeopleMerged = DomainEvent<
  'AlertWatchPeopleMerged',
  { partnershipId: string; personId: string; intoPersonId: string; at: string }
>;

/** The merge of `personId` into `fromPersonId` undone at `at`. */
export type WatchedPeopleUnmerged = DomainEvent<
  'AlertWatchPeopleUnmerged',
  { partnershipId: string; personId: string; fromPersonId: string; at: string }
>;

export type WatchMergesEvent = WatchedPeopleMerged | WatchedPeopleUnmerged;

export const watchMergesEventTypes = {
  AlertWatchPeopleMerged: 1,
  AlertWatchPeopleUnmerged: 1,
} as const satisfies Record<WatchMergesEvent['type'], number>;
