import {
  assertNever,
  counted,
  IllegalStateError,
  InvalidCommandError,
  isVoided,
  NotFoundError,
  personalData as envelope,
  requireId,
  requireOneOf,
  requireText,
  type Correctable,
  type Decider,
} from '@app/domain';
import { assessDash, HIGH_RISK_DASH_SCORE, type DashOutcome, type RiskBand } from './dash.js';
import {
  isAfter,
  isBefore,
  isWithinMonthsAfter,
  requireDate,
  requireDateThatHappened,
  requirePlannedDate,
  type IsoDate,
} from '@app/periods';
import {
  CASE_CLOSURE_REASONS,
  MARAC_AGENCIES,
  PERPETRATOR_RELATIONSHIPS,
  REFERRAL_CRITERIA,
  REPEAT_RECLASSIFICATION_REASONS,
  type CaseClosureReason,
  type MaracAgency,
  type ReferralCriterion,
} from './marac-codes.js';
import { REPEAT_WINDOW_MONTHS } from './marac-defaults.js';
import type {
  AddAgencyAction,
  CloseCase,
  CompleteAgencyAction,
  DashChecklistInput,
  ListCaseForMeeting,
  MaracCaseCommand,
  PerpetratorDetails,
  RecordCaseHeard,
  ReclassifyCaseRepeat,
  RecordDashAssessment,
  ReferCase,
  ReportFurtherIncident,
  VictimDetails,
} from './marac-case.commands.js';
import { amendCaseRecord, evolveAmended, evolveVoided, voidCaseRecord } from './marac-case-corrections.js';
import type { DashAssessmentRecorded, FreeText, MaracCaseEvent } from './marac-case.events.js';
import { victimProfileAtReferral, type VictimProfile } from './victim-profile.js';

export interface CaseDash {
  assessedOn: IsoDate;
  score: number;
  actuarialBand: RiskBand;
  riskBand: RiskBand;
  overriddenTo: RiskBand | null;
}

export interface CaseListing {
  meetingId: string;
  meetingDate: IsoDate;
  relisting: boolean;
}

/** Hearings, incidents and actions keep their corrections; a voided one stays in the state, marked. */
export interface CaseHearing extends Correctable {
  meetingId: string;
  heardOn: IsoDate;
  asRepeat: boolean;
  agenciesPresent: MaracAgency[];
  /**
   * The further incidents counted before the hearing that made the case a repeat, whether or not the
   * referral was one: the hearing stays a repeat while one of them still counts (a reclassified referral,
   * a voided incident).
   */
  incidentsBefore: string[];
}

export interface CaseAgencyAction extends Correctable {
  actionId: string;
  meetingId: string | null;
  agency: MaracAgency;
  dueDate: IsoDate;
  completedOn: IsoDate | null;
}

export interface CaseIncident extends Correctable {
  incidentId: string;
  date: IsoDate;
  reportedOn: IsoDate;
  reportingAgency: MaracAgency;
  makesRepeat: boolean;
}

export interface NotReferredCase {
  status: 'not-referred';
}

/**
 * What the decider and the application layer need; no personal data (it lives only in the events).
 * `corrections` are the referral's own: a voided referral is a voided case, on which nothing more is done.
 */
export interface ReferredCase extends Correctable {
  status: 'open' | 'closed';
  caseId: string;
  maracId: string;
  partnershipId: string;
  victimPersonId: string;
  perpetratorPersonIds: string[];
  referralDate: IsoDate;
  referringAgency: MaracAgency;
  criterion: ReferralCriterion;
  profile: VictimProfile;
  /** The referral was a repeat (re-referral within 12 months). */
  referralIsRepeat: boolean;
  /** A repeat from referral (re-referral within 12 months) or since a further incident. */
  isRepeat: boolean;
  previousCaseId: string | null;
  /** The DASH with the latest assessment date (the later recorded on a tie), or null. */
  dash: CaseDash | null;
  riskBand: RiskBand | null;
  listings: CaseListing[];
  hearings: CaseHearing[];
  /** A further incident was reported and the case has not been listed for a meeting since. */
  awaitingRelisting: boolean;
  /** The incidents behind `awaitingRelisting` (reported since the last listing or closure). */
  incidentsAwaitingRelisting: string[];
  actions: CaseAgencyAction[];
  incidents: CaseIncident[];
  closedOn: IsoDate | null;
  closureReason: CaseClosureReason | null;
}

export type MaracCaseState = NotReferredCase | ReferredCase;

/** Copies only the fields that are set, so events carry no `undefined` keys. */
function compact<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined && v !== null)) as T;
}

/** The case a command is about: 404 if never referred; 409 once voided (nothing more is done on it). */
function requireReferred(state: MaracCaseState, caseId: string): ReferredCase {
  if (state.status === 'not-referred') throw new NotFoundError('There is no MARAC referral for this case.');
  if (state.caseId !== caseId) throw new InvalidCommandError('The command is for a different case than this record.');
  if (isVoided(state))
    throw new IllegalStateError(
      'This case was voided (its referral was entered by mistake), so nothing more can be recorded or corrected on it.',
    );
  return state;
}

function requireOpen(state: ReferredCase, consequence: string): void {
  if (state.status === 'closed') throw new IllegalStateError(`This case is closed, so ${consequence}.`);
}

function dashEvent(
  state: { caseId: string; maracId: string; victimPersonId: string },
  assessedOn: IsoDate,
  input: DashChecklistInput,
  outcome: DashOutcome,
): DashAssessmentRecorded {
  return {
    type: 'DashAssessmentRecorded',
    data: {
      caseId: state.caseId,
      maracId: state.maracId,
      assessedOn,
      score: outcome.score,
      actuarialBand: outcome.actuarialBand,
      riskBand: outcome.riskBand,
      override:
        outcome.overriddenTo === null || !input.override
          ? null
          : { level: outcome.overriddenTo, reason: envelope<FreeText>(state.victimPersonId, { text: input.override.reason }) },
      answers: envelope(state.victimPersonId, { answers: [...input.answers] }),
    },
  };
}

function referCase(command: ReferCase, state: MaracCaseState): MaracCaseEvent[] {
  if (state.status !== 'not-referred') throw new IllegalStateError('This case has already been referred.');
  requireId(command.caseId, 'case id');
  requireId(command.maracId, 'MARAC id');
  requireId(command.partnershipId, 'partnership id');
  requireDateThatHappened(command.referralDate, 'referral date', command.today);
  requireOneOf(command.referringAgency, MARAC_AGENCIES, 'The referring agency is not one of the MARAC agencies.');
  requireOneOf(
    command.criterion,
    REFERRAL_CRITERIA,
    'The referral criterion must be visible-high-risk, professional-judgement, potential-escalation or repeat.',
  );

  const victim = command.victim;
  requireId(victim?.personId, "victim's person id");
  requireText(victim.details?.fullName, "The victim's full name is missing.");
  if (victim.details?.dateOfBirth !== undefined)
    requireDateThatHappened(victim.details.dateOfBirth, "victim's date of birth", command.today);
  const profile = victimProfileAtReferral(victim.profile, victim.details.dateOfBirth, command.referralDate);

  if (!Array.isArray(command.perpetrators) || command.perpetrators.length === 0) {
    throw new InvalidCommandError('A referral needs at least one perpetrator.');
  }
  const seen = new Set<string>();
  for (const perpetrator of command.perpetrators) {
    requireId(perpetrator.personId, "perpetrator's person id");
    requireOneOf(
      perpetrator.relationship,
      PERPETRATOR_RELATIONSHIPS,
      "A perpetrator's relationship to the victim is not one of the listed ones.",
    );
    requireText(perpetrator.details?.fullName, "A perpetrator's full name is missing.");
    if (perpetrator.details.dateOfBirth !== undefined)
      requireDateThatHappened(perpetrator.details.dateOfBirth, "perpetrator's date of birth", command.today);
    if (perpetrator.personId === victim.personId) throw new InvalidCommandError('The victim cannot also be named as a perpetrator.');
    if (seen.has(perpetrator.personId)) throw new InvalidCommandError('The same perpetrator is named twice.');
    seen.add(perpetrator.personId);
  }

  if (typeof command.isRepeat !== 'boolean') throw new InvalidCommandError('Whether the referral is a repeat is missing.');
  if (command.isRepeat && !command.previousCaseId) throw new InvalidCommandError('A repeat referral needs the id of the previous case.');
  if (!command.isRepeat && command.previousCaseId) throw new InvalidCommandError('Only a repeat referral names a previous case.');
  if (command.previousCaseId === command.caseId) throw new InvalidCommandError('A case cannot be a repeat of itself.');
  if (command.criterion === 'repeat' && !command.isRepeat) {
    throw new InvalidCommandError(
      `A referral on the repeat criterion must follow an earlier MARAC referral of the victim with one of the same perpetrators within ${REPEAT_WINDOW_MONTHS} months.`,
    );
  }

  let dash: { assessedOn: IsoDate; input: DashChecklistInput; outcome: DashOutcome } | null = null;
  if (command.dash) {
    const assessedOn = command.dash.assessedOn ?? command.referralDate;
    requireDateThatHappened(assessedOn, 'DASH assessment date', command.today);
    dash = { assessedOn, input: command.dash, outcome: assessDash(command.dash.answers, command.dash.override) };
  }
  if (command.criterion === 'visible-high-risk') {
    if (!dash) {
      throw new InvalidCommandError(
        `A referral on the visible high risk criterion needs a DASH checklist scoring ${HIGH_RISK_DASH_SCORE} or more.`,
      );
    }
    if (dash.outcome.score < HIGH_RISK_DASH_SCORE) {
      throw new InvalidCommandError(
        `A referral on the visible high risk criterion needs a DASH score of ${HIGH_RISK_DASH_SCORE} or more; ` +
          `this checklist scores ${dash.outcome.score}. If professional judgement puts the risk higher, refer on the professional judgement criterion.`,
      );
    }
  }

  const events: MaracCaseEvent[] = [
    {
      type: 'CaseReferred',
      data: {
        caseId: command.caseId,
        maracId: command.maracId,
        partnershipId: command.partnershipId,
        referralDate: command.referralDate,
        referringAgency: command.referringAgency,
        criterion: command.criterion,
        isRepeat: command.isRepeat,
        previousCaseId: command.isRepeat ? command.previousCaseId : null,
        victim: {
          personId: victim.personId,
          details: envelope<VictimDetails>(victim.personId, compact(victim.details)),
          profile,
        },
        perpetrators: command.perpetrators.map((perpetrator) => ({
          personId: perpetrator.personId,
          relationship: perpetrator.relationship,
          details: envelope<PerpetratorDetails>(perpetrator.personId, compact(perpetrator.details)),
        })),
      },
    },
  ];
  if (dash) {
    events.push(
      dashEvent(
        { caseId: command.caseId, maracId: command.maracId, victimPersonId: victim.personId },
        dash.assessedOn,
        dash.input,
        dash.outcome,
      ),
    );
  }
  return events;
}

function recordDashAssessment(command: RecordDashAssessment, state: MaracCaseState): MaracCaseEvent[] {
  const current = requireReferred(state, command.caseId);
  requireOpen(current, 'a DASH assessment cannot be recorded on it');
  requireDateThatHappened(command.assessedOn, 'DASH assessment date', command.today);
  const outcome = assessDash(command.answers, command.override);
  return [dashEvent(current, command.assessedOn, command, outcome)];
}

function listCaseForMeeting(command: ListCaseForMeeting, state: MaracCaseState): MaracCaseEvent[] {
  const current = requireReferred(state, command.caseId);
  requireOpen(current, 'it cannot be listed for a meeting');
  requireId(command.meetingId, 'meeting id');
  requireDate(command.meetingDate, 'meeting date');
  if (isBefore(command.meetingDate, current.referralDate)) {
    throw new IllegalStateError('This meeting is before the date the case was referred, so the case cannot be listed for it.');
  }
  if (current.listings.some((listing) => listing.meetingId === command.meetingId)) {
    throw new IllegalStateError('This case is already listed for this meeting.');
  }
  return [
    {
      type: 'CaseListedForMeeting',
      data: {
        caseId: current.caseId,
        maracId: current.maracId,
        meetingId: command.meetingId,
        meetingDate: command.meetingDate,
        relisting: current.awaitingRelisting,
      },
    },
  ];
}

function recordCaseHeard(command: RecordCaseHeard, state: MaracCaseState): MaracCaseEvent[] {
  const current = requireReferred(state, command.caseId);
  requireOpen(current, 'it cannot be recorded as heard');
  requireId(command.meetingId, 'meeting id');
  if (command.heardOn !== undefined) requireDateThatHappened(command.heardOn, 'date the case was heard', command.today);
  const agenciesPresent = agenciesPresentForCase(command);
  const listing = current.listings.find((l) => l.meetingId === command.meetingId);
  if (!listing) {
    throw new IllegalStateError(
      "This case was not listed for this meeting, so it cannot be recorded as heard there. List it on the meeting's agenda first.",
    );
  }
  const earlier = current.hearings.find((hearing) => hearing.meetingId === command.meetingId);
  if (earlier && isVoided(earlier)) {
    throw new IllegalStateError(
      "This case's hearing at this meeting was voided, so it cannot be recorded as heard there again: list it for another meeting.",
    );
  }
  if (earlier) throw new IllegalStateError('This case is already recorded as heard at this meeting.');
  const heardOn = command.heardOn ?? listing.meetingDate;
  if (heardOn !== listing.meetingDate) {
    throw new IllegalStateError(
      `A case is heard on the date of the meeting it is listed for (${listing.meetingDate}), not on another day.`,
    );
  }
  if (isAfter(heardOn, command.today)) {
    throw new IllegalStateError(
      `This meeting's date is later than today (${command.today} in the UK), so the case cannot be recorded as heard yet.`,
    );
  }
  return [
    {
      type: 'CaseHeard',
      data: {
        caseId: current.caseId,
        maracId: current.maracId,
        meetingId: command.meetingId,
        heardOn,
        agenciesPresent,
        asRepeat: current.isRepeat,
        riskBand: current.riskBand,
      },
    },
  ];
}

/**
 * The agencies present when a case was heard: the meeting's attendance (or, where it is not recorded, the
 * command's own list), less the agencies that left before this case. Each is a MARAC agency; an agency
 * stated for a case must have been at the meeting, and one that left early must have been there for it.
 */
function agenciesPresentForCase(command: RecordCaseHeard): MaracAgency[] {
  const stated = command.agenciesPresent;
  const leftEarly = command.agenciesLeftEarly ?? [];
  for (const agency of [...(stated ?? []), ...leftEarly, ...(command.meetingAgenciesPresent ?? [])]) {
    requireOneOf(agency, MARAC_AGENCIES, 'An agency present is not one of the MARAC agencies.');
  }
  const atMeeting = command.meetingAgenciesPresent ?? null;
  if (stated !== undefined && atMeeting !== null && stated.some((agency) => !atMeeting.includes(agency))) {
    throw new IllegalStateError('An agency present for this case is not among the agencies recorded at the meeting.');
  }
  const base = stated ?? atMeeting;
  if (!Array.isArray(base) || base.length === 0) {
    throw new InvalidCommandError(
      'Record at least one agency present: mark the meeting held with the agencies present, or give them for this case.',
    );
  }
  if (leftEarly.some((agency) => !base.includes(agency))) {
    throw new InvalidCommandError('An agency that left early must be one of the agencies present at the meeting.');
  }
  const present = [...new Set(base)].filter((agency) => !leftEarly.includes(agency));
  if (present.length === 0) throw new InvalidCommandError('At least one agency must have been present when the case was heard.');
  return present;
}

function addAgencyAction(command: AddAgencyAction, state: MaracCaseState): MaracCaseEvent[] {
  const current = requireReferred(state, command.caseId);
  requireOpen(current, 'no action can be added to it');
  requireId(command.actionId, 'action id');
  requireOneOf(command.agency, MARAC_AGENCIES, 'The agency is not one of the MARAC agencies.');
  requireText(command.description, 'An action needs a description.');
  requirePlannedDate(command.dueDate, 'due date', command.today);
  const meetingId = command.meetingId ?? null;
  if (meetingId !== null) {
    requireId(meetingId, 'meeting id');
    if (!current.listings.some((listing) => listing.meetingId === meetingId)) {
      throw new IllegalStateError('This case was not listed for that meeting, so an action cannot be recorded against it.');
    }
  }
  if (current.actions.some((action) => action.actionId === command.actionId)) {
    throw new IllegalStateError('An action with this id is already on this case.');
  }
  if (isBefore(command.dueDate, current.referralDate)) {
    throw new IllegalStateError('An action cannot be due before the date the case was referred.');
  }
  return [
    {
      type: 'AgencyActionAdded',
      data: {
        caseId: current.caseId,
        maracId: current.maracId,
        actionId: command.actionId,
        meetingId,
        agency: command.agency,
        dueDate: command.dueDate,
        description: envelope<FreeText>(current.victimPersonId, { text: command.description }),
      },
    },
  ];
}

function completeAgencyAction(command: CompleteAgencyAction, state: MaracCaseState): MaracCaseEvent[] {
  const current = requireReferred(state, command.caseId);
  requireOpen(current, 'its actions cannot be completed');
  requireId(command.actionId, 'action id');
  requireDateThatHappened(command.completedOn, 'completion date', command.today);
  const action = current.actions.find((a) => a.actionId === command.actionId);
  if (!action) throw new NotFoundError('There is no action with this id on this case.');
  if (isVoided(action)) throw new IllegalStateError('This action was voided, so it cannot be completed.');
  if (action.completedOn !== null) throw new IllegalStateError('This action has already been completed.');
  if (isBefore(command.completedOn, current.referralDate)) {
    throw new IllegalStateError('An action cannot be completed before the date the case was referred.');
  }
  return [
    {
      type: 'AgencyActionCompleted',
      data: {
        caseId: current.caseId,
        maracId: current.maracId,
        actionId: action.actionId,
        agency: action.agency,
        dueDate: action.dueDate,
        completedOn: command.completedOn,
        completedLate: isAfter(command.completedOn, action.dueDate),
      },
    },
  ];
}

function reportFurtherIncident(command: ReportFurtherIncident, state: MaracCaseState): MaracCaseEvent[] {
  const current = requireReferred(state, command.caseId);
  requireId(command.incidentId, 'incident id');
  requireDateThatHappened(command.date, 'date of the incident', command.today);
  requireDateThatHappened(command.reportedOn, 'date the incident was reported', command.today);
  requireOneOf(command.reportingAgency, MARAC_AGENCIES, 'The reporting agency is not one of the MARAC agencies.');
  requireText(command.description, 'A further incident needs a description.');
  if (isBefore(command.reportedOn, command.date)) {
    throw new InvalidCommandError('An incident cannot be reported before the date it happened.');
  }
  if (current.incidents.some((incident) => incident.incidentId === command.incidentId)) {
    throw new IllegalStateError('This incident is already recorded on this case.');
  }
  if (isBefore(command.date, current.referralDate)) {
    throw new IllegalStateError(
      'This incident is dated before the case was referred, so it is not a further incident. Add it to the referral information instead.',
    );
  }
  if (!isWithinMonthsAfter(current.referralDate, command.date, REPEAT_WINDOW_MONTHS)) {
    throw new IllegalStateError(
      `This incident is more than ${REPEAT_WINDOW_MONTHS} months after the case was referred, so it is not a repeat of this case: make a new referral to MARAC.`,
    );
  }
  if (current.status === 'closed' && counted(current.hearings).length === 0) {
    throw new IllegalStateError(
      'This case was closed without being heard at MARAC, so a further incident cannot reopen it: make a new referral to MARAC.',
    );
  }
  const events: MaracCaseEvent[] = [
    {
      type: 'FurtherIncidentReported',
      data: {
        caseId: current.caseId,
        maracId: current.maracId,
        incidentId: command.incidentId,
        date: command.date,
        reportedOn: command.reportedOn,
        reportingAgency: command.reportingAgency,
        description: envelope<FreeText>(current.victimPersonId, { text: command.description }),
        makesRepeat: true,
      },
    },
  ];
  if (current.status === 'closed') {
    events.push({
      type: 'CaseReopened',
      data: { caseId: current.caseId, maracId: current.maracId, reopenedOn: command.reportedOn, incidentId: command.incidentId },
    });
  }
  return events;
}

/** The further incidents that still count (not voided) and make the case a repeat. */
function incidentsMakingRepeat(state: ReferredCase): CaseIncident[] {
  return counted(state.incidents).filter((incident) => incident.makesRepeat);
}

function reclassifyCaseRepeat(command: ReclassifyCaseRepeat, state: MaracCaseState): MaracCaseEvent[] {
  requireOneOf(command.reason, REPEAT_RECLASSIFICATION_REASONS, 'The reason for reclassifying the case is not one of the listed reasons.');
  if (typeof command.repeat !== 'boolean') throw new InvalidCommandError('Whether the referral is a repeat is missing.');
  if (command.repeat !== (command.previousCaseId !== null)) {
    throw new InvalidCommandError('A repeat names the previous case, and only a repeat does.');
  }
  if (command.previousCaseId !== null) requireId(command.previousCaseId, 'previous case id');
  // A voided case counts nowhere, so its outcome no longer matters: nothing to follow (not a 409, which
  // would park the process manager's reaction as a dead letter).
  if (state.status !== 'not-referred' && state.caseId === command.caseId && isVoided(state)) return [];
  const current = requireReferred(state, command.caseId);
  if (command.previousCaseId === current.caseId) throw new InvalidCommandError('A case cannot be a repeat of itself.');
  if (command.repeat === current.referralIsRepeat && command.previousCaseId === current.previousCaseId) return [];

  const stillCounting = incidentsMakingRepeat(current).map((incident) => incident.incidentId);
  const heardAs = (hearing: CaseHearing) => command.repeat || hearing.incidentsBefore.some((id) => stillCounting.includes(id));
  const hearings = counted(current.hearings);
  return [
    {
      type: 'CaseRepeatReclassified',
      data: {
        caseId: current.caseId,
        maracId: current.maracId,
        repeat: command.repeat,
        previousCaseId: command.previousCaseId,
        reason: command.reason,
        isRepeat: command.repeat || stillCounting.length > 0,
        hearingsNowRepeat: hearings.filter((h) => !h.asRepeat && heardAs(h)).map((h) => h.meetingId),
        hearingsNoLongerRepeat: hearings.filter((h) => h.asRepeat && !heardAs(h)).map((h) => h.meetingId),
      },
    },
  ];
}

function closeCase(command: CloseCase, state: MaracCaseState): MaracCaseEvent[] {
  const current = requireReferred(state, command.caseId);
  if (current.status === 'closed') throw new IllegalStateError('This case is already closed.');
  requireDateThatHappened(command.closedOn, 'closing date', command.today);
  requireOneOf(command.reason, CASE_CLOSURE_REASONS, 'The reason for closing is not one of the listed reasons.');
  const note = command.note ?? null;
  if (note !== null && typeof note !== 'string') throw new InvalidCommandError('The closing note must be text.');
  if (isBefore(command.closedOn, current.referralDate)) {
    throw new IllegalStateError('A case cannot be closed before the date it was referred.');
  }
  return [
    {
      type: 'CaseClosed',
      data: {
        caseId: current.caseId,
        maracId: current.maracId,
        closedOn: command.closedOn,
        reason: command.reason,
        note: note === null || note.trim() === '' ? null : envelope<FreeText>(current.victimPersonId, { text: note }),
      },
    },
  ];
}

/** Applies an event to a referred case; events before a referral cannot occur and are ignored. */
function evolveReferred(state: ReferredCase, event: Exclude<MaracCaseEvent, { type: 'CaseReferred' }>): ReferredCase {
  switch (event.type) {
    case 'DashAssessmentRecorded': {
      const { assessedOn, score, actuarialBand, riskBand, override } = event.data;
      if (state.dash && isBefore(assessedOn, state.dash.assessedOn)) return state;
      return {
        ...state,
        dash: { assessedOn, score, actuarialBand, riskBand, overriddenTo: override?.level ?? null },
        riskBand,
      };
    }
    case 'CaseListedForMeeting':
      return {
        ...state,
        listings: [
          ...state.listings,
          { meetingId: event.data.meetingId, meetingDate: event.data.meetingDate, relisting: event.data.relisting },
        ],
        awaitingRelisting: false,
        incidentsAwaitingRelisting: [],
      };
    case 'CaseHeard':
      return {
        ...state,
        hearings: [
          ...state.hearings,
          {
            meetingId: event.data.meetingId,
            heardOn: event.data.heardOn,
            asRepeat: event.data.asRepeat,
            agenciesPresent: [...event.data.agenciesPresent],
            incidentsBefore: incidentsMakingRepeat(state).map((incident) => incident.incidentId),
            corrections: [],
          },
        ],
      };
    case 'AgencyActionAdded':
      return {
        ...state,
        actions: [
          ...state.actions,
          {
            actionId: event.data.actionId,
            meetingId: event.data.meetingId,
            agency: event.data.agency,
            dueDate: event.data.dueDate,
            completedOn: null,
            corrections: [],
          },
        ],
      };
    case 'AgencyActionCompleted':
      return {
        ...state,
        actions: state.actions.map((action) =>
          action.actionId === event.data.actionId ? { ...action, completedOn: event.data.completedOn } : action,
        ),
      };
    case 'FurtherIncidentReported':
      return {
        ...state,
        incidents: [
          ...state.incidents,
          {
            incidentId: event.data.incidentId,
            date: event.data.date,
            reportedOn: event.data.reportedOn,
            reportingAgency: event.data.reportingAgency,
            makesRepeat: event.data.makesRepeat,
            corrections: [],
          },
        ],
        isRepeat: state.isRepeat || event.data.makesRepeat,
        awaitingRelisting: state.awaitingRelisting || event.data.makesRepeat,
        incidentsAwaitingRelisting: event.data.makesRepeat
          ? [...state.incidentsAwaitingRelisting, event.data.incidentId]
          : state.incidentsAwaitingRelisting,
      };
    case 'CaseReopened':
      return { ...state, status: 'open', closedOn: null, closureReason: null };
    case 'CaseClosed':
      return {
        ...state,
        status: 'closed',
        closedOn: event.data.closedOn,
        closureReason: event.data.reason,
        awaitingRelisting: false,
        incidentsAwaitingRelisting: [],
      };
    case 'MaracRecordAmended':
      return evolveAmended(state, event);
    case 'MaracRecordVoided':
      return evolveVoided(state, event);
    case 'CaseRepeatReclassified': {
      const { repeat, previousCaseId, isRepeat, hearingsNowRepeat, hearingsNoLongerRepeat } = event.data;
      const hearings = state.hearings.map((hearing) =>
        hearingsNowRepeat.includes(hearing.meetingId)
          ? { ...hearing, asRepeat: true }
          : hearingsNoLongerRepeat.includes(hearing.meetingId)
            ? { ...hearing, asRepeat: false }
            : hearing,
      );
      return { ...state, referralIsRepeat: repeat, previousCaseId, isRepeat, hearings };
    }
    default:
      return assertNever(event);
  }
}

/**
 * One MARAC referral episode, one stream per case id (`marac_case-<caseId>`). The rules:
 * - ReferCase: visible-high-risk needs a DASH scoring 14+ (400); the repeat criterion needs isRepeat (400).
 * - RecordDashAssessment: score = yes answers; override may only raise the level and needs a reason (400).
 * - ListCaseForMeeting / RecordCaseHeard: a case is heard only at a meeting it was listed for, once (409).
 * - AddAgencyAction / CompleteAgencyAction: unknown action 404, completing twice 409.
 * - ReportFurtherIncident: dated from the referral to 12 months after it (inclusive), else 409; makes the
 *   case a repeat and awaiting relisting; reopens a closed case that had been heard (one never heard: 409).
 * - CloseCase: closing twice 409. Anything on a case never referred: 404; changes to a closed case: 409.
 * - AmendCaseRecord / VoidCaseRecord: corrections of a referral, hearing, incident or action, on an open or
 *   closed case (rules in marac-case-corrections.ts). A voided referral voids the case: every later
 *   command on it is 409. Voided hearings, incidents and actions no longer count in any rule.
 * - ReclassifyCaseRepeat: the referral's repeat outcome as the victim's history decided it, on an open or
 *   closed case; its hearings follow (one after a further incident that still counts stays a repeat). The
 *   same outcome, or a voided case: no events.
 */
export const maracCaseDecider: Decider<MaracCaseCommand, MaracCaseState, MaracCaseEvent> = {
  initialState: () => ({ status: 'not-referred' }),

  evolve(state, event) {
    if (event.type === 'CaseReferred') {
      const data = event.data;
      return {
        status: 'open',
        caseId: data.caseId,
        maracId: data.maracId,
        partnershipId: data.partnershipId,
        victimPersonId: data.victim.personId,
        perpetratorPersonIds: data.perpetrators.map((perpetrator) => perpetrator.personId),
        referralDate: data.referralDate,
        referringAgency: data.referringAgency,
        criterion: data.criterion,
        profile: data.victim.profile,
        referralIsRepeat: data.isRepeat,
        isRepeat: data.isRepeat,
        previousCaseId: data.previousCaseId,
        dash: null,
        riskBand: null,
        listings: [],
        hearings: [],
        awaitingRelisting: false,
        incidentsAwaitingRelisting: [],
        actions: [],
        incidents: [],
        closedOn: null,
        closureReason: null,
        corrections: [],
      };
    }
    if (state.status === 'not-referred') return state;
    return evolveReferred(state, event);
  },

  decide(command, state) {
    switch (command.type) {
      case 'ReferCase':
        return referCase(command, state);
      case 'RecordDashAssessment':
        return recordDashAssessment(command, state);
      case 'ListCaseForMeeting':
        return listCaseForMeeting(command, state);
      case 'RecordCaseHeard':
        return recordCaseHeard(command, state);
      case 'AddAgencyAction':
        return addAgencyAction(command, state);
      case 'CompleteAgencyAction':
        return completeAgencyAction(command, state);
      case 'ReportFurtherIncident':
        return reportFurtherIncident(command, state);
      case 'CloseCase':
        return closeCase(command, state);
      case 'AmendCaseRecord':
        return amendCaseRecord(command, requireReferred(state, command.caseId));
      case 'VoidCaseRecord':
        return voidCaseRecord(command, requireReferred(state, command.caseId));
      case 'ReclassifyCaseRepeat':
        return reclassifyCaseRepeat(command, state);
      default:
        return assertNever(command);
    }
  },
};
