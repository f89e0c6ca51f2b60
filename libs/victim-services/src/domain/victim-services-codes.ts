/** The codes of the victim-services context (stable strings: they are stored in events). */

export const SERVICE_KINDS = ['asb-support', 'idva', 'group-programme', 'other'] as const;
export type ServiceKind = (typeof SERVICE_KINDS)[number];

/** Who referred the victim: themself, or a partner from the partnership's list. */
export const SELF_REFERRAL = 'self' as const;
/** The default list of referring partners (a partnership may name others; the route is then `partner`). */
export const DEFAULT_REFERRING_PARTNERS = [
  'police',
  'council-asb-team',
  'housing-provider',
  'health',
  'social-care',
  'other-partner',
] as const;

export const ASB_CATEGORIES = ['personal', 'nuisance', 'environmental'] as const;
export type AsbCategory = (typeof ASB_CATEGORIES)[number];

/** The default behaviour types (configurable per partnership through the list a referral is checked against). */
export const DEFAULT_BEHAVIOUR_TYPES = [
  'verbal-abuse',
  'intimidation',
  'harassment',
  'noise',
  'vandalism',
  'hate-related',
  'drug-related',
  'threats-of-violence',
  'other',
] as const;

export const RISK_LEVELS = ['standard', 'medium', 'high'] as const;
export type RiskLevel = (typeof RISK_LEVELS)[number];

export function riskRank(level: RiskLevel): number {
  return RISK_LEVELS.indexOf(level);
}

/** Default needs a needs assessment identifies (configurable list). */
export const DEFAULT_NEEDS = [
  'safety',
  'health-and-wellbeing',
  'housing',
  'emotional-support',
  'practical-support',
  'advocacy',
  'finances',
  'legal',
] as const;

export const NEED_OUTCOMES = ['met', 'partly-met', 'not-met'] as const;
export type NeedOutcome = (typeof NEED_OUTCOMES)[number];

export const CONTACT_KINDS = [
  'call-attempted',
  'call-contact-achieved',
  'home-visit',
  'joint-visit',
  'community-visit',
  'outreach-appointment',
  'multi-agency-meeting-attended',
  'multi-agency-meeting-report-sent',
  'onward-referral',
] as const;
export type ContactKind = (typeof CONTACT_KINDS)[number];

/** Contacts that reach the victim: a person with one of these in a period is a "victim supported" then. */
export const SUPPORTING_CONTACTS: readonly ContactKind[] = CONTACT_KINDS.filter((kind) => kind !== 'call-attempted');

export const CLOSURE_REASONS = ['planned-exit', 'disengaged', 'moved-away', 'referred-on', 'other'] as const;
export type ClosureReason = (typeof CLOSURE_REASONS)[number];

export const SURVEY_ANSWERS = ['yes', 'no', 'dont-know'] as const;
export type SurveyAnswer = (typeof SURVEY_ANSWERS)[number];

export const SURVEY_QUESTIONS = [
  'needsMet',
  'improvedWellbeing',
  'satisfiedWithService',
  'satisfiedWithPoliceOrCouncil',
  'reducedRisk',
] as const;
export type SurveyQuestion = (typeof SURVEY_QUESTIONS)[number];
export type ExitSurveyAnswers = Record<SurveyQuestion, SurveyAnswer>;

/** Outcome Star style domains (default list, configurable). */
export const DEFAULT_OUTCOME_DOMAINS = [
  'health-and-wellbeing',
  'safety',
  'support-networks',
  'housing',
  'finances',
  'legal-issues',
  'children',
  'confidence-and-self-esteem',
] as const;

/**
 * The configurable rules of further reports (defaults from domain.md): a repeat victim has a further report
 * within 12 months of the previous one; at the second report within 6 months the victim must be told of
 * their right to an ASB Case Review; a risk reassessment is due on every further report and every 14 days
 * (high) or 28 days (medium) after the last assessment (standard: no cadence).
 */
export interface FurtherReportRules {
  repeatWindowMonths: number;
  caseReviewWindowMonths: number;
  reassessmentDays: Record<RiskLevel, number | null>;
}
export const DEFAULT_FURTHER_REPORT_RULES: FurtherReportRules = {
  repeatWindowMonths: 12,
  caseReviewWindowMonths: 6,
  reassessmentDays: { high: 14, medium: 28, standard: null },
};

export const NOTICE_METHODS = ['in-person', 'phone', 'letter', 'email'] as const;
export type NoticeMethod = (typeof NOTICE_METHODS)[number];
