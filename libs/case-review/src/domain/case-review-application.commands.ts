import type { IsoDate } from '@app/periods';
import type {
  ApplicationChannel,
  BehaviourType,
  CaseReviewStage,
  EscalationGround,
  EscalationOutcome,
  OutcomeChannel,
} from './case-review-codes.js';
import type { CaseReviewSettings } from './case-review-settings.js';
import type { RelevantBody } from './case-review-application.events.js';
import type { Complaint } from './threshold.js';

/** Every command carries the day it is decided on (London), for "not later than today". */
interface OnDay {
  today: IsoDate;
}

export interface ReceiveApplication extends OnDay {
  type: 'ReceiveApplication';
  applicationId: string;
  partnershipId: string;
  receivedOn: IsoDate;
  channel: ApplicationChannel;
  applicantPersonId: string;
  victimPersonId: string;
  onBehalfOfVictim: boolean;
  victimConsentRecorded: boolean;
  behaviourTypes: BehaviourType[];
  description: string;
  complaints: Complaint[];
  /** Bodies told beyond those complained to (every body complained to is told). */
  alsoNotified: RelevantBody[];
  /** The partnership's procedure in force on `receivedOn`. */
  procedure: CaseReviewSettings;
  /** The victim-service notice of the right to a Case Review this application follows (victim services' record), or null. */
  fromNotice?: { victimServiceCaseId: string; victimPersonId: string; toldOn: IsoDate } | null;
}

export interface AcknowledgeApplication extends OnDay {
  type: 'AcknowledgeApplication';
  acknowledgedOn: IsoDate;
}

export interface DecideThreshold extends OnDay {
  type: 'DecideThreshold';
  decidedOn: IsoDate;
  /** When the threshold is not met: whether the bodies review anyway (persistence, harm, the response) and why. */
  discretionaryReview: { review: boolean; reason: string } | null;
}

export interface RecordReview extends OnDay {
  type: 'RecordReview';
  heldOn: IsoDate;
  bodiesPresent: RelevantBody[];
  chair: string;
  chairIndependent: boolean;
  victimConsulted: boolean;
  recommendations: { recommendationId: string; body: string; bodyName: string | null; action: string; dueOn: IsoDate }[];
}

export interface RecordRecommendationOutcome extends OnDay {
  type: 'RecordRecommendationOutcome';
  recommendationId: string;
  recordedOn: IsoDate;
  completed: boolean;
}

export interface SendOutcome extends OnDay {
  type: 'SendOutcome';
  sentOn: IsoDate;
  channel: OutcomeChannel;
}

export interface RequestEscalation extends OnDay {
  type: 'RequestEscalation';
  requestedOn: IsoDate;
  grounds: EscalationGround[];
}

export interface DecideEscalation extends OnDay {
  type: 'DecideEscalation';
  decidedOn: IsoDate;
  outcome: EscalationOutcome;
}

/** A deadline's command: raise the stage's alert when it is still not done (nothing otherwise). */
export interface RaiseStageAlert extends OnDay {
  type: 'RaiseStageAlert';
  stage: CaseReviewStage;
  dueOn: IsoDate;
  kind: 'due-soon' | 'overdue';
}

export type CaseReviewApplicationCommand =
  | ReceiveApplication
  | AcknowledgeApplication
  | DecideThreshold
  | RecordReview
  | RecordRecommendationOutcome
  | SendOutcome
  | RequestEscalation
  | DecideEscalation
  | RaiseStageAlert;
