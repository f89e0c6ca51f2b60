import { given } from '@app/testing';
import { activeMaracCases, onCohortOn, personWatchDecider, type PersonWatchState } from './person-watch.decider.js';
import type { PersonWatchEvent } from './person-watch.events.js';

const opened: PersonWatchEvent = {
  type: 'AlertWatchMaracCaseOpened',
  data: { personId: 'p1', caseId: 'c1', partnershipId: 'north', as: 'victim', referredOn: '2025-01-10' },
};
const heard: PersonWatchEvent = { type: 'AlertWatchMaracCaseHeard', data: { personId: 'p1', caseId: 'c1', heardOn: '2025-02-01' } };
const closed: PersonWatchEvent = { type: 'AlertWatchMaracCaseClosed', data: { personId: 'p1', caseId: 'c1', closedOn: '2025-03-01' } };
const fold = (events: PersonWatchEvent[]): PersonWatchState => events.reduce(personWatchDecider.evolve, personWatchDecider.initialState());

describe('person watch', () => {
  it('notes a fact once: a replayed or repeated fact appends nothing', () => {
    given(personWatchDecider).when({ type: 'NoteWatchFact', fact: opened }).then([opened]);
    given(personWatchDecider, [opened]).when({ type: 'NoteWatchFact', fact: opened }).then([]);
    given(personWatchDecider, [opened, heard]).when({ type: 'NoteWatchFact', fact: heard }).then([]);
    given(personWatchDecider, [opened, closed]).when({ type: 'NoteWatchFact', fact: closed }).then([]);
  });

  it('ignores a hearing or closure of a case it never saw opened', () => {
    given(personWatchDecider).when({ type: 'NoteWatchFact', fact: heard }).then([]);
  });

  it('counts a MARAC case while it is open, or heard within the lookback months, and not after', () => {
    expect(activeMaracCases(fold([opened]), 'victim', '2026-06-01', 12).map((c) => c.caseId)).toEqual(['c1']);
    const heardThenClosed = fold([opened, heard, closed]);
    expect(activeMaracCases(heardThenClosed, 'victim', '2026-02-01', 12).map((c) => c.caseId)).toEqual(['c1']);
    expect(activeMaracCases(heardThenClosed, 'victim', '2026-02-02', 12)).toEqual([]);
    expect(activeMaracCases(heardThenClosed, 'victim', '2025-08-02', 6)).toEqual([]);
    expect(activeMaracCases(fold([opened, closed]), 'victim', '2025-04-01', 12)).toEqual([]);
    expect(activeMaracCases(fold([opened]), 'perpetrator', '2025-04-01', 12)).toEqual([]);
  });

  it('a reopened case counts again', () => {
    const reopened: PersonWatchEvent = {
      type: 'AlertWatchMaracCaseReopened',
      data: { personId: 'p1', caseId: 'c1', reopenedOn: '2026-05-01' },
    };
    expect(activeMaracCases(fold([opened, closed, reopened]), 'victim', '2026-06-01', 12)).toHaveLength(1);
  });

  it('an IOM record is on its cohort from the adoption up to the day before the exit', () => {
    const state = fold([
      {
        type: 'AlertWatchIomAdopted',
        data: { personId: 'p1', offenderId: 'o1', partnershipId: 'north', period: 1, adoptedOn: '2025-01-01' },
      },
      { type: 'AlertWatchIomExited', data: { personId: 'p1', offenderId: 'o1', period: 1, exitedOn: '2025-06-01' } },
    ]);
    expect(onCohortOn(state, 'o1', '2024-12-31')).toBe(false);
    expect(onCohortOn(state, 'o1', '2025-01-01')).toBe(true);
    expect(onCohortOn(state, 'o1', '2025-05-31')).toBe(true);
    expect(onCohortOn(state, 'o1', '2025-06-01')).toBe(false);
    expect(onCohortOn(state, 'o2', '2025-03-01')).toBe(false);
  });
});
