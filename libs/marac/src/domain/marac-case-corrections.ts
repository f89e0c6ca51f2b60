import {
  amendmentNote,
  applyAmendment,
  applyVoid,
  changedFields,
  counted,
  IllegalStateError,
  InvalidCommandError,
  isVoided,
  personalData,
  requireCorrectable,
  requireCorrectionCommand,
  requireOneOf,
  requireText,
  voidNote,
  type Correctable,
} from '@app/domain';
import { HIGH_RISK_DASH_SCORE } from './dash.js';
import { isBefore, isWithinMonthsAfter, requireDateThatHappened, requirePlannedDate, type IsoDate } from '@app/periods';
import { MARAC_AGENCIES, REFERRAL_CRITERIA } from './marac-codes.js';
import { REPEAT_WINDOW_MONTHS } from './marac-defaults.js';
import { MARAC_RECORD_KINDS, type AmendCaseRecord, type VoidCaseRecord } from './marac-case.commands.js';
import type { CaseAgencyAction, CaseHearing, CaseIncident, ReferredCase } from './marac-case.decider.js';
import type {
  MaracAmendedFields,
  MaracCaseEvent,
  MaracRecordAmended,
  MaracRecordVoided,
  MaracVoidConsequences,
} from './marac-case.events.js';
import { victimProfileAtReferral } from './victim-profile.js';

/**
 * Corrections of a MARAC case's records, on the shared mechanism of @app/domain (corrections.ts).
 * What each record may amend:
 * - referral (id: the case id): referral date, referring agency, criterion, victim profile. The date must
 *   stay on or before every dated record of the case (listings, hearings, actions, incidents, closure)
 *   and keep each further incident within 12 months of it. The criterion must still hold: visible high
 *   risk needs the latest DASH at 14+, repeat needs a repeat referral; potential escalation is not
 *   reached by an amendment (the police call-outs are counted on a referral: refer again). Whether the
 *   referral was a repeat is not decided again (its hearings were heard as they were).
 * - hearing (id: the meeting's): the date heard (not before the meeting) and the agencies present.
 * - incident: date, date reported, reporting agency, description, under the rules of a further incident.
 * - agency action: agency, description, due date (not before the referral).
 * Voiding: a referral voids the whole case (it leaves every list and figure); a hearing leaves the
 * cases heard and the repeat rate; an incident stops making the case (and hearings heard only because of
 * it) a repeat; an action stops being outstanding, overdue or counted. Corrections are allowed on a closed
 * case; nothing is corrected on a voided case or a voided record (409).
 */

const LABELS = { referral: 'referral', hearing: 'hearing', incident: 'further incident', 'agency-action': 'agency action' } as const;

const NO_CONSEQUENCES: MaracVoidConsequences = { caseNoLongerRepeat: false, noLongerAwaitingRelisting: false, hearingsNoLongerRepeat: [] };

/** A case is heard at most once per meeting (a voided hearing's meeting cannot hear it again). */
function hearingOf(state: ReferredCase, meetingId: string): CaseHearing | undefined {
  return state.hearings.find((hearing) => hearing.meetingId === meetingId);
}

/** The record a correction names, checked: 404 when there is none, 409 when voided. */
function correctable(state: ReferredCase, kind: AmendCaseRecord['recordKind'], recordId: string): Correctable & object {
  const label = LABELS[kind];
  switch (kind) {
    case 'referral':
      return requireCorrectable(recordId === state.caseId ? state : undefined, label);
    case 'hearing':
      return requireCorrectable(hearingOf(state, recordId), label);
    case 'incident':
      return requireCorrectable(
        state.incidents.find((incident) => incident.incidentId === recordId),
        label,
      );
    case 'agency-action':
      return requireCorrectable(
        state.actions.find((action) => action.actionId === recordId),
        label,
      );
  }
}

function checkReferralDate(state: ReferredCase, referralDate: IsoDate): void {
  const later: [IsoDate | null, string][] = [
    ...state.listings.map((listing): [IsoDate, string] => [listing.meetingDate, 'the date of a meeting it is listed for']),
    ...counted(state.hearings).map((hearing): [IsoDate, string] => [hearing.heardOn, 'a hearing of the case']),
    ...counted(state.actions).flatMap((action): [IsoDate | null, string][] => [
      [action.dueDate, "an action's due date"],
      [action.completedOn, "an action's completion"],
    ]),
    ...counted(state.incidents).map((incident): [IsoDate, string] => [incident.date, 'a further incident']),
    [state.closedOn, 'the date the case was closed'],
  ];
  const clash = later.find(([date]) => date !== null && isBefore(date, referralDate));
  if (clash) throw new IllegalStateError(`The corrected referral date is after ${clash[1]}; correct that first.`);
  if (counted(state.incidents).some((incident) => !isWithinMonthsAfter(referralDate, incident.date, REPEAT_WINDOW_MONTHS))) {
    throw new IllegalStateError(
      `The corrected referral date puts a further incident more than ${REPEAT_WINDOW_MONTHS} months after the referral.`,
    );
  }
}

function amendedReferral(
  command: AmendCaseRecord & { recordKind: 'referral' },
  state: ReferredCase,
): Partial<MaracAmendedFields['referral']> {
  const { profile, ...plain } = command.changes;
  const changes: Partial<MaracAmendedFields['referral']> = { ...plain };
  if (plain.referralDate !== undefined) requireDateThatHappened(plain.referralDate, 'referral date', command.today);
  if (plain.referringAgency !== undefined)
    requireOneOf(plain.referringAgency, MARAC_AGENCIES, 'The referring agency is not one of the MARAC agencies.');
  if (plain.criterion !== undefined) {
    requireOneOf(
      plain.criterion,
      REFERRAL_CRITERIA,
      'The referral criterion must be visible-high-risk, professional-judgement, potential-escalation or repeat.',
    );
  }
  if (profile !== undefined) changes.profile = victimProfileAtReferral(profile, null, plain.referralDate ?? state.referralDate);
  const amended = changedFields<MaracAmendedFields['referral']>(
    state,
    changes,
    ['referralDate', 'referringAgency', 'criterion', 'profile'],
    LABELS.referral,
  );
  if (amended.referralDate !== undefined) checkReferralDate(state, amended.referralDate);
  if (amended.criterion === 'visible-high-risk' && (state.dash?.score ?? 0) < HIGH_RISK_DASH_SCORE) {
    throw new IllegalStateError(
      `The visible high risk criterion needs a DASH score of ${HIGH_RISK_DASH_SCORE} or more, and this case's latest DASH has less.`,
    );
  }
  if (amended.criterion === 'repeat' && !state.referralIsRepeat) {
    throw new IllegalStateError(
      `The repeat criterion needs an earlier MARAC referral of the victim with one of the same perpetrators within ${REPEAT_WINDOW_MONTHS} months, and this referral was not a repeat.`,
    );
  }
  if (amended.criterion === 'potential-escalation') {
    throw new IllegalStateError(
      'A referral cannot be corrected to the potential escalation criterion: the police call-outs are counted on a referral, so void it and refer again.',
    );
  }
  return amended;
}

function amendedHearing(
  command: AmendCaseRecord & { recordKind: 'hearing' },
  state: ReferredCase,
  hearing: CaseHearing,
): Partial<MaracAmendedFields['hearing']> {
  const { heardOn, agenciesPresent } = command.changes;
  const changes: Partial<MaracAmendedFields['hearing']> = { ...command.changes };
  if (heardOn !== undefined) requireDateThatHappened(heardOn, 'date the case was heard', command.today);
  if (agenciesPresent !== undefined) {
    if (!Array.isArray(agenciesPresent) || agenciesPresent.length === 0)
      throw new InvalidCommandError('Record at least one agency present when the case was heard.');
    for (const agency of agenciesPresent) requireOneOf(agency, MARAC_AGENCIES, 'An agency present is not one of the MARAC agencies.');
    changes.agenciesPresent = [...new Set(agenciesPresent)];
  }
  const amended = changedFields<MaracAmendedFields['hearing']>(
    hearing,
    changes,
    ['heardOn', 'agenciesPresent'],
    LABELS.hearing,
    sameAgencies,
  );
  const listing = state.listings.find((l) => l.meetingId === hearing.meetingId);
  if (amended.heardOn !== undefined && listing && amended.heardOn !== listing.meetingDate) {
    throw new IllegalStateError(
      `A case is heard on the date of the meeting it is listed for (${listing.meetingDate}), not on another day.`,
    );
  }
  return amended;
}

/** Agencies present compare as a set. */
function sameAgencies(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((agency) => b.includes(agency));
  return a === b;
}

function amendedIncident(
  command: AmendCaseRecord & { recordKind: 'incident' },
  state: ReferredCase,
  incident: CaseIncident,
): Partial<MaracAmendedFields['incident']> {
  const { description, ...plain } = command.changes;
  const changes: Partial<MaracAmendedFields['incident']> = { ...plain };
  if (plain.date !== undefined) requireDateThatHappened(plain.date, 'date of the incident', command.today);
  if (plain.reportedOn !== undefined) requireDateThatHappened(plain.reportedOn, 'date the incident was reported', command.today);
  if (plain.reportingAgency !== undefined)
    requireOneOf(plain.reportingAgency, MARAC_AGENCIES, 'The reporting agency is not one of the MARAC agencies.');
  if (description !== undefined) {
    requireText(description, 'A further incident needs a description.');
    changes.description = personalData(state.victimPersonId, { text: description });
  }
  const amended = changedFields<MaracAmendedFields['incident']>(
    incident,
    changes,
    ['date', 'reportedOn', 'reportingAgency', 'description'],
    LABELS.incident,
  );
  const date = amended.date ?? incident.date;
  if (isBefore(amended.reportedOn ?? incident.reportedOn, date))
    throw new InvalidCommandError('An incident cannot be reported before the date it happened.');
  if (isBefore(date, state.referralDate) || !isWithinMonthsAfter(state.referralDate, date, REPEAT_WINDOW_MONTHS)) {
    throw new IllegalStateError(`A further incident must be dated from the referral to ${REPEAT_WINDOW_MONTHS} months after it.`);
  }
  return amended;
}

function amendedAction(
  command: AmendCaseRecord & { recordKind: 'agency-action' },
  state: ReferredCase,
  action: CaseAgencyAction,
): Partial<MaracAmendedFields['agency-action']> {
  const { description, ...plain } = command.changes;
  const changes: Partial<MaracAmendedFields['agency-action']> = { ...plain };
  if (plain.agency !== undefined) requireOneOf(plain.agency, MARAC_AGENCIES, 'The agency is not one of the MARAC agencies.');
  if (plain.dueDate !== undefined) requirePlannedDate(plain.dueDate, 'due date', command.today);
  if (description !== undefined) {
    requireText(description, 'An action needs a description.');
    changes.description = personalData(state.victimPersonId, { text: description });
  }
  const amended = changedFields<MaracAmendedFields['agency-action']>(
    action,
    changes,
    ['agency', 'description', 'dueDate'],
    LABELS['agency-action'],
  );
  if (amended.dueDate !== undefined && isBefore(amended.dueDate, state.referralDate)) {
    throw new IllegalStateError('An action cannot be due before the date the case was referred.');
  }
  return amended;
}

function correctionData(command: AmendCaseRecord | VoidCaseRecord, state: ReferredCase) {
  return {
    caseId: state.caseId,
    maracId: state.maracId,
    victimPersonId: state.victimPersonId,
    recordId: command.recordId,
    reason: personalData(state.victimPersonId, { text: command.reason }),
    correctedAt: command.correctedAt,
    correctedBy: command.correctedBy,
  };
}

export function amendCaseRecord(command: AmendCaseRecord, state: ReferredCase): MaracCaseEvent[] {
  requireCorrectionCommand(command, MARAC_RECORD_KINDS, command.recordKind);
  const record = correctable(state, command.recordKind, command.recordId);
  const base = correctionData(command, state);
  let event: MaracRecordAmended;
  switch (command.recordKind) {
    case 'referral':
      event = { type: 'MaracRecordAmended', data: { ...base, recordKind: 'referral', amended: amendedReferral(command, state) } };
      break;
    case 'hearing':
      event = {
        type: 'MaracRecordAmended',
        data: { ...base, recordKind: 'hearing', amended: amendedHearing(command, state, record as CaseHearing) },
      };
      break;
    case 'incident':
      event = {
        type: 'MaracRecordAmended',
        data: { ...base, recordKind: 'incident', amended: amendedIncident(command, state, record as CaseIncident) },
      };
      break;
    case 'agency-action':
      event = {
        type: 'MaracRecordAmended',
        data: { ...base, recordKind: 'agency-action', amended: amendedAction(command, state, record as CaseAgencyAction) },
      };
      break;
  }
  return [event];
}

/** What voiding a further incident changes: the repeat flags and relisting that rested on it alone. */
function consequencesOfIncidentVoid(state: ReferredCase, incidentId: string): MaracVoidConsequences {
  const others = counted(state.incidents).filter((incident) => incident.incidentId !== incidentId && incident.makesRepeat);
  const stillRepeat = (hearing: CaseHearing) =>
    state.referralIsRepeat || hearing.incidentsBefore.some((id) => others.some((o) => o.incidentId === id));
  return {
    caseNoLongerRepeat: state.isRepeat && !state.referralIsRepeat && others.length === 0,
    noLongerAwaitingRelisting:
      state.awaitingRelisting && !state.incidentsAwaitingRelisting.some((id) => others.some((other) => other.incidentId === id)),
    hearingsNoLongerRepeat: counted(state.hearings)
      .filter((hearing) => hearing.asRepeat && !stillRepeat(hearing))
      .map((hearing) => hearing.meetingId),
  };
}

export function voidCaseRecord(command: VoidCaseRecord, state: ReferredCase): MaracCaseEvent[] {
  requireCorrectionCommand(command, MARAC_RECORD_KINDS, command.recordKind);
  correctable(state, command.recordKind, command.recordId);
  return [
    {
      type: 'MaracRecordVoided',
      data: {
        ...correctionData(command, state),
        recordKind: command.recordKind,
        consequences: command.recordKind === 'incident' ? consequencesOfIncidentVoid(state, command.recordId) : NO_CONSEQUENCES,
      },
    },
  ];
}

/** Replaces the record's fields with the amended ones; descriptions are not in the state (personal data). */
export function evolveAmended(state: ReferredCase, event: MaracRecordAmended): ReferredCase {
  const { data } = event;
  const note = amendmentNote(data, data.amended);
  switch (data.recordKind) {
    case 'referral':
      return applyAmendment(state, data.amended, note);
    case 'hearing':
      return {
        ...state,
        hearings: state.hearings.map((h) => (h === hearingOf(state, data.recordId) ? applyAmendment(h, data.amended, note) : h)),
      };
    case 'incident': {
      const amended = { ...data.amended };
      delete amended.description;
      return { ...state, incidents: state.incidents.map((i) => (i.incidentId === data.recordId ? applyAmendment(i, amended, note) : i)) };
    }
    case 'agency-action': {
      const amended = { ...data.amended };
      delete amended.description;
      return { ...state, actions: state.actions.map((a) => (a.actionId === data.recordId ? applyAmendment(a, amended, note) : a)) };
    }
  }
}

/** Marks the record voided and applies the consequences the void recorded. */
export function evolveVoided(state: ReferredCase, event: MaracRecordVoided): ReferredCase {
  const { data } = event;
  const note = voidNote(data);
  switch (data.recordKind) {
    case 'referral':
      return applyVoid(state, note);
    case 'hearing':
      return { ...state, hearings: state.hearings.map((h) => (h === hearingOf(state, data.recordId) ? applyVoid(h, note) : h)) };
    case 'incident': {
      const { caseNoLongerRepeat, noLongerAwaitingRelisting, hearingsNoLongerRepeat } = data.consequences;
      return {
        ...state,
        incidents: state.incidents.map((i) => (i.incidentId === data.recordId ? applyVoid(i, note) : i)),
        isRepeat: state.isRepeat && !caseNoLongerRepeat,
        awaitingRelisting: state.awaitingRelisting && !noLongerAwaitingRelisting,
        incidentsAwaitingRelisting: state.incidentsAwaitingRelisting.filter((id) => id !== data.recordId),
        hearings: state.hearings.map((h) => (!isVoided(h) && hearingsNoLongerRepeat.includes(h.meetingId) ? { ...h, asRepeat: false } : h)),
      };
    }
    case 'agency-action':
      return { ...state, actions: state.actions.map((a) => (a.actionId === data.recordId ? applyVoid(a, note) : a)) };
  }
}
