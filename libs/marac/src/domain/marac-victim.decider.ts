import { assertNever, IllegalStateError, InvalidCommandError, requireId, requireOneOf, requireWholeNumber, type Decider } from '@app/domain';
import { isBefore, isWithinMonthsAfter, isWithinMonthsBefore, requireDateThatHappened, type IsoDate } from '@app/periods';
import { REFERRAL_CRITERIA, type ReferralCriterion } from './marac-codes.js';
import { REPEAT_WINDOW_MONTHS } from './marac-defaults.js';
import type { MaracVictimCommand, RecordPoliceCallOut, RegisterReferral } from './marac-victim.commands.js';
import type { MaracVictimEvent } from './marac-victim.events.js';

export interface VictimPoliceCallOut {
  callOutId: string;
  date: IsoDate;
}

export interface VictimReferral {
  caseId: string;
  maracId: string;
  referralDate: IsoDate;
  criterion: ReferralCriterion;
  repeat: boolean;
}

export interface MaracVictimState {
  /** null until the first event. */
  personId: string | null;
  policeCallOuts: VictimPoliceCallOut[];
  /** In the order they were registered, which is also date order (an earlier-dated referral is refused). */
  referrals: VictimReferral[];
}

/** Call-outs dated in the `months` months up to and including `upTo` (both ends inclusive). */
export function policeCallOutsInWindow(state: MaracVictimState, upTo: IsoDate, months: number): number {
  return state.policeCallOuts.filter((callOut) => isWithinMonthsBefore(upTo, callOut.date, months)).length;
}

/** The victim's most recent referral, or null. */
export function lastReferral(state: MaracVictimState): VictimReferral | null {
  return state.referrals.at(-1) ?? null;
}

/**
 * Whether a referral on `referralDate` would be a repeat: within REPEAT_WINDOW_MONTHS of the victim's
 * last referral, the anniversary day included.
 */
export function repeatOf(state: MaracVictimState, referralDate: IsoDate): { repeat: boolean; previousCaseId: string | null } {
  const last = lastReferral(state);
  if (last && isWithinMonthsAfter(last.referralDate, referralDate, REPEAT_WINDOW_MONTHS)) {
    return { repeat: true, previousCaseId: last.caseId };
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

function registerReferral(command: RegisterReferral, state: MaracVictimState): MaracVictimEvent[] {
  requireId(command.personId, 'person id');
  requireId(command.caseId, 'case id');
  requireId(command.maracId, 'MARAC id');
  requireDateThatHappened(command.referralDate, 'referral date', command.today);
  requireOneOf(
    command.criterion,
    REFERRAL_CRITERIA,
    'The referral criterion must be visible-high-risk, professional-judgement, potential-escalation or repeat.',
  );
  requireWholeNumber(command.policeCallOutThreshold, 1, 'The police call-out threshold must be a whole number, 1 or more.');
  requireWholeNumber(command.policeCallOutWindowMonths, 1, 'The police call-out window must be a whole number of months, 1 or more.');
  requireSamePerson(state, command.personId);

  if (state.referrals.some((referral) => referral.caseId === command.caseId)) {
    throw new IllegalStateError('This case is already registered as a referral of this victim.');
  }
  const last = lastReferral(state);
  if (last && isBefore(command.referralDate, last.referralDate)) {
    throw new IllegalStateError(
      "This referral is dated before the victim's latest MARAC referral. Referrals of a victim must be entered in date order.",
    );
  }

  const { repeat, previousCaseId } = repeatOf(state, command.referralDate);
  const callOuts = policeCallOutsInWindow(state, command.referralDate, command.policeCallOutWindowMonths);

  if (command.criterion === 'potential-escalation' && callOuts < command.policeCallOutThreshold) {
    throw new InvalidCommandError(
      `A referral on the potential escalation criterion needs at least ${command.policeCallOutThreshold} police call-outs ` +
        `in the ${command.policeCallOutWindowMonths} months up to the referral date; this victim has ${callOuts}.`,
    );
  }
  if (command.criterion === 'repeat' && !repeat) {
    throw new InvalidCommandError(
      `A referral on the repeat criterion needs an earlier MARAC referral of this victim in the ${REPEAT_WINDOW_MONTHS} months ` +
        'before it, and there is none: refer on another criterion.',
    );
  }

  return [
    {
      type: 'VictimReferred',
      data: {
        personId: command.personId,
        caseId: command.caseId,
        maracId: command.maracId,
        referralDate: command.referralDate,
        criterion: command.criterion,
        repeat,
        previousCaseId,
        policeCallOutsInWindow: callOuts,
      },
    },
  ];
}

/**
 * A victim's MARAC history, one stream per person id (`marac_victim-<personId>`).
 * - RecordPoliceCallOut: counted for potential escalation; the same call-out id twice is refused (409).
 * - RegisterReferral: a referral within 12 months of the victim's last referral (anniversary included) is a
 *   repeat of that case; later it is a new case. potential-escalation needs the configured number of
 *   call-outs in the configured window up to the referral date (both ends inclusive), else 400; the repeat
 *   criterion needs the referral to be a repeat, else 400. A referral dated before the victim's latest one,
 *   or a case registered twice, is refused (409).
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
              repeat: event.data.repeat,
            },
          ],
        };
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
      default:
        return assertNever(command);
    }
  },
};
