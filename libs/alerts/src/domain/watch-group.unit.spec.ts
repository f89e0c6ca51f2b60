import { given } from '@app/testing';
import { personWatchDecider, type PersonWatchState } from './person-watch.decider.js';
import type { PersonWatchEvent, ServiceContact } from './person-watch.events.js';
import {
  activeMaracCasesOfGroup,
  contactsOfGroup,
  matchesJoinedByMerge,
  matchesSeparatedByUnmerge,
  onCohortInGroupOn,
  type WatchGroup,
} from './watch-group.js';

const fold = (events: PersonWatchEvent[]): PersonWatchState => events.reduce(personWatchDecider.evolve, personWatchDecider.initialState());

const maracCase = (personId: string, caseId: string, as: 'victim' | 'perpetrator', referredOn = '2025-01-10'): PersonWatchEvent => ({
  type: 'AlertWatchMaracCaseOpened',
  data: { personId, caseId, partnershipId: 'north', as, referredOn, at: '1/1' },
});
const asbReferral = (caseId: string, on: string, partnershipId = 'north'): ServiceContact => ({
  rule: 'victim-elsewhere',
  partnershipId,
  source: { kind: 'vs_case', id: caseId, link: `/victim-services/cases/${caseId}` },
  occurrence: caseId,
  on,
});
const caseReviewApplication = (applicationId: string, on: string): ServiceContact => ({
  rule: 'victim-elsewhere',
  partnershipId: 'north',
  source: { kind: 'case_review', id: applicationId, link: `/case-reviews/${applicationId}` },
  occurrence: applicationId,
  on,
});
const offence = (offenceId: string, on: string): ServiceContact => ({
  rule: 'offending',
  partnershipId: 'north',
  source: { kind: 'iom_offender', id: 'o1', link: '/iom/cohorts/c/members/p' },
  occurrence: offenceId,
  on,
  offenderId: 'o1',
});
const contactOf = (personId: string, contact: ServiceContact): PersonWatchEvent => ({
  type: 'AlertWatchServiceContactNoted',
  data: { personId, contact, at: '2/2' },
});

describe('the person watch of a merge group', () => {
  it('keeps a contact once: a replayed or repeated contact appends nothing', () => {
    const referred = contactOf('dup', asbReferral('vs1', '2025-03-01'));
    given(personWatchDecider).when({ type: 'NoteWatchFact', fact: referred }).then([referred]);
    given(personWatchDecider, [referred]).when({ type: 'NoteWatchFact', fact: referred }).then([]);
    const other = contactOf('dup', asbReferral('vs2', '2025-03-01'));
    given(personWatchDecider, [referred]).when({ type: 'NoteWatchFact', fact: other }).then([other]);
  });

  it("finds a MARAC case noted under another record of the person, and not under the record's own watch alone", () => {
    const victim = fold([maracCase('victim', 'm1', 'victim')]);
    const duplicate = fold([]);
    expect(activeMaracCasesOfGroup([victim, duplicate], 'victim', '2025-03-01', 12).map((c) => c.caseId)).toEqual(['m1']);
    expect(activeMaracCasesOfGroup([duplicate], 'victim', '2025-03-01', 12)).toEqual([]);
  });

  it('counts a case naming two records of the group once', () => {
    const one = fold([maracCase('p1', 'm1', 'perpetrator')]);
    const two = fold([maracCase('p2', 'm1', 'perpetrator'), maracCase('p2', 'm0', 'perpetrator', '2024-12-01')]);
    expect(activeMaracCasesOfGroup([one, two], 'perpetrator', '2025-03-01', 12).map((c) => c.caseId)).toEqual(['m0', 'm1']);
  });

  it("keeps one service's contacts beside another service's contacts of the same person, each under its own record", () => {
    const one = fold([contactOf('one', asbReferral('vs1', '2025-03-01'))]);
    const two = fold([contactOf('two', caseReviewApplication('cr1', '2025-04-01')), contactOf('two', asbReferral('vs2', '2025-05-01'))]);
    expect(contactsOfGroup([one, two]).map((c) => c.source.id)).toEqual(['vs1', 'cr1', 'vs2']);
    expect(contactsOfGroup([one]).map((c) => c.source.id)).toEqual(['vs1']);
  });

  it('tells an IOM record on its cohort whichever record its periods were noted under', () => {
    const adopted = fold([
      {
        type: 'AlertWatchIomAdopted',
        data: { personId: 'p1', offenderId: 'o1', partnershipId: 'north', period: 1, adoptedOn: '2025-01-01', at: '1/1' },
      },
    ]);
    expect(onCohortInGroupOn([fold([]), adopted], 'o1', '2025-02-01')).toBe(true);
    expect(onCohortInGroupOn([fold([])], 'o1', '2025-02-01')).toBe(false);
  });

  describe('a merge', () => {
    const victimSide: WatchGroup = [fold([maracCase('victim', 'm1', 'victim')])];
    const duplicateSide = (...contacts: ServiceContact[]): WatchGroup => [fold(contacts.map((c) => contactOf('dup', c)))];

    it("raises the cross-service alert for the other side's contact within the lookback before the merge day", () => {
      const matches = matchesJoinedByMerge([duplicateSide(asbReferral('vs1', '2025-03-01')), victimSide], '2025-06-01', 12);
      expect(matches.map((m) => [m.maracCase.caseId, m.contact.source.id])).toEqual([['m1', 'vs1']]);
      // Either side may be the merged record.
      expect(matchesJoinedByMerge([victimSide, duplicateSide(asbReferral('vs1', '2025-03-01'))], '2025-06-01', 12)).toHaveLength(1);
    });

    it('does not alert about a contact older than the lookback, one before the MARAC case, or of another partnership', () => {
      expect(matchesJoinedByMerge([duplicateSide(asbReferral('vs1', '2025-03-01')), victimSide], '2026-03-02', 12)).toEqual([]);
      expect(matchesJoinedByMerge([duplicateSide(asbReferral('vs1', '2025-01-09')), victimSide], '2025-06-01', 12)).toEqual([]);
      expect(matchesJoinedByMerge([duplicateSide(asbReferral('vs1', '2025-03-01', 'south')), victimSide], '2025-06-01', 12)).toEqual([]);
    });

    it('pairs an offence with MARAC cases as perpetrator only, and raises nothing for pairs already within one side', () => {
      const perpetratorSide: WatchGroup = [fold([maracCase('perp', 'm2', 'perpetrator')])];
      expect(
        matchesJoinedByMerge([duplicateSide(offence('off1', '2025-03-01')), perpetratorSide], '2025-06-01', 12).map(
          (m) => m.maracCase.caseId,
        ),
      ).toEqual(['m2']);
      expect(matchesJoinedByMerge([duplicateSide(offence('off1', '2025-03-01')), victimSide], '2025-06-01', 12)).toEqual([]);
      const oneSide: WatchGroup = [fold([maracCase('victim', 'm1', 'victim'), contactOf('victim', asbReferral('vs1', '2025-03-01'))])];
      expect(matchesJoinedByMerge([oneSide, duplicateSide()], '2025-06-01', 12)).toEqual([]);
    });
  });

  it('an unmerge takes apart every pair across the two sides (a contact before the MARAC referral never was one)', () => {
    const victimSide: WatchGroup = [fold([maracCase('victim', 'm1', 'victim')])];
    const duplicateSide: WatchGroup = [
      fold([contactOf('dup', asbReferral('vs1', '2023-03-01')), contactOf('dup', asbReferral('vs2', '2025-03-01'))]),
    ];
    expect(matchesSeparatedByUnmerge([duplicateSide, victimSide]).map((m) => [m.maracCase.caseId, m.contact.source.id])).toEqual([
      ['m1', 'vs2'],
    ]);
    expect(matchesSeparatedByUnmerge([victimSide, [fold([])]])).toEqual([]);
  });
});
