import { compareIsoDates, isAfter, isWithinMonthsBefore, type IsoDate } from '@app/periods';
import { activeMaracCases, onCohortOn, sameContact, type PersonWatchState, type WatchedMaracCase } from './person-watch.decider.js';
import type { MaracRole, ServiceContact, WatchRule } from './person-watch.events.js';

/**
 * The watches of every record of one person (their merge group) read together. Each record's facts stay in
 * its own stream, so a merge loses nothing of either record (one service's contacts beside another's) and
 * an unmerge gives each record back exactly its own.
 */
export type WatchGroup = readonly PersonWatchState[];

/** The MARAC role a rule looks for: a victim elsewhere is a MARAC victim; an offender a MARAC perpetrator. */
export const maracRoleOf = (rule: WatchRule): MaracRole => (rule === 'victim-elsewhere' ? 'victim' : 'perpetrator');

const byReferral = (a: WatchedMaracCase, b: WatchedMaracCase) =>
  compareIsoDates(a.referredOn, b.referredOn) || (a.caseId < b.caseId ? -1 : 1);

/** `activeMaracCases` over every record of the group, each case once (two merged records named in one case). */
export function activeMaracCasesOfGroup(group: WatchGroup, as: MaracRole, day: IsoDate, lookbackMonths: number): WatchedMaracCase[] {
  const byCase = new Map<string, WatchedMaracCase>();
  for (const watch of group)
    for (const c of activeMaracCases(watch, as, day, lookbackMonths)) if (!byCase.has(c.caseId)) byCase.set(c.caseId, c);
  return [...byCase.values()].sort(byReferral);
}

/** Whether the IOM record was on its cohort on `day`, whichever record of the group its periods were noted under. */
export function onCohortInGroupOn(group: WatchGroup, offenderId: string, day: IsoDate): boolean {
  return group.some((watch) => onCohortOn(watch, offenderId, day));
}

/** Every other-service contact of the group, each once. */
export function contactsOfGroup(group: WatchGroup): ServiceContact[] {
  const contacts: ServiceContact[] = [];
  for (const watch of group)
    for (const contact of watch.contacts) if (!contacts.some((c) => sameContact(c, contact))) contacts.push(contact);
  return contacts;
}

/** A MARAC case and another service's contact of the same person that the cross-service rule pairs: one alert. */
export interface CrossServiceMatch {
  maracCase: WatchedMaracCase;
  contact: ServiceContact;
}

/** Each side's contacts against the other side's MARAC cases: a merge or an unmerge works both ways. */
const eachWay = ([one, other]: readonly [WatchGroup, WatchGroup]) =>
  [
    [one, other],
    [other, one],
  ] as const;

/**
 * What a merge of two sides (the merged record's group and the group it joins) newly brings together: each
 * contact of one side dated within `lookbackMonths` before the merge day, against the other side's MARAC
 * cases that the contact's own check would have found had the records been one person then (same
 * partnership, the case active on the contact's day). Pairs within one side were checked when they happened,
 * so they are not raised again (an alert a user resolved stays resolved). An older contact is history: a
 * merge does not alert about it.
 */
export function matchesJoinedByMerge(
  sides: readonly [WatchGroup, WatchGroup],
  mergedOn: IsoDate,
  lookbackMonths: number,
): CrossServiceMatch[] {
  const matches: CrossServiceMatch[] = [];
  for (const [contacts, cases] of eachWay(sides))
    for (const contact of contactsOfGroup(contacts)) {
      if (!isWithinMonthsBefore(mergedOn, contact.on, lookbackMonths)) continue;
      for (const maracCase of activeMaracCasesOfGroup(cases, maracRoleOf(contact.rule), contact.on, lookbackMonths))
        if (maracCase.partnershipId === contact.partnershipId) matches.push({ maracCase, contact });
    }
  return matches;
}

/**
 * What an unmerge takes apart: each contact of one side against the other side's MARAC cases in its role,
 * of its partnership, referred by the contact's day. Any such pair may have been raised while the records
 * were one person (on the merge, or by a check since), and nothing else could have raised it, so its alert's
 * cause is gone.
 */
export function matchesSeparatedByUnmerge(sides: readonly [WatchGroup, WatchGroup]): CrossServiceMatch[] {
  const matches: CrossServiceMatch[] = [];
  for (const [contacts, cases] of eachWay(sides))
    for (const contact of contactsOfGroup(contacts)) {
      const role = maracRoleOf(contact.rule);
      const seen = new Set<string>();
      for (const watch of cases)
        for (const maracCase of Object.values(watch.cases))
          if (
            maracCase.as === role &&
            maracCase.partnershipId === contact.partnershipId &&
            !isAfter(maracCase.referredOn, contact.on) &&
            !seen.has(maracCase.caseId)
          ) {
            seen.add(maracCase.caseId);
            matches.push({ maracCase, contact });
          }
    }
  return matches;
}
