import { personGroupOf } from '@app/people';
import { given } from '@app/testing';
import { mergeForestOf, watchMergesDecider } from './watch-merges.decider.js';
import type { WatchMergesEvent } from './watch-merges.events.js';

const merged: WatchMergesEvent = {
  type: 'AlertWatchPeopleMerged',
  data: { partnershipId: 'north', personId: 'duplicate', intoPersonId: 'victim', at: '10/10' },
};
const unmerged: WatchMergesEvent = {
  type: 'AlertWatchPeopleUnmerged',
  data: { partnershipId: 'north', personId: 'duplicate', fromPersonId: 'victim', at: '12/12' },
};

describe("the alert rules' copy of the people merges", () => {
  it('notes each ledger event once: a replay appends nothing', () => {
    given(watchMergesDecider).when({ type: 'NoteWatchMerge', change: merged }).then([merged]);
    given(watchMergesDecider, [merged]).when({ type: 'NoteWatchMerge', change: merged }).then([]);
    given(watchMergesDecider, [merged]).when({ type: 'NoteWatchMerge', change: unmerged }).then([unmerged]);
    given(watchMergesDecider, [merged, unmerged]).when({ type: 'NoteWatchMerge', change: unmerged }).then([]);
  });

  it('a merge noted again later (merged, unmerged, merged once more) is a new change', () => {
    const again: WatchMergesEvent = { ...merged, data: { ...merged.data, at: '14/14' } };
    given(watchMergesDecider, [merged, unmerged]).when({ type: 'NoteWatchMerge', change: again }).then([again]);
  });

  it('gives the merge group of the changes it is given: together after the merge, apart after the unmerge', () => {
    given(watchMergesDecider, [merged])
      .when({ type: 'NoteWatchMerge', change: unmerged })
      .thenState((state) => {
        expect(personGroupOf(mergeForestOf(state.changes.slice(0, 1)), 'duplicate')).toEqual(['victim', 'duplicate']);
        expect(personGroupOf(mergeForestOf(state.changes), 'duplicate')).toEqual(['duplicate']);
        expect(personGroupOf(mergeForestOf([]), 'victim')).toEqual(['victim']);
      });
  });
});
