import { comparePositions, positionFromString, type CommandExecutor } from '@app/event-store';
import type { PersonMergesState } from '@app/people';
import {
  mergeForestOf,
  personWatchDecider,
  watchMergesDecider,
  type PersonWatchEvent,
  type PersonWatchState,
  type WatchGroup,
} from '../domain/index.js';
import { personWatchStream, watchMergesStream } from './alert-streams.js';

/** Whether what was noted at `notedAt` came before the event at `at` in the log (a fact noted before positions were kept: yes). */
function isBeforeInLog(notedAt: string | undefined, at: string): boolean {
  return notedAt === undefined || comparePositions(positionFromString(notedAt), positionFromString(at)) < 0;
}

/**
 * The partnership's merges as they stood just before the event at `at` (its own position left out), folded
 * in log order (the ledger's order), whatever order they were noted in.
 */
export async function mergeForestBefore(executor: CommandExecutor, partnershipId: string, at: string): Promise<PersonMergesState> {
  const { state } = await executor.load(watchMergesStream(partnershipId), watchMergesDecider);
  const before = state.changes.filter((change) => isBeforeInLog(change.at, at));
  return mergeForestOf(before.sort((a, b) => comparePositions(positionFromString(a.at), positionFromString(b.at))));
}

/** Each record's watch as it stood just before the event at `at`: what was noted since (a replayed batch) is left out. */
export async function watchGroupBefore(executor: CommandExecutor, personIds: readonly string[], at: string): Promise<WatchGroup> {
  const asOfAt = {
    initialState: () => personWatchDecider.initialState(),
    evolve: (state: PersonWatchState, event: PersonWatchEvent) =>
      isBeforeInLog(event.data.at, at) ? personWatchDecider.evolve(state, event) : state,
  };
  return Promise.all(personIds.map(async (personId) => (await executor.load(personWatchStream(personId), asOfAt)).state));
}
