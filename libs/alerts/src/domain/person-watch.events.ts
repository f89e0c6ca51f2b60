import type { DomainEvent } from '@app/domain';
import type { IsoDate } from '@app/periods';

/**
 * What the alert rules remember about one person across contexts (`alert_watch-<personId>`): the MARAC
 * cases naming them (as victim or perpetrator: opened, heard, closed) and their IOM cohort periods. Written
 * by the alert rules' process manager in log order, so when another service's referral of the person is
 * read, everything MARAC recorded before it is here. Ids and dates only.
 */
export const PERSON_WATCH_STREAM_CATEGORY = 'alert_watch';

export type MaracRole = 'victim' | 'perpetrator';

export type WatchedMaracCaseOpened = DomainEvent<
  'AlertWatchMaracCaseOpened',
  { personId: string; caseId: string; partnershipId: string; as: MaracRole; referredOn: IsoDate }
>;
export type WatchedMaracCaseHeard = DomainEvent<'AlertWatchMaracCaseHeard', { personId: string; caseId: string; heardOn: IsoDate }>;
export type WatchedMaracCaseClosed = DomainEvent<'AlertWatchMaracCaseClosed', { personId: string; caseId: string; closedOn: IsoDate }>;
export type WatchedMaracCaseReopened = DomainEvent<
  'AlertWatchMaracCaseReopened',
  { personId: string; caseId: string; reopenedOn: IsoDate }
>;
export type WatchedIomAdopted = DomainEvent<
  'AlertWatchIomAdopted',
  { personId: string; offenderId: string; partnershipId: string; period: number; adoptedOn: IsoDate }
>;
export type WatchedIomExited = DomainEvent<
  'AlertWatchIomExited',
  { personId: string; offenderId: string; period: number; exitedOn: IsoDate }
>;

export type PersonWatchEvent =
  WatchedMaracCaseOpened | WatchedMaracCaseHeard | WatchedMaracCaseClosed | WatchedMaracCaseReopened | WatchedIomAdopted | WatchedIomExited;

export const personWatchEventTypes = {
  AlertWatchMaracCaseOpened: 1,
  AlertWatchMaracCaseHeard: 1,
  AlertWatchMaracCaseClosed: 1,
  AlertWatchMaracCaseReopened: 1,
  AlertWatchIomAdopted: 1,
  AlertWatchIomExited: 1,
} as const satisfies Record<PersonWatchEvent['type'], number>;
