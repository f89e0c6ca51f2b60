import type { DomainEvent } from '@app/domain';
import type { IsoDate } from '@app/periods';

/**
 * What the alert rules remember about one person record across contexts (`alert_watch-<personId>`): the
 * MARAC cases naming it (as victim or perpetrator: opened, heard, closed), its IOM cohort periods, and the
 * other services' contacts the cross-service rules checked (so a later merge can check them too). Written by
 * the alert rules' process manager in log order, each fact stamped with the log position of the event it
 * came from (`at`), so a check reads the watch as it stood at its own event, whatever was noted since (a
 * replayed batch). Facts stay under the record the event named; merges are followed when the watch is read
 * (`watch-merges.events.ts`). Ids and dates only.
 */
export const PERSON_WATCH_STREAM_CATEGORY = 'alert_watch';

export type MaracRole = 'victim' | 'perpetrator';

/**
 * Where the fact's event stands in the global log (`<commit>/<prepare>`, the event store's position as text).
 * Facts noted before merges were followed have none, and read as before every check (as they did).
 */
interface NotedAt {
  at?: string;
}

/** The cross-service rule a contact is checked by: a victim elsewhere (against MARAC victims), offending (against MARAC perpetrators). */
export type WatchRule = 'victim-elsewhere' | 'offending';

export type WatchedMaracCaseOpened = DomainEvent<
  'AlertWatchMaracCaseOpened',
  { personId: string; caseId: string; partnershipId: string; as: MaracRole; referredOn: IsoDate } & NotedAt
>;
export type WatchedMaracCaseHeard = DomainEvent<
  'AlertWatchMaracCaseHeard',
  { personId: string; caseId: string; heardOn: IsoDate } & NotedAt
>;
export type WatchedMaracCaseClosed = DomainEvent<
  'AlertWatchMaracCaseClosed',
  { personId: string; caseId: string; closedOn: IsoDate } & NotedAt
>;
export type WatchedMaracCaseReopened = DomainEvent<
  'AlertWatchMaracCaseReopened',
  { personId: string; caseId: string; reopenedOn: IsoDate } & NotedAt
>;
export type WatchedIomAdopted = DomainEvent<
  'AlertWatchIomAdopted',
  { personId: string; offenderId: string; partnershipId: string; period: number; adoptedOn: IsoDate } & NotedAt
>;
export type WatchedIomExited = DomainEvent<
  'AlertWatchIomExited',
  { personId: string; offenderId: string; period: number; exitedOn: IsoDate } & NotedAt
>;

/** Another service's contact with the person, as the cross-service rules checked it. */
export interface ServiceContact {
  rule: WatchRule;
  partnershipId: string;
  /** The other service's record (a victim-service case, a Case Review application, an IOM record) and its link. */
  source: { kind: string; id: string; link: string };
  /** What in that record it is (the case, the offence id): one alert per MARAC case and occurrence. */
  occurrence: string;
  on: IsoDate;
  /** For an offence: the IOM record. */
  offenderId?: string;
}

/** A contact the cross-service rules checked, kept so a later merge can check it against the MARAC cases it joins. */
export type WatchedServiceContact = DomainEvent<'AlertWatchServiceContactNoted', { personId: string; contact: ServiceContact; at: string }>;

export type PersonWatchEvent =
  | WatchedMaracCaseOpened
  | WatchedMaracCaseHeard
  | WatchedMaracCaseClosed
  | WatchedMaracCaseReopened
  | WatchedIomAdopted
  | WatchedIomExited
  | WatchedServiceContact;

export const personWatchEventTypes = {
  AlertWatchMaracCaseOpened: 1,
  AlertWatchMaracCaseHeard: 1,
  AlertWatchMaracCaseClosed: 1,
  AlertWatchMaracCaseReopened: 1,
  AlertWatchIomAdopted: 1,
  AlertWatchIomExited: 1,
  AlertWatchServiceContactNoted: 1,
} as const satisfies Record<PersonWatchEvent['type'], number>;
