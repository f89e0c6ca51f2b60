/** The code lists of the MARAC context. Stored in events as these exact strings: never rename one. */

export const MARAC_AGENCIES = [
  'police',
  'idva',
  'health',
  'childrens-social-care',
  'adult-social-care',
  'housing',
  'probation',
  'education',
  'mental-health',
  'substance-misuse',
  'other',
] as const;
export type MaracAgency = (typeof MARAC_AGENCIES)[number];

/** Why a case comes to MARAC. visible-high-risk needs a DASH score of 14 or more. */
export const REFERRAL_CRITERIA = ['visible-high-risk', 'professional-judgement', 'potential-escalation', 'repeat'] as const;
export type ReferralCriterion = (typeof REFERRAL_CRITERIA)[number];

/** The perpetrator's relationship to the victim. */
export const PERPETRATOR_RELATIONSHIPS = ['partner', 'ex-partner', 'parent', 'child', 'sibling', 'other-family-member', 'other'] as const;
export type PerpetratorRelationship = (typeof PERPETRATOR_RELATIONSHIPS)[number];

export const CASE_CLOSURE_REASONS = [
  'risk-reduced',
  'actions-completed',
  'victim-moved-away',
  'transferred-to-another-marac',
  'referral-withdrawn',
  'victim-died',
  'other',
] as const;
export type CaseClosureReason = (typeof CASE_CLOSURE_REASONS)[number];

export const MEETING_CANCELLATION_REASONS = ['not-quorate', 'rescheduled', 'no-cases', 'other'] as const;
export type MeetingCancellationReason = (typeof MEETING_CANCELLATION_REASONS)[number];

/**
 * Why a case's repeat classification changed after it was referred. `referrals-raced`: two referrals of one
 * victim were decided on the same history, and the victim's history, deciding them one after another, gave
 * this one a different outcome. `referral-voided`: the referral this one was a repeat of was voided (its case
 * entered by mistake), so it is decided again against the victim's referrals that still count.
 * `people-merged` / `people-unmerged`: two person records were found to be one victim (or a merge was undone),
 * so the victim's referrals are decided again on the history they now share.
 */
export const REPEAT_RECLASSIFICATION_REASONS = ['referrals-raced', 'referral-voided', 'people-merged', 'people-unmerged'] as const;
export type RepeatReclassificationReason = (typeof REPEAT_RECLASSIFICATION_REASONS)[number];
