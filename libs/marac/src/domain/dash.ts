import { InvalidCommandError } from '@app/domain';

/**
 * The DASH risk checklist (Domestic Abuse, Stalking and Harassment): 24 questions answered yes, no or
 * not known. The score is the number of yes answers; bands: 0-9 standard (a checklist with no yes at
 * all scores 0 and is standard), 10-13 medium, 14 or more high. Professional judgement may raise the
 * level and must never lower the actuarial one.
 */
export const DASH_QUESTION_COUNT = 24;
export const DASH_ANSWERS = ['yes', 'no', 'not-known'] as const;
export type DashAnswer = (typeof DASH_ANSWERS)[number];

/** Lowest to highest. */
export const RISK_BANDS = ['standard', 'medium', 'high'] as const;
export type RiskBand = (typeof RISK_BANDS)[number];

export const MEDIUM_RISK_DASH_SCORE = 10;
/** The visible-high-risk referral threshold. */
export const HIGH_RISK_DASH_SCORE = 14;

export function isRiskBand(value: unknown): value is RiskBand {
  return typeof value === 'string' && (RISK_BANDS as readonly string[]).includes(value);
}

/** Negative if a is a lower level than b, 0 if the same, positive if higher. */
export function compareRiskBands(a: RiskBand, b: RiskBand): number {
  return RISK_BANDS.indexOf(a) - RISK_BANDS.indexOf(b);
}

/** Refuses a checklist that does not have exactly 24 answers, each yes, no or not-known. */
export function assertValidDashAnswers(answers: readonly unknown[]): asserts answers is readonly DashAnswer[] {
  if (!Array.isArray(answers) || answers.length !== DASH_QUESTION_COUNT) {
    const count = Array.isArray(answers) ? answers.length : 0;
    throw new InvalidCommandError(`A DASH checklist has ${DASH_QUESTION_COUNT} answers; this one has ${count}.`);
  }
  const bad = answers.findIndex((answer) => !(DASH_ANSWERS as readonly unknown[]).includes(answer));
  if (bad !== -1) {
    throw new InvalidCommandError(`DASH question ${bad + 1} must be answered yes, no or not-known.`);
  }
}

/** The number of yes answers. */
export function dashScore(answers: readonly DashAnswer[]): number {
  assertValidDashAnswers(answers);
  return answers.filter((answer) => answer === 'yes').length;
}

export function riskBandOfScore(score: number): RiskBand {
  if (!Number.isInteger(score) || score < 0 || score > DASH_QUESTION_COUNT) {
    throw new RangeError(`a DASH score is a whole number from 0 to ${DASH_QUESTION_COUNT}: ${score}`);
  }
  if (score >= HIGH_RISK_DASH_SCORE) return 'high';
  if (score >= MEDIUM_RISK_DASH_SCORE) return 'medium';
  return 'standard';
}

export interface DashOverrideInput {
  /** The level professional judgement sets; must be higher than the checklist's band. */
  level: RiskBand;
  /** Why (free text about the victim: it goes into events inside a PersonalData envelope). */
  reason: string;
}

export interface DashOutcome {
  score: number;
  /** The band the score gives. */
  actuarialBand: RiskBand;
  /** The level the case is managed at: the override's if there is one, else the actuarial band. */
  riskBand: RiskBand;
  /** The level professional judgement raised it to, or null. */
  overriddenTo: RiskBand | null;
}

/**
 * Scores a checklist and applies an optional professional-judgement override: it must raise the level
 * (the same or a lower level is refused) and must give a reason.
 */
export function assessDash(answers: readonly DashAnswer[], override?: DashOverrideInput | null): DashOutcome {
  const score = dashScore(answers);
  const actuarialBand = riskBandOfScore(score);
  if (override === undefined || override === null) return { score, actuarialBand, riskBand: actuarialBand, overriddenTo: null };
  if (!isRiskBand(override.level)) {
    throw new InvalidCommandError('A professional-judgement override must set the level to standard, medium or high.');
  }
  const direction = compareRiskBands(override.level, actuarialBand);
  if (direction < 0) {
    throw new InvalidCommandError(
      `Professional judgement can raise the risk level but never lower it: this checklist scores ${score}, ` +
        `which is ${actuarialBand} risk, so the level cannot be set to ${override.level}.`,
    );
  }
  if (direction === 0) {
    throw new InvalidCommandError(
      `Professional judgement can only raise the risk level, and this checklist already gives ${actuarialBand} risk.`,
    );
  }
  if (typeof override.reason !== 'string' || override.reason.trim() === '') {
    throw new InvalidCommandError('Raising the risk level on professional judgement needs a reason.');
  }
  return { score, actuarialBand, riskBand: override.level, overriddenTo: override.level };
}
