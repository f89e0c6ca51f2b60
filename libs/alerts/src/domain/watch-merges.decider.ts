import { assertNever, type Decider } from '@app/domain';
import type { PersonMergesEvent, PersonMergesState } from '@app/people';
import type { WatchMergesEvent } from './watch-merges.events.js';

/** One merge or unmerge as the alert rules noted it: `intoPersonId` null for an unmerge. */
export interface WatchMergeChange {
  personId: string;
  intoPersonId: string | null;
  at: string;
}

export interface WatchMergesState {
  /** In log order (the order the ledger's events were read in). */
  changes: WatchMergeChange[];
}

export interface NoteWatchMerge {
  type: 'NoteWatchMerge';
  change: WatchMergesEvent;
}

/**
 * A partnership's merges as the alert rules saw them in the log: it only records, once per ledger event
 * (the same position and record: a replay, or the event noted twice, appends nothing).
 */
export const watchMergesDecider: Decider<NoteWatchMerge, WatchMergesState, WatchMergesEvent> = {
  initialState: () => ({ changes: [] }),

  evolve(state, event) {
    switch (event.type) {
      case 'AlertWatchPeopleMerged':
        return { changes: [...state.changes, { personId: event.data.personId, intoPersonId: event.data.intoPersonId, at: event.data.at }] };
      case 'AlertWatchPeopleUnmerged':
        return { changes: [...state.changes, { personId: event.data.personId, intoPersonId: null, at: event.data.at }] };
      default:
        return assertNever(event);
    }
  },

  decide({ change }, state) {
    const noted = state.changes.some((c) => c.at === change.data.at && c.personId === change.data.personId);
    return noted ? [] : [change];
  },
};

/**
 * The merge forest after `changes` (the people context's shape, so its `personGroupOf` and
 * `canonicalPersonId` read it): the caller passes the changes before the point in the log it asks about.
 */
export function mergeForestOf(changes: readonly WatchMergeChange[]): PersonMergesState {
  const mergedInto = new Map<string, string>();
  for (const change of changes) {
    if (change.intoPersonId === null) mergedInto.delete(change.personId);
    else mergedInto.set(change.personId, change.intoPersonId);
  }
  return { mergedInto };
}

/** The alert rules' note of a people-ledger event at log position `at` (ids only: the reason stays in the ledger). */
export function watchMergeOf(event: PersonMergesEvent, at: string): WatchMergesEvent {
  const { partnershipId, personId } = event.data;
  switch (event.type) {
    case 'PersonMergedInto':
      return { type: 'AlertWatchPeopleMerged', data: { partnershipId, personId, intoPersonId: event.data.intoPersonId, at } };
    case 'PersonUnmerged':
      return { type: 'AlertWatchPeopleUnmerged', data: { partnershipId, personId, fromPersonId: event.data.fromPersonId, at } };
    default:
      return assertNever(event);
  }
}
