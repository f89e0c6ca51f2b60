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
 * A referral proposed on the victim's history: decides whether it is a repeat (and of which case) and
 * checks date order and the potential-escalation and repeat criteria. The referral handler decides it on
 * the history it read, without appending (a dry run), to refuse at once what the victim's rules refuse and
 * to give ReferCase its repeat outcome; the history itself records the referral once the case is opened
 * (RegisterReferredCase).
 */
export interface RegisterReferral extends AtCommandTime {
  type: 'RegisterReferral';
  personId: string;
  caseId: string;
  maracId: string;
  referralDate: IsoDate;
  criterion: ReferralCriterion;
  /** The referral's perpetrators (person ids): a repeat is of the same victim and at least one of them. */
  perpetratorPersonIds: string[];
  /** Partnership configuration; DEFAULT_POLICE_CALLOUT_THRESHOLD (3) unless changed. */
  policeCallOutThreshold: number;
  /** Partnership configuration; DEFAULT_POLICE_CALLOUT_WINDOW_MONTHS (12) unless changed. */
  policeCallOutWindowMonths: number;
}

/**
 * The victim's history follows corrections of their referrals (a referral voided, its date amended) so
 * that the next referral's repeat check reads the corrected history. Dispatched after the case's
 * correction event (MaracRecordVoided / MaracRecordAmended of the referral), with a command id derived
 * from that event's id; a correction already followed changes nothing, so a replay appends nothing.
 */
export interface FollowReferralCorrection {
  type: 'FollowReferralCorrection';
  personId: string;
  caseId: string;
  correction: { voided: true } | { referralDate: IsoDate };
}

/**
 * A case was referred (CaseReferred): record its referral in the victim's history, one after another in
 * the stream. Dispatched by the victim-history process manager (and eagerly by the referral handler with
 * the same command id). It refuses nothing the case could not undo: the case exists, so the history must
 * hold it. Its repeat outcome is decided against the referral dated before it in the history; where that
 * differs from what the case recorded (`recorded`), or where it changes the outcome of a referral dated
 * after it that arrived first, the history says so (VictimReferralReclassified) for the case to follow.
 * A case already in the history appends nothing (a replay, or a history written before this command).
 */
export interface RegisterReferredCase extends AtCommandTime {
  type: 'RegisterReferredCase';
  personId: string;
  caseId: string;
  maracId: string;
  referralDate: IsoDate;
  criterion: ReferralCriterion;
  /** The case's perpetrators (CaseReferred's), recorded with the referral for the repeat rule. */
  perpetratorPersonIds: string[];
  /** The outcome the case was opened with (CaseReferred's isRepeat / previousCaseId). */
  recorded: { repeat: boolean; previousCaseId: string | null };
  /** DEFAULT_POLICE_CALLOUT_WINDOW_MONTHS (12) unless changed; only counted, never refused here. */
  policeCallOutWindowMonths: number;
}

/**
 * A referral registered before the history recorded perpetrators gets its case's (the start-up upgrade,
 * reading CaseReferred). Appends nothing when they are recorded already or the case is not in the history
 * yet (its registration, to come, carries them). Outcomes already decided stand.
 */
export interface RecordReferralPerpetrators {
  type: 'RecordReferralPerpetrators';
  personId: string;
  caseId: string;
  perpetratorPersonIds: string[];
}

export type MaracVictimCommand =
  RecordPoliceCallOut | RegisterReferral | RegisterReferredCase | FollowReferralCorrection | RecordReferralPerpetrators;
