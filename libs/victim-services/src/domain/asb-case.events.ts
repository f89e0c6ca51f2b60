import type { DomainEvent, PersonalData } from '@app/domain';
import type { IsoDate } from '@app/periods';
import type { OutcomeStage } from './outcome-scores.js';
import type { RiskAnswer, VulnerabilityKind } from './risk-questionnaire.js';
import type {
  AsbCategory,
  ClosureReason,
  ContactKind,
  ExitSurveyAnswers,
  NeedOutcome,
  NoticeMethod,
  RiskLevel,
} from './victim-services-codes.js';

/**
 * Facts about one victim-service case (`vs_case-<caseId>`). Personal data (the location, the risk answers,
 * the reason for a judgement, free-text notes) sits only inside PersonalData envelopes with the victim as
 * subject; every count of the quarterly table is read from the other fields, so it survives an erasure.
 */
export const VS_CASE_STREAM_CATEGORY = 'vs_case';

export interface FreeText {
  text: string;
}

export type VictimReferred = DomainEvent<
  'VsVictimReferred',
  {
    caseId: string;
    serviceId: string;
    partnershipId: string;
    personId: string;
    referralDate: IsoDate;
    /** `self`, or `partner` with the referring partner named. */
    route: 'self' | 'partner';
    referringPartner: string | null;
    asbCategory: AsbCategory;
    behaviourTypes: string[];
    perpetratorPersonIds: string[];
    location: PersonalData<{ location: string }>;
    /**
     * Only when true: the referral came within the Case Review window of the victim's previous report on
     * another of their cases (merged records as one person), as the reports read when it was recorded. For
     * the alert rules; absent on referrals recorded before it was kept.
     */
    caseReviewNoticeDue?: true;
  }
>;

export type RiskAssessed = DomainEvent<
  'VsRiskAssessed',
  {
    caseId: string;
    assessedOn: IsoDate;
    questionnaireVersion: string;
    score: number;
    vulnerability: Record<VulnerabilityKind, number>;
    computedLevel: RiskLevel;
    /** The level the case is managed at (the judgement's when there is one). */
    level: RiskLevel;
    judgement: { level: RiskLevel; reason: PersonalData<FreeText> } | null;
    answers: PersonalData<{ answers: RiskAnswer[] }>;
  }
>;

export type NeedsAssessed = DomainEvent<'VsNeedsAssessed', { caseId: string; assessedOn: IsoDate; needs: string[] }>;

export type SupportContactRecorded = DomainEvent<
  'VsSupportContactRecorded',
  { caseId: string; contactId: string; date: IsoDate; kind: ContactKind; by: string; agency: string | null; onwardTo: string | null }
>;

export type VictimCaseClosed = DomainEvent<
  'VsCaseClosed',
  { caseId: string; closedOn: IsoDate; reason: ClosureReason; needOutcomes: { need: string; outcome: NeedOutcome }[] }
>;

export type ExitSurveyCompleted = DomainEvent<
  'VsExitSurveyCompleted',
  { caseId: string; completedOn: IsoDate; answers: ExitSurveyAnswers }
>;
/** The survey was offered and the victim declined: counted as offered, not completed. */
export type ExitSurveyDeclined = DomainEvent<'VsExitSurveyDeclined', { caseId: string; offeredOn: IsoDate }>;

/**
 * A further report by the victim on an open case: `repeat` when within the repeat window of the previous
 * report; `caseReviewNoticeDue` when it is a second report within the Case Review window and the victim has
 * not been told of their right yet. A risk reassessment is due from it.
 */
export type FurtherReportRecorded = DomainEvent<
  'VsFurtherReportRecorded',
  { caseId: string; reportId: string; reportedOn: IsoDate; previousReportOn: IsoDate; repeat: boolean; caseReviewNoticeDue: boolean }
>;

/** The victim was told of their right to an ASB Case Review (when and how). */
export type CaseReviewNoticeGiven = DomainEvent<'VsCaseReviewNoticeGiven', { caseId: string; toldOn: IsoDate; method: NoticeMethod }>;

/** Outcome Star style scores (1-10 per domain scored) at entry, a review or exit: distance travelled is last - first. */
export type OutcomeScoresRecorded = DomainEvent<
  'VsOutcomeScoresRecorded',
  { caseId: string; assessedOn: IsoDate; stage: OutcomeStage; scores: Record<string, number> }
>;

export type VsCaseEvent =
  | OutcomeScoresRecorded
  | FurtherReportRecorded
  | CaseReviewNoticeGiven
  | VictimReferred
  | RiskAssessed
  | NeedsAssessed
  | SupportContactRecorded
  | VictimCaseClosed
  | ExitSurveyCompleted
  | ExitSurveyDeclined;
