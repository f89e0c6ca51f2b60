import {
  assertNever,
  IllegalStateError,
  InvalidCommandError,
  NotFoundError,
  requireId,
  requireOneOf,
  requireWholeNumber,
  type Decider,
} from '@app/domain';
import { isBefore, isWithinMonthsAfter, isWithinMonthsBefore, requireDate, requireDateThatHappened, type IsoDate } from '@app/periods';
import { REFERRAL_CRITERIA, type ReferralCriterion, type RepeatReclassificationReason } from './marac-codes.js';
import { REPEAT_WINDOW_MONTHS } from './marac-defaults.js';
import type {
  FollowReferralCorrection,
  MaracVictimCommand,
  RecordPoliceCallOut,
  RecordReferralPerpetrators,
  RegisterReferral,
  RegisterReferredCase,
} from './marac-victim.commands.js';
import type { MaracVictimEvent, VictimReferralReclassified, VictimReferred } from './marac-victim.events.js';

export interface VictimPoliceCallOut {
  callOutId: string;
  date: IsoDate;
}

export interface VictimReferral {
  caseId: string;
  maracId: string;
  referralDate: IsoDate;
  criterion: ReferralCriterion;
  /** Its case's perpetrators; null when registered before the history recorded them (see VictimReferred). */
  perpetratorPersonIds: readonly string[] | null;
  repeat: boolean;
  previousCaseId: string | null;
  /** Its case was voided: it no longer counts for repeats or date order. */
  voided: boolean;
}

export interface MaracVictimState {
  /** null until the first event. */
  personId: string | null;
  policeCallOuts: VictimPoliceCallOut[];
  /**
   * In the order they were registered. A referral is refused when dated before the latest one, but two
   * raced in together are registered as their cases arrive (and a corrected date may reorder them), so the
   * order of dates is the one that counts.
   */
  referrals: VictimReferral[];
}

/** Call-outs dated in the `months` months up to and including `upTo` (both ends inclusive). */
export function policeCallOutsInWindow(state: MaracVictimState, upTo: IsoDate, months: number): number {
  return state.policeCallOuts.filter((callOut) => isWithinMonthsBefore(upTo, callOut.date, months)).length;
}

/** Whether a referral is a repeat, and of which case (null when it is a new case). */
export interface RepeatOutcome {
  repeat: boolean;
  previousCaseId: string | null;
}

/** What the repeat rule reads of a victim's history: their referrals in the order registered (a merged history too). */
export interface ReferralHistory {
  referrals: readonly VictimReferral[];
}

/**
 * The victim's referral that counts (not voided) dated last on or before `date` (of equal dates, the later
 * registered) and passing `eligible`, or null.
 */
function latestReferralUpTo(
  referrals: readonly VictimReferral[],
  date: IsoDate | null,
  eligible: (referral: VictimReferral) => boolean = () => true,
): VictimReferral | null {
  return referrals.reduce<VictimReferral | null>(
    (latest, referral) =>
      referral.voided ||
      !eligible(referral) ||
      (date !== null && isBefore(date, referral.referralDate)) ||
      (latest && isBefore(referral.referralDate, latest.referralDate))
        ? latest
        : referral,
    null,
  );
}

/** The victim's most recent referral that counts (the latest dated; of equal dates, the later registered), or null. */
export function lastReferral(state: ReferralHistory): VictimReferral | null {
  return latestReferralUpTo(state.referrals, null);
}

/**
 * SafeLives: a MARAC case is between the same victim and perpetrator(s), so two referrals of a victim are
 * about the same case when they name at least one perpetrator in common. A referral whose perpetrators
 * were not recorded (null: registered before the history recorded them) shares with any, as it was
 * decided by the victim alone.
 */
export function sharesPerpetrator(a: readonly string[] | null, b: readonly string[] | null): boolean {
  return a === null || b === null || a.some((personId) => b.includes(personId));
}

/**
 * The repeat rule (SafeLives), decided here only: a referral of the victim on `referralDate` naming
 * `perpetratorPersonIds` is a repeat when it falls within REPEAT_WINDOW_MONTHS (the anniversary day
 * included) after the victim's last referral that counts (not voided), dated on or before it, with at
 * least one of the same perpetrators (of equal dates, the later registered): a repeat of that case.
 * Otherwise it is a new case: no earlier referral with a shared perpetrator, or the last one more than 12
 * months before (a different perpetrator within 12 months makes a new case, not a repeat). Pure, so the
 * referral, the history's registration, the follow-up of a void and a merge of people all decide alike.
 */
export function repeatOf(history: ReferralHistory, referralDate: IsoDate, perpetratorPersonIds: readonly string[] | null): RepeatOutcome {
  const previous = latestReferralUpTo(history.referrals, referralDate, (referral) =>
    sharesPerpetrator(referral.perpetratorPersonIds, perpetratorPersonIds),
  );
  if (previous && isWithinMonthsAfter(previous.referralDate, referralDate, REPEAT_WINDOW_MONTHS)) {
    return { repeat: true, previousCaseId: previous.caseId };
  }
  return { repeat: false, previousCaseId: null };
}

function requireSamePerson(state: MaracVictimState, personId: string): void {
  if (state.personId !== null && state.personId !== personId) {
    throw new InvalidCommandError("The command is for a different person than this victim's record.");
  }
}

function recordPoliceCallOut(command: RecordPoliceCallOut, state: MaracVictimState): MaracVictimEvent[] {
  requireId(command.personId, 'person id');
  requireId(command.callOutId, 'police call-out id');
  requireDateThatHappened(command.date, 'date of the police call-out', command.today);
  requireSamePerson(state, command.personId);
  if (state.policeCallOuts.some((callOut) => callOut.callOutId === command.callOutId)) {
    throw new IllegalStateError('This police call-out is already recorded.');
  }
  return [{ type: 'PoliceCallOutRecorded', data: { personId: command.personId, callOutId: command.callOutId, date: command.date } }];
}

/** A referral names at least one perpetrator, each by a well-formed person id. */
function requirePerpetratorIds(perpetratorPersonIds: unknown): void {
  if (!Array.isArray(perpetratorPersonIds) || perpetratorPersonIds.length === 0) {
    throw new InvalidCommandError("A referral in the victim's history needs the person ids of its perpetrators.");
  }
  for (const personId of perpetratorPersonIds) requireId(personId as string, "perpetrator's person id");
}

/** The checks RegisterReferral and RegisterReferredCase share: well-formed ids, date, criterion, window; the same person. */
function requireReferralOfThisVictim(command: RegisterReferral | RegisterReferredCase, state: MaracVictimState): void {
  requireId(command.personId, 'person id');
  requireId(command.caseId, 'case id');
  requirePerpetratorIds(command.perpetratorPersonIds);
  requireId(command.maracId, 'MARAC id');
  requireDateThatHappened(command.referralDate, 'referral date', command.today);
  requireOneOf(
    command.criterion,
    REFERRAL_CRITERIA,
    'The referral criterion must be visible-high-risk, professional-judgement, potential-escalation or repeat.',
  );
  requireWholeNumber(command.policeCallOutWindowMonths, 1, 'The police call-out window must be a whole number of months, 1 or more.');
  requireSamePerson(state, command.personId);
}

function victimReferred(
  command: RegisterReferral | RegisterReferredCase,
  outcome: RepeatOutcome,
  policeCallOutsInWindow: number,
): VictimReferred {
  const { personId, caseId, maracId, referralDate, criterion } = command;
  const perpetratorPersonIds = [...command.perpetratorPersonIds];
  return {
    type: 'VictimReferred',
    data: { personId, caseId, maracId, referralDate, criterion, perpetratorPersonIds, ...outcome, policeCallOutsInWindow },
  };
}

function reclassified(
  personId: string,
  caseId: string,
  outcome: RepeatOutcome,
  reason: RepeatReclassificationReason = 'referrals-raced',
): VictimReferralReclassified {
  return { type: 'VictimReferralReclassified', data: { personId, caseId, ...outcome, reason } };
}

const sameOutcome = (a: RepeatOutcome, b: RepeatOutcome): boolean => a.repeat === b.repeat && a.previousCaseId === b.previousCaseId;

function registerReferral(command: RegisterReferral, state: MaracVictimState): MaracVictimEvent[] {
  requireReferralOfThisVictim(command, state);
  requireWholeNumber(command.policeCallOutThreshold, 1, 'The police call-out threshold must be a whole number, 1 or more.');

  if (state.referrals.some((referral) => referral.caseId === command.caseId)) {
    throw new IllegalStateError('This case is already registered as a referral of this victim.');
  }
  const last = lastReferral(state);
  if (last && isBefore(command.referralDate, last.referralDate)) {
    throw new IllegalStateError(
      "This referral is dated before the victim's latest MARAC referral. Referrals of a victim must be entered in date order.",
    );
  }

  const { repeat, previousCaseId } = repeatOf(state, command.referralDate, command.perpetratorPersonIds);
  const callOuts = policeCallOutsInWindow(state, command.referralDate, command.policeCallOutWindowMonths);

  if (command.criterion === 'potential-escalation' && callOuts < command.policeCallOutThreshold) {
    throw new InvalidCommandError(
      `A referral on the potential escalation criterion needs at least ${command.policeCallOutThreshold} police call-outs ` +
        `in the ${command.policeCallOutWindowMonths} months up to the referral date; this victim has ${callOuts}.`,
    );
  }
  if (command.criterion === 'repeat' && !repeat) {
    throw new InvalidCommandError(
      `A referral on the repeat criterion needs an earlier MARAC referral of this victim with one of the same perpetrators ` +
        `in the ${REPEAT_WINDOW_MONTHS} months before it, and there is none: refer on another criterion.`,
    );
  }

  return [victimReferred(command, { repeat, previousCaseId }, callOuts)];
}

function registerReferredCase(command: RegisterReferredCase, state: MaracVictimState): MaracVictimEvent[] {
  requireReferralOfThisVictim(command, state);
  if (state.referrals.some((referral) => referral.caseId === command.caseId)) return [];

  const outcome = repeatOf(state, command.referralDate, command.perpetratorPersonIds);
  const events: MaracVictimEvent[] = [
    victimReferred(command, outcome, policeCallOutsInWindow(state, command.referralDate, command.policeCallOutWindowMonths)),
  ];
  if (!sameOutcome(outcome, command.recorded)) events.push(reclassified(command.personId, command.caseId, outcome));

  // Referrals dated after this one but registered first (they raced) were decided without it. Each one
  // this referral now precedes (the last with a shared perpetrator before it) is decided against it; the
  // others keep their previous referral (adding a referral can only give a later one a nearer previous one).
  const registered: VictimReferral = {
    caseId: command.caseId,
    maracId: command.maracId,
    referralDate: command.referralDate,
    criterion: command.criterion,
    perpetratorPersonIds: command.perpetratorPersonIds,
    ...outcome,
    voided: false,
  };
  for (const later of state.referrals) {
    if (later.voided || !isBefore(command.referralDate, later.referralDate)) continue;
    const laterOutcome = repeatOf(
      { referrals: [...referralsDecidedBefore(state, later), registered] },
      later.referralDate,
      later.perpetratorPersonIds,
    );
    if (laterOutcome.previousCaseId === command.caseId && !sameOutcome(laterOutcome, later))
      events.push(reclassified(command.personId, later.caseId, laterOutcome));
  }
  return events;
}

/** The referrals a referral is decided against: those dated before it, and those of its date registered before it. */
function referralsDecidedBefore(state: MaracVictimState, referral: VictimReferral): VictimReferral[] {
  const at = state.referrals.indexOf(referral);
  return state.referrals.filter(
    (other, index) => isBefore(other.referralDate, referral.referralDate) || (index < at && other.referralDate === referral.referralDate),
  );
}

function followReferralCorrection(command: FollowReferralCorrection, state: MaracVictimState): MaracVictimEvent[] {
  requireId(command.personId, 'person id');
  requireId(command.caseId, 'case id');
  requireSamePerson(state, command.personId);
  const referral = state.referrals.find((r) => r.caseId === command.caseId);
  if (!referral) throw new NotFoundError("This case is not a referral in this victim's history.");
  if (referral.voided) return [];
  const { personId, caseId, correction } = command;
  if ('voided' in correction) {
    // The referrals decided as repeats of this one are decided again without it.
    const redecided = state.referrals
      .filter((later) => !later.voided && later.previousCaseId === caseId)
      .map((later) => {
        const others = referralsDecidedBefore(state, later).filter((other) => other.caseId !== caseId);
        return reclassified(
          personId,
          later.caseId,
          repeatOf({ referrals: others }, later.referralDate, later.perpetratorPersonIds),
          'referral-voided',
        );
      });
    return [{ type: 'VictimReferralVoided', data: { personId, caseId } }, ...redecided];
  }
  requireDate(correction.referralDate, 'referral date');
  if (correction.referralDate === referral.referralDate) return [];
  return [{ type: 'VictimReferralDateAmended', data: { personId, caseId, referralDate: correction.referralDate } }];
}

function recordReferralPerpetrators(command: RecordReferralPerpetrators, state: MaracVictimState): MaracVictimEvent[] {
  requireId(command.personId, 'person id');
  requireId(command.caseId, 'case id');
  requirePerpetratorIds(command.perpetratorPersonIds);
  requireSamePerson(state, command.personId);
  const referral = state.referrals.find((r) => r.caseId === command.caseId);
  if (!referral || referral.perpetratorPersonIds !== null) return [];
  const { personId, caseId } = command;
  return [
    { type: 'VictimReferralPerpetratorsRecorded', data: { personId, caseId, perpetratorPersonIds: [...command.perpetratorPersonIds] } },
  ];
}

/**
 * A victim's MARAC history, one stream per person id (`marac_victim-<personId>`).
 * - RecordPoliceCallOut: counted for potential escalation; the same call-out id twice is refused (409).
 * - RegisterReferral: a referral within 12 months (anniversary included) of the victim's last referral with
 *   at least one of the same perpetrators is a repeat of that case; otherwise (later, or no shared
 *   perpetrator) it is a new case (`repeatOf`). potential-escalation needs the configured number of
 *   call-outs in the configured window up to the referral date (both ends inclusive), else 400; the repeat
 *   criterion needs the referral to be a repeat, else 400. A referral dated before the victim's latest one,
 *   or a case registered twice, is refused (409). Decided without appending, as the referral's dry run.
 * - RegisterReferredCase: records an opened case's referral, refusing nothing but malformed input (400);
 *   decided as RegisterReferral would in date order; VictimReferralReclassified for this case when the
 *   case recorded another outcome, and for each referral dated after it that arrived first and now repeats it.
 *   A case already recorded: no events.
 * - FollowReferralCorrection: a referral whose case was voided stops counting; the referrals decided as
 *   repeats of it are decided again without it (VictimReferralReclassified, `referral-voided`). A corrected
 *   date replaces the one registered; repeat decisions already made on the old date are not revisited.
 *   Already followed: no events; a case not in the history: 404.
 * - RecordReferralPerpetrators: a referral registered before perpetrators were recorded gets its case's;
 *   otherwise (recorded, or not in the history) no events.
 */
export const maracVictimDecider: Decider<MaracVictimCommand, MaracVictimState, MaracVictimEvent> = {
  initialState: () => ({ personId: null, policeCallOuts: [], referrals: [] }),

  evolve(state, event) {
    switch (event.type) {
      case 'PoliceCallOutRecorded':
        return {
          ...state,
          personId: event.data.personId,
          policeCallOuts: [...state.policeCallOuts, { callOutId: event.data.callOutId, date: event.data.date }],
        };
      case 'VictimReferred':
        return {
          ...state,
          personId: event.data.personId,
          referrals: [
            ...state.referrals,
            {
              caseId: event.data.caseId,
              maracId: event.data.maracId,
              referralDate: event.data.referralDate,
              criterion: event.data.criterion,
              perpetratorPersonIds: event.data.perpetratorPersonIds,
              repeat: event.data.repeat,
              previousCaseId: event.data.previousCaseId,
              voided: false,
            },
          ],
        };
      case 'VictimReferralPerpetratorsRecorded': {
        const { caseId, perpetratorPersonIds } = event.data;
        return { ...state, referrals: state.referrals.map((r) => (r.caseId === caseId ? { ...r, perpetratorPersonIds } : r)) };
      }
      case 'VictimReferralVoided':
        return { ...state, referrals: state.referrals.map((r) => (r.caseId === event.data.caseId ? { ...r, voided: true } : r)) };
      case 'VictimReferralDateAmended':
        return {
          ...state,
          referrals: state.referrals.map((r) => (r.caseId === event.data.caseId ? { ...r, referralDate: event.data.referralDate } : r)),
        };
      case 'VictimReferralReclassified': {
        const { caseId, repeat, previousCaseId } = event.data;
        return { ...state, referrals: state.referrals.map((r) => (r.caseId === caseId ? { ...r, repeat, previousCaseId } : r)) };
      }
      default:
        return assertNever(event);
    }
  },

  decide(command, state) {
    switch (command.type) {
      case 'RecordPoliceCallOut':
        return recordPoliceCallOut(command, state);
      case 'RegisterReferral':
        return registerReferral(command, state);
      case 'RegisterReferredCase':
        return registerReferredCase(command, state);
      case 'FollowReferralCorrection':
        return followReferralCorrection(command, state);
      case 'RecordReferralPerpetrators':
        return recordReferralPerpetrators(command, state);
      default:
        return assertNever(command);
    }
  },
};
