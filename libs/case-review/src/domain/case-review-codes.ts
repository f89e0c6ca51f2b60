/** How an application reached the single point of contact. */
export const APPLICATION_CHANNELS = ['online-form', 'phone', 'letter', 'email', 'in-person', 'third-party'] as const;
export type ApplicationChannel = (typeof APPLICATION_CHANNELS)[number];

/** The relevant bodies of s.104 (a co-opted housing provider is named: `bodyName`). */
export const RELEVANT_BODIES = ['council', 'police', 'icb', 'housing-provider'] as const;
export type RelevantBodyKind = (typeof RELEVANT_BODIES)[number];

/** Kinds of anti-social behaviour an application describes; a partnership may set a lower threshold for some. */
export const BEHAVIOUR_TYPES = [
  'hate-incident',
  'harassment',
  'noise',
  'criminal-damage',
  'drugs',
  'vehicle-nuisance',
  'neighbour-dispute',
  'other',
] as const;
export type BehaviourType = (typeof BEHAVIOUR_TYPES)[number];

/** How the applicant was told of the outcome. */
export const OUTCOME_CHANNELS = ['letter', 'email', 'phone', 'in-person'] as const;
export type OutcomeChannel = (typeof OUTCOME_CHANNELS)[number];

export const ESCALATION_GROUNDS = ['threshold-wrongly-refused', 'policy-ignored', 'evidence-ignored', 'other'] as const;
export type EscalationGround = (typeof ESCALATION_GROUNDS)[number];

/** upheld: the decision or review stands; overturned: the review goes ahead. */
export const ESCALATION_OUTCOMES = ['upheld', 'overturned'] as const;
export type EscalationOutcome = (typeof ESCALATION_OUTCOMES)[number];

/** The statutory stages, each with a due date in working days from the one before. */
export const CASE_REVIEW_STAGES = ['acknowledge', 'decide', 'review', 'outcome'] as const;
export type CaseReviewStage = (typeof CASE_REVIEW_STAGES)[number];
