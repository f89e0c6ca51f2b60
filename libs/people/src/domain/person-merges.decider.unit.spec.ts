import { IllegalStateError, InvalidCommandError } from '@app/domain';
import { given } from '@app/testing';
import { canonicalPersonId, personGroupOf, personMergesDecider } from './person-merges.decider.js';
import type { PersonMergesEvent } from './person-merges.events.js';

const merged = (personId: string, intoPersonId: string): PersonMergesEvent => ({
  type: 'PersonMergedInto',
  data: { personId, intoPersonId, partnershipId: 'csp', reason: { subjectId: personId, personal: { text: 'same person' } }, by: 'u' },
});
const merge = (personId: string, intoPersonId: string) =>
  ({ type: 'MergePerson', personId, intoPersonId, partnershipId: 'csp', reason: 'same person', by: 'u' }) as const;
const unmerge = (personId: string) => ({ type: 'UnmergePerson', personId, partnershipId: 'csp', reason: 'twins', by: 'u' }) as const;

describe('the merge ledger', () => {
  it('merges a record into another, the reason under the duplicate', () => {
    given(personMergesDecider)
      .when(merge('a', 'b'))
      .then([merged('a', 'b')]);
  });

  it('follows merges to the end and groups every record of a person', () => {
    const state = [merged('a', 'b'), merged('b', 'c'), merged('d', 'c')].reduce(
      personMergesDecider.evolve,
      personMergesDecider.initialState(),
    );
    expect(canonicalPersonId(state, 'a')).toBe('c');
    expect(personGroupOf(state, 'a')).toEqual(['c', 'a', 'b', 'd']);
    expect(personGroupOf(state, 'e')).toEqual(['e']);
  });

  it('refuses a record into itself (400), one already merged (409) and a cycle (409)', () => {
    given(personMergesDecider)
      .when(merge('a', 'a'))
      .thenThrows(InvalidCommandError, /itself/);
    given(personMergesDecider, [merged('a', 'b')])
      .when(merge('a', 'c'))
      .thenThrows(IllegalStateError, /already merged/);
    given(personMergesDecider, [merged('a', 'b'), merged('b', 'c')])
      .when(merge('c', 'a'))
      .thenThrows(IllegalStateError, /already merged into this one/);
    given(personMergesDecider)
      .when({ ...merge('a', 'b'), reason: ' ' })
      .thenThrows(InvalidCommandError, /reason/);
  });

  it('unmerges a merged record (its own records go with it), and refuses one not merged', () => {
    given(personMergesDecider, [merged('a', 'b'), merged('b', 'c')])
      .when(unmerge('b'))
      .thenState((state) => {
        expect(personGroupOf(state, 'a')).toEqual(['b', 'a']);
        expect(personGroupOf(state, 'c')).toEqual(['c']);
      });
    given(personMergesDecider)
      .when(unmerge('a'))
      .thenThrows(IllegalStateError, /not merged/);
  });
});
