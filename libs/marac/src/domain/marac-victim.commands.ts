import type { IsoDate } from '@app/periods';
import type { AtCommandTime } from './marac-case.commands.js';
import type { ReferralCriterion } from './marac-codes.js';

/**
 * Commands on a victim's MARAC history (stream `marac_victim-<personId>`): the consistency boundary for
 * "is this referral a repeat" and "has the police been called out often enough for potential escalation".
 * The same victim is the same person id, never a matching name.
 */

/** A police call-out to the victim, counted for the potential-escalation criterion. */
export interface RecordPoliceCallOut extends AtCommandTime {
  type: 'RecordPoliceCallOut';
  personId: string;
  /** Client-chosen id, so the same call-out is not counted twice. */
  callOutId: string;
  date: IsoDate;
}

/**
 * Run before ReferCase: decides whether the new referral is a repeat (and of which case) and checks the
 * potential-escalation criterion. The application layer passes the outcome (VictimReferred) to ReferCase.
 */
export interface RegisterReferral extends AtCommandTime {
  type: 'RegisterReferral';
  personId: string;
  caseId: string;
  maracId: string;
  referralDate: IsoDate;
  criterion: ReferralCriterion;
  /** Partnership configuration; DEFAULT_POLICE_CALLOUT_THRESHOLD (3) unless changed. */
  policeCallOutThreshold: number;
  /** Partnership configuration; DEFAULT_POLICE_CALLOUT_WINDOW_MONTHS (12) unless changed. */
  policeCallOutWindowMonths: number;
}

export type MaracVictimCommand = RecordPoliceCallOut | RegisterReferral;
