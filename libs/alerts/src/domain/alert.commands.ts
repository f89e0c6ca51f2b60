import type { AlertSubject } from './alert.events.js';

/** Raise now (`raiseAt` not after `now`) or schedule for `raiseAt`; a slot already open or waiting for that time changes nothing. */
export interface RaiseOrScheduleAlert {
  type: 'RaiseOrScheduleAlert';
  subject: AlertSubject;
  raiseAt: string;
  now: string;
  /** When its cause was recorded: a slot settled (resolved or withdrawn) by something later stays so (a replay). */
  causedAt?: string;
  /**
   * The cause's due date was corrected (an amended action): an open alert whose new time is still to come is
   * no longer due, so it resolves and waits for that time; otherwise the same as a raise.
   */
  movesDueDate?: boolean;
}

/** A deadline fired: raise the occurrence scheduled for `raiseAt`, if it is still waiting for that time. */
export interface RaiseScheduledAlert {
  type: 'RaiseScheduledAlert';
  alertId: string;
  raiseAt: string;
  now: string;
}

/** The cause went away: withdraw a scheduled alert, auto-resolve an open one; nothing otherwise. */
export interface ClearAlertCause {
  type: 'ClearAlertCause';
  alertId: string;
  cause: string;
  now: string;
  /** When the event that removed the cause was recorded. */
  causedAt?: string;
}

export interface AcknowledgeAlert {
  type: 'AcknowledgeAlert';
  alertId: string;
  by: string;
  now: string;
}

export interface ResolveAlert {
  type: 'ResolveAlert';
  alertId: string;
  by: string;
  now: string;
}

export type AlertCommand = RaiseOrScheduleAlert | RaiseScheduledAlert | ClearAlertCause | AcknowledgeAlert | ResolveAlert;
