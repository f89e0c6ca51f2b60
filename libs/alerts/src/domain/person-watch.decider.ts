import { assertNever, type Decider } from '@app/domain';
import { addMonths, compareIsoDates, isAfter, isBefore, type IsoDate } from '@app/periods';
import type { MaracRole, PersonWatchEvent, ServiceContact } from './person-watch.events.js';

export interface WatchedMaracCase {
  caseId: string;
  partnershipId: string;
  as: MaracRole;
  referredOn: IsoDate;
  lastHeardOn: IsoDate | null;
  /** Null while the case is open. */
  closedOn: IsoDate | null;
}

export interface WatchedIomPeriod {
  offenderId: string;
  partnershipId: string;
  period: number;
  adoptedOn: IsoDate;
  exitedOn: IsoDate | null;
}

export interface PersonWatchState {
  cases: Record<string, WatchedMaracCase>;
  periods: WatchedIomPeriod[];
  /** Other services' contacts the cross-service rules checked, in the order noted. */
  contacts: ServiceContact[];
}

/** One contact per source record and occurrence (a case's referral, an offence). */
export const sameContact = (a: ServiceContact, b: ServiceContact): boolean =>
  a.rule === b.rule && a.source.kind === b.source.kind && a.source.id === b.source.id && a.occurrence === b.occurrence;

/** A fact to note (the event itself): the watch only records, it never refuses. */
export interface NoteWatchFact {
  type: 'NoteWatchFact';
  fact: PersonWatchEvent;
}

/** Whether the fact is already in the state (a replay, or a second rule noting it): noted once. */
function known(state: PersonWatchState, fact: PersonWatchEvent): boolean {
  const c = 'caseId' in fact.data ? state.cases[fact.data.caseId] : undefined;
  switch (fact.type) {
    case 'AlertWatchMaracCaseOpened':
      return c?.as === fact.data.as;
    case 'AlertWatchMaracCaseHeard':
      return !c || (c.lastHeardOn !== null && !isBefore(c.lastHeardOn, fact.data.heardOn));
    case 'AlertWatchMaracCaseClosed':
      return !c || c.closedOn !== null;
    case 'AlertWatchMaracCaseReopened':
      return !c || c.closedOn === null;
    case 'AlertWatchIomAdopted':
      return state.periods.some((p) => p.offenderId === fact.data.offenderId && p.period === fact.data.period);
    case 'AlertWatchIomExited':
      return !state.periods.some((p) => p.offenderId === fact.data.offenderId && p.period === fact.data.period && p.exitedOn === null);
    case 'AlertWatchServiceContactNoted':
      return state.contacts.some((contact) => sameContact(contact, fact.data.contact));
    default:
      return assertNever(fact);
  }
}

/** One person record's watch: what MARAC and IOM recorded about it and the other services' contacts, for the cross-service alert rules. */
export const personWatchDecider: Decider<NoteWatchFact, PersonWatchState, PersonWatchEvent> = {
  initialState: () => ({ cases: {}, periods: [], contacts: [] }),

  evolve(state, event) {
    const cases = { ...state.cases };
    switch (event.type) {
      case 'AlertWatchMaracCaseOpened': {
        const { caseId, partnershipId, as, referredOn } = event.data;
        cases[caseId] = { caseId, partnershipId, as, referredOn, lastHeardOn: null, closedOn: null };
        return { ...state, cases };
      }
      case 'AlertWatchMaracCaseHeard': {
        const c = cases[event.data.caseId];
        if (c) cases[c.caseId] = { ...c, lastHeardOn: event.data.heardOn };
        return { ...state, cases };
      }
      case 'AlertWatchMaracCaseClosed': {
        const c = cases[event.data.caseId];
        if (c) cases[c.caseId] = { ...c, closedOn: event.data.closedOn };
        return { ...state, cases };
      }
      case 'AlertWatchMaracCaseReopened': {
        const c = cases[event.data.caseId];
        if (c) cases[c.caseId] = { ...c, closedOn: null };
        return { ...state, cases };
      }
      case 'AlertWatchIomAdopted': {
        const { offenderId, partnershipId, period, adoptedOn } = event.data;
        return { ...state, periods: [...state.periods, { offenderId, partnershipId, period, adoptedOn, exitedOn: null }] };
      }
      case 'AlertWatchIomExited':
        return {
          ...state,
          periods: state.periods.map((p) =>
            p.offenderId === event.data.offenderId && p.period === event.data.period ? { ...p, exitedOn: event.data.exitedOn } : p,
          ),
        };
      case 'AlertWatchServiceContactNoted':
        return { ...state, contacts: [...state.contacts, event.data.contact] };
      default:
        return assertNever(event);
    }
  },

  decide(command, state) {
    return known(state, command.fact) ? [] : [command.fact];
  },
};

/**
 * The person's MARAC cases in a role that make another service's contact an alert on `day`: the case is
 * open, or was heard within `lookbackMonths` months up to that day (issue 16: "case open or heard in the
 * last 12 months"). Earliest referral first.
 */
export function activeMaracCases(state: PersonWatchState, as: MaracRole, day: IsoDate, lookbackMonths: number): WatchedMaracCase[] {
  const since = addMonths(day, -lookbackMonths);
  return Object.values(state.cases)
    .filter((c) => c.as === as && !isAfter(c.referredOn, day))
    .filter((c) => c.closedOn === null || (c.lastHeardOn !== null && !isBefore(c.lastHeardOn, since)))
    .sort((a, b) => compareIsoDates(a.referredOn, b.referredOn) || (a.caseId < b.caseId ? -1 : 1));
}

/** Whether the IOM record was on its cohort on `day` (from the adoption date up to the day before the exit). */
export function onCohortOn(state: PersonWatchState, offenderId: string, day: IsoDate): boolean {
  return state.periods.some(
    (p) => p.offenderId === offenderId && !isBefore(day, p.adoptedOn) && (p.exitedOn === null || isBefore(day, p.exitedOn)),
  );
}
