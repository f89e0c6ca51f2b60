import type { DomainEvent } from '@app/domain';
import type { IsoDate } from '@app/periods';
import type { AlertAudience, AlertKind, AlertRecord } from './alert-kinds.js';

/**
 * One stream per alert slot: `alert-<alertId>`, the id derived from the kind and what it is about (an
 * action, a case, an offence), so a process manager replaying an event, or two racing, find the same
 * stream. A slot can be raised again after it was resolved (a second further incident): each raising is
 * an occurrence. No personal data anywhere: kinds, ids, dates, a link.
 */
export const ALERT_STREAM_CATEGORY = 'alert';

/** What every raised alert says about itself. */
export interface AlertSubject {
  alertId: string;
  kind: AlertKind;
  partnershipId: string;
  record: AlertRecord;
  audience: AlertAudience;
  /** When the thing it is about is or was due (an action's due date, a stage's), or the day it happened. */
  dueOn: IsoDate;
  /** A path in the API where the record is read (no host: clients prefix their own). */
  link: string;
}

/** The alert will be raised at `raiseAt` unless its cause goes away first (an action completed in time). */
export type AlertScheduled = DomainEvent<'AlertScheduled', AlertSubject & { occurrence: number; raiseAt: string }>;
export type AlertRaised = DomainEvent<'AlertRaised', AlertSubject & { occurrence: number; raisedAt: string }>;
export type AlertAcknowledged = DomainEvent<'AlertAcknowledged', { alertId: string; occurrence: number; by: string; at: string }>;
export type AlertResolved = DomainEvent<'AlertResolved', { alertId: string; occurrence: number; by: string; at: string }>;
/** The cause went away (the action was completed, the case relisted): resolved by the system. */
export type AlertAutoResolved = DomainEvent<
  'AlertAutoResolved',
  {
    alertId: string;
    occurrence: number;
    at: string;
    cause: string;
    /** When the event that removed the cause was recorded. */ causedAt?: string;
  }
>;
/** The cause went away before the alert was due: it is never raised (nobody saw it). */
export type AlertWithdrawn = DomainEvent<
  'AlertWithdrawn',
  {
    alertId: string;
    occurrence: number;
    at: string;
    cause: string;
    /** When the event that removed the cause was recorded. */ causedAt?: string;
  }
>;

export type AlertEvent = AlertScheduled | AlertRaised | AlertAcknowledged | AlertResolved | AlertAutoResolved | AlertWithdrawn;

export const alertEventTypes = {
  AlertScheduled: 1,
  AlertRaised: 1,
  AlertAcknowledged: 1,
  AlertResolved: 1,
  AlertAutoResolved: 1,
  AlertWithdrawn: 1,
} as const satisfies Record<AlertEvent['type'], number>;
