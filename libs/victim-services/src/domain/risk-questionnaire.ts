import { InvalidCommandError } from '@app/domain';
import { riskRank, type RiskLevel } from './victim-services-codes.js';

/** How a question describes the victim's vulnerability. */
export const VULNERABILITY_KINDS = ['personal', 'situational', 'incidental'] as const;
export type VulnerabilityKind = (typeof VULNERABILITY_KINDS)[number];

export interface RiskQuestion {
  id: string;
  text: string;
  vulnerability: VulnerabilityKind;
  /** Points a yes adds to the score. */
  weight: number;
}

/** A versioned questionnaire: the version is kept beside every assessment's answers. */
export interface RiskQuestionnaire {
  version: string;
  questions: RiskQuestion[];
  /** The least score that is medium, and the least that is high. */
  thresholds: { medium: number; high: number };
}

/**
 * The shipped DEFAULT questionnaire. There is no national ASB risk matrix: this is a starting point for a
 * partnership to adapt (forces and councils use local scored questionnaires; one published example refers
 * automatically at 22 or more, which is the high threshold here). Weights: 3 for what most raises the risk of
 * harm, 2 for serious aggravating factors, 1 for the rest; maximum 35.
 */
export const DEFAULT_RISK_QUESTIONNAIRE: RiskQuestionnaire = {
  version: 'default-2026-1',
  thresholds: { medium: 12, high: 22 },
  questions: [
    { id: 'disability-or-illness', text: 'Does the victim have a disability or long-term illness?', vulnerability: 'personal', weight: 3 },
    { id: 'mental-health', text: 'Does the victim have mental health needs?', vulnerability: 'personal', weight: 3 },
    { id: 'age-or-isolation', text: 'Is the victim elderly, young, or socially isolated?', vulnerability: 'personal', weight: 2 },
    { id: 'lives-alone', text: 'Does the victim live alone?', vulnerability: 'situational', weight: 2 },
    { id: 'perpetrator-nearby', text: 'Does the perpetrator live next door or nearby?', vulnerability: 'situational', weight: 3 },
    { id: 'children-affected', text: 'Are children in the household affected?', vulnerability: 'situational', weight: 2 },
    { id: 'cannot-move', text: 'Is the victim unable to move away or avoid the behaviour?', vulnerability: 'situational', weight: 1 },
    { id: 'repeated-incidents', text: 'Has the behaviour happened repeatedly?', vulnerability: 'incidental', weight: 3 },
    { id: 'hate-motivated', text: 'Is the behaviour thought to be motivated by hate?', vulnerability: 'incidental', weight: 3 },
    { id: 'violence-or-threats', text: 'Has there been violence or threats of violence?', vulnerability: 'incidental', weight: 3 },
    { id: 'property-damage', text: 'Has property been damaged?', vulnerability: 'incidental', weight: 2 },
    { id: 'feels-unsafe', text: 'Does the victim feel unsafe at home?', vulnerability: 'incidental', weight: 3 },
    { id: 'sleep-or-health', text: 'Is the behaviour affecting sleep or health?', vulnerability: 'incidental', weight: 2 },
    { id: 'previous-reports', text: 'Has the victim reported before without a resolution?', vulnerability: 'incidental', weight: 3 },
  ],
};

export type RiskAnswer = 'yes' | 'no';

export interface RiskScore {
  score: number;
  level: RiskLevel;
  /** Score per kind of vulnerability. */
  vulnerability: Record<VulnerabilityKind, number>;
}

/** Scores answers (one per question, in order) with the questionnaire's weights and thresholds. */
export function scoreRiskAnswers(questionnaire: RiskQuestionnaire, answers: readonly RiskAnswer[]): RiskScore {
  if (!Array.isArray(answers) || answers.length !== questionnaire.questions.length)
    throw new InvalidCommandError(`The risk assessment needs an answer to each of the ${questionnaire.questions.length} questions.`);
  const vulnerability = { personal: 0, situational: 0, incidental: 0 };
  let score = 0;
  answers.forEach((answer, index) => {
    if (answer !== 'yes' && answer !== 'no') throw new InvalidCommandError('Each risk answer must be yes or no.');
    if (answer === 'no') return;
    const question = questionnaire.questions[index];
    score += question.weight;
    vulnerability[question.vulnerability] += question.weight;
  });
  const level: RiskLevel =
    score >= questionnaire.thresholds.high ? 'high' : score >= questionnaire.thresholds.medium ? 'medium' : 'standard';
  return { score, level, vulnerability };
}

/** The level managed at: professional judgement may raise the computed level (with a reason), never lower it. */
export function managedLevel(computed: RiskLevel, judgement: { level: RiskLevel; reason: string } | undefined): RiskLevel {
  if (!judgement) return computed;
  if (riskRank(judgement.level) < riskRank(computed))
    throw new InvalidCommandError('Professional judgement may raise the risk level, never lower it.');
  if (typeof judgement.reason !== 'string' || judgement.reason.trim() === '')
    throw new InvalidCommandError('Professional judgement needs a reason.');
  return judgement.level;
}

/** The same questions, weights and thresholds (whatever the order of their keys). */
export function sameQuestionnaire(a: RiskQuestionnaire, b: RiskQuestionnaire): boolean {
  return (
    a.version === b.version &&
    a.thresholds.medium === b.thresholds.medium &&
    a.thresholds.high === b.thresholds.high &&
    a.questions.length === b.questions.length &&
    a.questions.every((q, i) => {
      const other = b.questions[i];
      return q.id === other.id && q.text === other.text && q.vulnerability === other.vulnerability && q.weight === other.weight;
    })
  );
}
