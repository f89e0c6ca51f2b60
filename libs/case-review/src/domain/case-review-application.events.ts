import type { DomainEvent, PersonalData } from '@app/domain';
import type { IsoDate } from '@app/periods';
import type {
  ApplicationChannel,
  BehaviourType,
  CaseReviewStage,
  EscalationGround,
  EscalationOutcome,
  OutcomeChannel,
} from './case-review-codes.js';
import { DEFAULT_DUE_SOON_WORKING_DAYS, type CaseReviewSettings } from './case-review-settings.js';
import type { Complaint, ComplaintVerdict } from './threshold.js';

/** One stream per application: `case_review-<applicationId>`. */
export const CASE_REVIEW_STREAM_CATEGORY = 'case_review';

/** Free text about the victim's situation: personal data, under the victim's key. */
export interface CaseReviewText {
  text: string;
}

/** A relevant body: its kind, and its name for a housing provider. */
export interface RelevantBody {
  body: string;
  bodyName: string | null;
}

/** A stage's completion: when it was due, and whether it was done after that. */
export interface StageTiming {
  dueOn: IsoDate;
  late: boolean;
}

/**
 * The single point of contact logged an application, once, and told every relevant body. The procedure in
 * force on the day it was received (threshold, working days) is recorded with it: the application is
 * decided and timed by that procedure, whatever changes later. Version 2's procedure has
 * `dueSoonWorkingDays`; version 1 was written when it was the fixed 2 (upcast to that).
 */
export type CaseReviewApplicationReceived = DomainEvent<
  'CaseReviewApplicationReceived',
  {
    applicationId: string;
    partnershipId: string;
    receivedOn: IsoDate;
    channel: ApplicationChannel;
    applicantPersonId: string;
    victimPersonId: string;
    /** The applicant applied on the victim's behalf, with the victim's consent recorded. */
    onBehalfOfVictim: boolean;
    behaviourTypes: BehaviourType[];
    description: PersonalData<CaseReviewText>;
    complaints: Complaint[];
    bodiesNotified: RelevantBody[];
    procedure: CaseReviewSettings;
    acknowledgeBy: IsoDate;
    /**
     * The victim-service case whose notice of the right to a Case Review this application follows, and the day
     * the victim was told. Absent on applications logged before the link existed (read as none).
     */
    fromNotice?: { victimServiceCaseId: string; toldOn: IsoDate } | null;
  }
>;

export type CaseReviewApplicationAcknowledged = DomainEvent<
  'CaseReviewApplicationAcknowledged',
  { applicationId: string; acknowledgedOn: IsoDate; timing: StageTiming; decideBy: IsoDate }
>;

/** The threshold decision, computed from the complaints; when not met, the bodies' discretionary decision and its reason. */
export type CaseReviewThresholdDecided = DomainEvent<
  'CaseReviewThresholdDecided',
  {
    applicationId: string;
    decidedOn: IsoDate;
    timing: StageTiming;
    verdicts: ComplaintVerdict[];
    qualifyingComplaints: number;
    required: number;
    met: boolean;
    discretionaryReview: boolean;
    reason: PersonalData<CaseReviewText> | null;
    next: { stage: 'review' | 'outcome'; dueOn: IsoDate };
  }
>;

export interface Recommendation {
  recommendationId: string;
  body: string;
  bodyName: string | null;
  action: PersonalData<CaseReviewText>;
  dueOn: IsoDate;
}

export type CaseReviewHeld = DomainEvent<
  'CaseReviewHeld',
  {
    applicationId: string;
    heldOn: IsoDate;
    timing: StageTiming;
    bodiesPresent: RelevantBody[];
    /** The chair's role or organisation (never a name). */
    chair: string;
    chairIndependent: boolean;
    victimConsulted: boolean;
    recommendations: Recommendation[];
    outcomeBy: IsoDate;
  }
>;

export type CaseReviewRecommendationCompleted = DomainEvent<
  'CaseReviewRecommendationCompleted',
  { applicationId: string; recommendationId: string; recordedOn: IsoDate; completed: boolean }
>;

export type CaseReviewOutcomeSent = DomainEvent<
  'CaseReviewOutcomeSent',
  { applicationId: string; sentOn: IsoDate; channel: OutcomeChannel; timing: StageTiming }
>;

export type CaseReviewEscalationRequested = DomainEvent<
  'CaseReviewEscalationRequested',
  { applicationId: string; requestedOn: IsoDate; grounds: EscalationGround[] }
>;

/** The escalation's answer; overturned sends the application to review, due from this decision. */
export type CaseReviewEscalationDecided = DomainEvent<
  'CaseReviewEscalationDecided',
  { applicationId: string; decidedOn: IsoDate; outcome: EscalationOutcome; reviewBy: IsoDate | null }
>;

/** Alert-ready: a stage falls due within the procedure's `dueSoonWorkingDays` and is not done. */
export type CaseReviewStageDueSoon = DomainEvent<
  'CaseReviewStageDueSoon',
  { applicationId: string; partnershipId: string; stage: CaseReviewStage; dueOn: IsoDate }
>;

/** Alert-ready: a stage's due date passed and it is not done. */
export type CaseReviewStageOverdue = DomainEvent<
  'CaseReviewStageOverdue',
  { applicationId: string; partnershipId: string; stage: CaseReviewStage; dueOn: IsoDate }
>;

export type CaseReviewApplicationEvent =
  | CaseReviewApplicationReceived
  | CaseReviewApplicationAcknowledged
  | CaseReviewThresholdDecided
  | CaseReviewHeld
  | CaseReviewRecommendationCompleted
  | CaseReviewOutcomeSent
  | CaseReviewEscalationRequested
  | CaseReviewEscalationDecided
  | CaseReviewStageDueSoon
  | CaseReviewStageOverdue;

export const caseReviewApplicationEventTypes = {
  CaseReviewApplicationReceived: 2,
  CaseReviewApplicationAcknowledged: 1,
  CaseReviewThresholdDecided: 1,
  CaseReviewHeld: 1,
  CaseReviewRecommendationCompleted: 1,
  CaseReviewOutcomeSent: 1,
  CaseReviewEscalationRequested: 1,
  CaseReviewEscalationDecided: 1,
  CaseReviewStageDueSoon: 1,
  CaseReviewStageOverdue: 1,
} as const satisfies Record<CaseReviewApplicationEvent['type'], number>;

/** Turns older versions of the application's events into the current ones (ContextEventTypes.upcasters). */
export const caseReviewApplicationUpcasters = {
  CaseReviewApplicationReceived: {
    1: (data: unknown) => {
      const received = data as { procedure: object };
      return { ...received, procedure: { dueSoonWorkingDays: DEFAULT_DUE_SOON_WORKING_DAYS, ...received.procedure } };
    },
  },
};
