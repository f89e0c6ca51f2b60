import {
  assertNever,
  IllegalStateError,
  InvalidCommandError,
  personalData,
  requireId,
  requireOneOf,
  requireText,
  type Decider,
} from '@app/domain';
import { addWorkingDays, isAfter, isBefore, requireDate, type IsoDate } from '@app/periods';
import {
  APPLICATION_CHANNELS,
  BEHAVIOUR_TYPES,
  ESCALATION_GROUNDS,
  ESCALATION_OUTCOMES,
  OUTCOME_CHANNELS,
  RELEVANT_BODIES,
  type BehaviourType,
  type CaseReviewStage,
} from './case-review-codes.js';
import type {
  AcknowledgeApplication,
  CaseReviewApplicationCommand,
  DecideEscalation,
  DecideThreshold,
  RaiseStageAlert,
  ReceiveApplication,
  RecordRecommendationOutcome,
  RecordReview,
  RequestEscalation,
  SendOutcome,
} from './case-review-application.commands.js';
import type { CaseReviewApplicationEvent, RelevantBody, StageTiming } from './case-review-application.events.js';
import type { CaseReviewSettings } from './case-review-settings.js';
import { assessThreshold, type Complaint } from './threshold.js';

export const APPLICATION_NOT_FOUND = 'There is no such Case Review application.';

export interface RecommendationState {
  recommendationId: string;
  madeOn: IsoDate;
  dueOn: IsoDate;
  /** null until an outcome is recorded. */
  completed: boolean | null;
}

export type CaseReviewApplicationState =
  | { status: 'none' }
  | {
      status: 'received';
      applicationId: string;
      partnershipId: string;
      receivedOn: IsoDate;
      applicantPersonId: string;
      victimPersonId: string;
      behaviourTypes: BehaviourType[];
      complaints: Complaint[];
      procedure: CaseReviewSettings;
      /** The stage waiting to be done, or closed (the outcome sent and no escalation open). */
      stage: CaseReviewStage | 'closed';
      dueOn: IsoDate | null;
      acknowledgedOn: IsoDate | null;
      decidedOn: IsoDate | null;
      thresholdMet: boolean | null;
      discretionaryReview: boolean;
      heldOn: IsoDate | null;
      outcomeSentOn: IsoDate | null;
      recommendations: RecommendationState[];
      escalation: { requestedOn: IsoDate; decidedOn: IsoDate | null } | null;
      /** Alerts raised, `<kind>:<stage>:<dueOn>`, so a deadline fired twice raises one. */
      alerts: string[];
    };

type Received = Extract<CaseReviewApplicationState, { status: 'received' }>;

function requireBody(body: RelevantBody, what: string): RelevantBody {
  requireOneOf(body?.body, RELEVANT_BODIES, `The ${what} must be one of: ${RELEVANT_BODIES.join(', ')}.`);
  if (body.body === 'housing-provider') {
    requireText(body.bodyName, `The ${what} is a housing provider: name it (bodyName).`);
    return { body: body.body, bodyName: body.bodyName.trim() };
  }
  return { body: body.body, bodyName: null };
}

const bodyKey = (body: RelevantBody) => `${body.body}\u0000${body.bodyName ?? ''}`;

/** A date that is a calendar date, on or before today (409 for one later than today: nonsense, not a typo of form). */
function requireDayThatHappened(value: unknown, what: string, today: IsoDate): asserts value is IsoDate {
  requireDate(value, what);
  if (isAfter(value, today)) throw new IllegalStateError(`The ${what} is later than today.`);
}

function requireNotBefore(date: IsoDate, earlier: IsoDate | null, what: string, than: string): void {
  if (earlier !== null && isBefore(date, earlier)) throw new IllegalStateError(`The ${what} is before ${than}.`);
}

function timing(doneOn: IsoDate, dueOn: IsoDate | null): StageTiming {
  const due = dueOn ?? doneOn;
  return { dueOn: due, late: isAfter(doneOn, due) };
}

function requireStage(state: Received, stage: CaseReviewStage, refusal: string): void {
  if (state.stage !== stage) throw new IllegalStateError(refusal);
}

function receive(command: ReceiveApplication, state: CaseReviewApplicationState): CaseReviewApplicationEvent[] {
  if (state.status !== 'none') throw new IllegalStateError('This application is already logged.');
  requireId(command.applicationId, 'application id');
  requireId(command.partnershipId, 'partnership id');
  requireDayThatHappened(command.receivedOn, 'date the application was received', command.today);
  requireOneOf(command.channel, APPLICATION_CHANNELS, `The channel must be one of: ${APPLICATION_CHANNELS.join(', ')}.`);
  requireId(command.applicantPersonId, 'applicant');
  requireId(command.victimPersonId, 'victim');
  const onBehalf = command.applicantPersonId !== command.victimPersonId;
  if (onBehalf && command.victimConsentRecorded !== true) {
    throw new InvalidCommandError("An application on the victim's behalf needs the victim's consent recorded (victimConsentRecorded).");
  }
  if (!Array.isArray(command.behaviourTypes) || command.behaviourTypes.length === 0) {
    throw new InvalidCommandError('Name at least one behaviour type the application is about.');
  }
  for (const type of command.behaviourTypes) {
    requireOneOf(type, BEHAVIOUR_TYPES, `Each behaviour type must be one of: ${BEHAVIOUR_TYPES.join(', ')}.`);
  }
  requireText(command.description, 'Describe the anti-social behaviour the application is about.');
  if (!Array.isArray(command.complaints)) throw new InvalidCommandError('List the complaints already made (possibly none).');
  const complaints = command.complaints.map((complaint, index): Complaint => {
    const what = `complaint ${index + 1}`;
    const { body, bodyName } = requireBody(complaint, `body ${what} was made to`);
    requireDate(complaint.madeOn, `date ${what} was made`);
    if (!Array.isArray(complaint.behaviourDates) || complaint.behaviourDates.length === 0) {
      throw new InvalidCommandError(`Give the date of the behaviour ${what} is about (behaviourDates).`);
    }
    for (const date of complaint.behaviourDates) requireDate(date, `date of the behaviour of ${what}`);
    if (isAfter(complaint.madeOn, command.receivedOn)) throw new IllegalStateError(`The date ${what} was made is after the application.`);
    return {
      madeOn: complaint.madeOn,
      body,
      bodyName,
      behaviourDates: [...complaint.behaviourDates],
      reference: complaint.reference?.trim() || null,
    };
  });
  const notified = new Map<string, RelevantBody>();
  for (const body of [...complaints, ...(command.alsoNotified ?? []).map((b) => requireBody(b, 'body told'))]) {
    notified.set(bodyKey(body), { body: body.body, bodyName: body.bodyName });
  }
  if (notified.size === 0) throw new InvalidCommandError('Name at least one relevant body to tell of the application (alsoNotified).');
  const fromNotice = command.fromNotice ?? null;
  if (fromNotice && fromNotice.victimPersonId !== command.victimPersonId)
    throw new IllegalStateError('The victim-service case named is about another victim than this application.');
  if (fromNotice && isAfter(fromNotice.toldOn, command.receivedOn))
    throw new IllegalStateError(
      `The application cannot follow a notice given after it was received (the victim was told on ${fromNotice.toldOn}).`,
    );
  return [
    {
      type: 'CaseReviewApplicationReceived',
      data: {
        applicationId: command.applicationId,
        partnershipId: command.partnershipId,
        receivedOn: command.receivedOn,
        channel: command.channel,
        applicantPersonId: command.applicantPersonId,
        victimPersonId: command.victimPersonId,
        onBehalfOfVictim: onBehalf,
        behaviourTypes: [...new Set(command.behaviourTypes)],
        description: personalData(command.victimPersonId, { text: command.description.trim() }),
        complaints,
        bodiesNotified: [...notified.values()],
        procedure: command.procedure,
        acknowledgeBy: addWorkingDays(command.receivedOn, command.procedure.acknowledgeWorkingDays),
        // Only an application that follows a notice says so (the others stay as they were written before the link).
        ...(fromNotice ? { fromNotice: { victimServiceCaseId: fromNotice.victimServiceCaseId, toldOn: fromNotice.toldOn } } : {}),
      },
    },
  ];
}

function acknowledge(command: AcknowledgeApplication, state: Received): CaseReviewApplicationEvent[] {
  requireStage(state, 'acknowledge', 'The application is already acknowledged.');
  requireDayThatHappened(command.acknowledgedOn, 'date of the acknowledgement', command.today);
  requireNotBefore(command.acknowledgedOn, state.receivedOn, 'acknowledgement', 'the application was received');
  return [
    {
      type: 'CaseReviewApplicationAcknowledged',
      data: {
        applicationId: state.applicationId,
        acknowledgedOn: command.acknowledgedOn,
        timing: timing(command.acknowledgedOn, state.dueOn),
        decideBy: addWorkingDays(command.acknowledgedOn, state.procedure.decideWorkingDays),
      },
    },
  ];
}

function decideThreshold(command: DecideThreshold, state: Received): CaseReviewApplicationEvent[] {
  if (state.stage === 'acknowledge') throw new IllegalStateError('Acknowledge the application before deciding the threshold.');
  requireStage(state, 'decide', 'The threshold is already decided.');
  requireDayThatHappened(command.decidedOn, 'date of the threshold decision', command.today);
  requireNotBefore(command.decidedOn, state.acknowledgedOn, 'threshold decision', 'the acknowledgement');
  const assessment = assessThreshold(state.complaints, state.receivedOn, state.behaviourTypes, state.procedure);
  const discretionary = command.discretionaryReview ?? null;
  if (assessment.met && discretionary !== null) {
    throw new InvalidCommandError('The threshold is met: a review follows, so there is no discretionary decision to record.');
  }
  if (discretionary !== null) {
    if (typeof discretionary.review !== 'boolean')
      throw new InvalidCommandError('Say whether the bodies review anyway (discretionaryReview.review).');
    requireText(discretionary.reason, 'Give the reason for the discretionary decision (persistence, harm, the adequacy of the response).');
  }
  const review = assessment.met || discretionary?.review === true;
  const next = review
    ? { stage: 'review' as const, dueOn: addWorkingDays(command.decidedOn, state.procedure.reviewWorkingDays) }
    : { stage: 'outcome' as const, dueOn: addWorkingDays(command.decidedOn, state.procedure.outcomeWorkingDays) };
  return [
    {
      type: 'CaseReviewThresholdDecided',
      data: {
        applicationId: state.applicationId,
        decidedOn: command.decidedOn,
        timing: timing(command.decidedOn, state.dueOn),
        verdicts: assessment.complaints,
        qualifyingComplaints: assessment.qualifyingComplaints,
        required: assessment.required,
        met: assessment.met,
        discretionaryReview: !assessment.met && discretionary?.review === true,
        reason: discretionary ? personalData(state.victimPersonId, { text: discretionary.reason.trim() }) : null,
        next,
      },
    },
  ];
}

function recordReview(command: RecordReview, state: Received): CaseReviewApplicationEvent[] {
  if (state.stage === 'acknowledge' || state.stage === 'decide') {
    throw new IllegalStateError('The threshold is not decided yet: a review follows the decision.');
  }
  if (state.stage !== 'review') {
    throw new IllegalStateError(
      state.heldOn !== null
        ? 'The review is already recorded.'
        : 'The threshold was not met and no discretionary review was decided: there is no review to record.',
    );
  }
  requireDayThatHappened(command.heldOn, 'date of the review meeting', command.today);
  requireNotBefore(command.heldOn, state.escalation?.decidedOn ?? state.decidedOn, 'review meeting', 'the decision to review');
  if (!Array.isArray(command.bodiesPresent) || command.bodiesPresent.length === 0) {
    throw new InvalidCommandError('Name the bodies present at the review.');
  }
  const bodiesPresent = command.bodiesPresent.map((body) => requireBody(body, 'body present'));
  requireText(command.chair, "Give the chair's role or organisation (not a name).");
  if (typeof command.chairIndependent !== 'boolean')
    throw new InvalidCommandError('Say whether the chair is independent of the bodies under review.');
  if (typeof command.victimConsulted !== 'boolean')
    throw new InvalidCommandError('Say whether the victim was consulted on the action plan.');
  if (!Array.isArray(command.recommendations)) throw new InvalidCommandError('List the recommendations (possibly none).');
  const ids = new Set<string>();
  const recommendations = command.recommendations.map((recommendation, index) => {
    const what = `recommendation ${index + 1}`;
    requireId(recommendation.recommendationId, `${what} id`);
    if (ids.has(recommendation.recommendationId)) throw new InvalidCommandError(`Two recommendations have the same id (${what}).`);
    ids.add(recommendation.recommendationId);
    const { body, bodyName } = requireBody(recommendation, `body ${what} is for`);
    requireText(recommendation.action, `Say what ${what} asks of the body.`);
    requireDate(recommendation.dueOn, `date ${what} is due`);
    requireNotBefore(recommendation.dueOn, command.heldOn, `due date of ${what}`, 'the review');
    return {
      recommendationId: recommendation.recommendationId,
      body,
      bodyName,
      action: personalData(state.victimPersonId, { text: recommendation.action.trim() }),
      dueOn: recommendation.dueOn,
    };
  });
  return [
    {
      type: 'CaseReviewHeld',
      data: {
        applicationId: state.applicationId,
        heldOn: command.heldOn,
        timing: timing(command.heldOn, state.dueOn),
        bodiesPresent,
        chair: command.chair.trim(),
        chairIndependent: command.chairIndependent,
        victimConsulted: command.victimConsulted,
        recommendations,
        outcomeBy: addWorkingDays(command.heldOn, state.procedure.outcomeWorkingDays),
      },
    },
  ];
}

function recordRecommendationOutcome(command: RecordRecommendationOutcome, state: Received): CaseReviewApplicationEvent[] {
  const recommendation = state.recommendations.find((r) => r.recommendationId === command.recommendationId);
  if (!recommendation) throw new IllegalStateError('The review made no recommendation with this id.');
  if (recommendation.completed !== null) throw new IllegalStateError("This recommendation's outcome is already recorded.");
  requireDayThatHappened(command.recordedOn, "date of the recommendation's outcome", command.today);
  requireNotBefore(command.recordedOn, recommendation.madeOn, "recommendation's outcome", 'the review that made it');
  if (typeof command.completed !== 'boolean') throw new InvalidCommandError('Say whether the recommendation was completed.');
  return [
    {
      type: 'CaseReviewRecommendationCompleted',
      data: {
        applicationId: state.applicationId,
        recommendationId: command.recommendationId,
        recordedOn: command.recordedOn,
        completed: command.completed,
      },
    },
  ];
}

function sendOutcome(command: SendOutcome, state: Received): CaseReviewApplicationEvent[] {
  if (state.stage === 'closed') throw new IllegalStateError('The outcome is already sent.');
  requireStage(
    state,
    'outcome',
    state.stage === 'review' ? 'The review is not held yet: send the outcome after it.' : 'The threshold is not decided yet.',
  );
  requireDayThatHappened(command.sentOn, 'date the outcome was sent', command.today);
  requireNotBefore(command.sentOn, state.heldOn ?? state.decidedOn, 'outcome', state.heldOn ? 'the review' : 'the threshold decision');
  requireOneOf(command.channel, OUTCOME_CHANNELS, `The channel must be one of: ${OUTCOME_CHANNELS.join(', ')}.`);
  return [
    {
      type: 'CaseReviewOutcomeSent',
      data: {
        applicationId: state.applicationId,
        sentOn: command.sentOn,
        channel: command.channel,
        timing: timing(command.sentOn, state.dueOn),
      },
    },
  ];
}

function requestEscalation(command: RequestEscalation, state: Received): CaseReviewApplicationEvent[] {
  if (state.decidedOn === null)
    throw new IllegalStateError('An escalation asks for the decision or the review to be reviewed: the threshold is not decided yet.');
  if (state.escalation && state.escalation.decidedOn === null)
    throw new IllegalStateError('An escalation of this application is already open.');
  // One escalation per application: its decision ends the local procedure (the Ombudsman is the applicant's next
  // step), and the published figures count each application's escalation once.
  if (state.escalation)
    throw new IllegalStateError(
      "This application's escalation has been decided: an application is escalated once under the local procedure.",
    );
  requireDayThatHappened(command.requestedOn, 'date the escalation was asked for', command.today);
  requireNotBefore(command.requestedOn, state.outcomeSentOn ?? state.decidedOn, 'escalation', 'the decision it is about');
  if (!Array.isArray(command.grounds) || command.grounds.length === 0) throw new InvalidCommandError('Give the grounds of the escalation.');
  for (const ground of command.grounds)
    requireOneOf(ground, ESCALATION_GROUNDS, `Each ground must be one of: ${ESCALATION_GROUNDS.join(', ')}.`);
  return [
    {
      type: 'CaseReviewEscalationRequested',
      data: { applicationId: state.applicationId, requestedOn: command.requestedOn, grounds: [...new Set(command.grounds)] },
    },
  ];
}

function decideEscalation(command: DecideEscalation, state: Received): CaseReviewApplicationEvent[] {
  if (!state.escalation || state.escalation.decidedOn !== null)
    throw new IllegalStateError('There is no open escalation of this application.');
  requireDayThatHappened(command.decidedOn, "date of the escalation's decision", command.today);
  requireNotBefore(command.decidedOn, state.escalation.requestedOn, "escalation's decision", 'it was asked for');
  requireOneOf(command.outcome, ESCALATION_OUTCOMES, `The outcome must be one of: ${ESCALATION_OUTCOMES.join(', ')}.`);
  // Overturned: the review goes ahead, unless one was held already (the escalation was of the review itself: it stands reviewed).
  const reviewBy =
    command.outcome === 'overturned' && state.heldOn === null ? addWorkingDays(command.decidedOn, state.procedure.reviewWorkingDays) : null;
  return [
    {
      type: 'CaseReviewEscalationDecided',
      data: { applicationId: state.applicationId, decidedOn: command.decidedOn, outcome: command.outcome, reviewBy },
    },
  ];
}

function raiseStageAlert(command: RaiseStageAlert, state: Received): CaseReviewApplicationEvent[] {
  const key = `${command.kind}:${command.stage}:${command.dueOn}`;
  // The stage is done, or due on another day now (an escalation reopened it), or the alert is raised already: nothing to say.
  if (state.stage !== command.stage || state.dueOn !== command.dueOn || state.alerts.includes(key)) return [];
  // A "due soon" fired late (the process was down, or the stage was logged late) when the stage is already overdue says nothing.
  if (command.kind === 'due-soon' && isAfter(command.today, command.dueOn)) return [];
  const data = { applicationId: state.applicationId, partnershipId: state.partnershipId, stage: command.stage, dueOn: command.dueOn };
  return [command.kind === 'overdue' ? { type: 'CaseReviewStageOverdue', data } : { type: 'CaseReviewStageDueSoon', data }];
}

function evolve(state: CaseReviewApplicationState, event: CaseReviewApplicationEvent): CaseReviewApplicationState {
  if (event.type === 'CaseReviewApplicationReceived') {
    const d = event.data;
    return {
      status: 'received',
      applicationId: d.applicationId,
      partnershipId: d.partnershipId,
      receivedOn: d.receivedOn,
      applicantPersonId: d.applicantPersonId,
      victimPersonId: d.victimPersonId,
      behaviourTypes: d.behaviourTypes,
      complaints: d.complaints,
      procedure: d.procedure,
      stage: 'acknowledge',
      dueOn: d.acknowledgeBy,
      acknowledgedOn: null,
      decidedOn: null,
      thresholdMet: null,
      discretionaryReview: false,
      heldOn: null,
      outcomeSentOn: null,
      recommendations: [],
      escalation: null,
      alerts: [],
    };
  }
  if (state.status !== 'received') return state;
  switch (event.type) {
    case 'CaseReviewApplicationAcknowledged':
      return { ...state, acknowledgedOn: event.data.acknowledgedOn, stage: 'decide', dueOn: event.data.decideBy };
    case 'CaseReviewThresholdDecided':
      return {
        ...state,
        decidedOn: event.data.decidedOn,
        thresholdMet: event.data.met,
        discretionaryReview: event.data.discretionaryReview,
        stage: event.data.next.stage,
        dueOn: event.data.next.dueOn,
      };
    case 'CaseReviewHeld':
      return {
        ...state,
        heldOn: event.data.heldOn,
        stage: state.outcomeSentOn === null ? 'outcome' : 'closed',
        dueOn: state.outcomeSentOn === null ? event.data.outcomeBy : null,
        recommendations: event.data.recommendations.map((r) => ({
          recommendationId: r.recommendationId,
          madeOn: event.data.heldOn,
          dueOn: r.dueOn,
          completed: null,
        })),
      };
    case 'CaseReviewRecommendationCompleted':
      return {
        ...state,
        recommendations: state.recommendations.map((r) =>
          r.recommendationId === event.data.recommendationId ? { ...r, completed: event.data.completed } : r,
        ),
      };
    case 'CaseReviewOutcomeSent':
      return { ...state, outcomeSentOn: event.data.sentOn, stage: 'closed', dueOn: null };
    case 'CaseReviewEscalationRequested':
      return { ...state, escalation: { requestedOn: event.data.requestedOn, decidedOn: null } };
    case 'CaseReviewEscalationDecided': {
      const escalation = { requestedOn: state.escalation?.requestedOn ?? event.data.decidedOn, decidedOn: event.data.decidedOn };
      if (event.data.reviewBy === null) return { ...state, escalation };
      // Overturned: the review goes ahead, and its outcome is sent again after it.
      return { ...state, escalation, stage: 'review', dueOn: event.data.reviewBy, outcomeSentOn: null };
    }
    case 'CaseReviewStageDueSoon':
    case 'CaseReviewStageOverdue': {
      const kind = event.type === 'CaseReviewStageOverdue' ? 'overdue' : 'due-soon';
      return { ...state, alerts: [...state.alerts, `${kind}:${event.data.stage}:${event.data.dueOn}`] };
    }
    default:
      return assertNever(event);
  }
}

function decide(command: CaseReviewApplicationCommand, state: CaseReviewApplicationState): CaseReviewApplicationEvent[] {
  if (command.type === 'ReceiveApplication') return receive(command, state);
  if (state.status !== 'received') throw new IllegalStateError(APPLICATION_NOT_FOUND);
  switch (command.type) {
    case 'AcknowledgeApplication':
      return acknowledge(command, state);
    case 'DecideThreshold':
      return decideThreshold(command, state);
    case 'RecordReview':
      return recordReview(command, state);
    case 'RecordRecommendationOutcome':
      return recordRecommendationOutcome(command, state);
    case 'SendOutcome':
      return sendOutcome(command, state);
    case 'RequestEscalation':
      return requestEscalation(command, state);
    case 'DecideEscalation':
      return decideEscalation(command, state);
    case 'RaiseStageAlert':
      return raiseStageAlert(command, state);
    default:
      return assertNever(command);
  }
}

/**
 * One ASB Case Review application (`case_review-<applicationId>`): logged once with the complaints already
 * made, acknowledged, the threshold decided from the complaints by the procedure in force when it was
 * received (or a discretionary review decided), the review with its recommendations, the outcome sent,
 * and escalations. Each stage is due a number of working days after the one before and is recorded late
 * when done after that; a deadline raises the alert-ready StageDueSoon / StageOverdue for a stage still waiting.
 */
export const caseReviewApplicationDecider: Decider<CaseReviewApplicationCommand, CaseReviewApplicationState, CaseReviewApplicationEvent> = {
  initialState: () => ({ status: 'none' }),
  evolve,
  decide,
};
