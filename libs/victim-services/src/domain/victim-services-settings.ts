import { InvalidCommandError } from '@app/domain';
import type { DatedSettingsChange } from '@app/kit';
import { requireDate } from '@app/periods';
import { DEFAULT_RISK_QUESTIONNAIRE, VULNERABILITY_KINDS, type RiskQuestionnaire } from './risk-questionnaire.js';
import {
  DEFAULT_BEHAVIOUR_TYPES,
  DEFAULT_FURTHER_REPORT_RULES,
  DEFAULT_NEEDS,
  DEFAULT_OUTCOME_DOMAINS,
  DEFAULT_REFERRING_PARTNERS,
  type FurtherReportRules,
} from './victim-services-codes.js';
import type { CaseLists } from './asb-case.decider.js';

/**
 * A partnership's victim-services settings (flat, so a PATCH changes only what it names; each change takes
 * effect on a day): the lists casework is checked against, the versioned risk questionnaire, and the rules of
 * further reports. The defaults are those documented in domain.md; the questionnaire is a default to adapt.
 */
export interface VictimServicesSettings {
  referringPartners: readonly string[];
  behaviourTypes: readonly string[];
  needs: readonly string[];
  outcomeDomains: readonly string[];
  riskQuestionnaire: RiskQuestionnaire;
  repeatWindowMonths: number;
  caseReviewWindowMonths: number;
  reassessmentHighDays: number;
  reassessmentMediumDays: number;
}

export const VICTIM_SERVICES_SETTING_NAMES = [
  'referringPartners',
  'behaviourTypes',
  'needs',
  'outcomeDomains',
  'riskQuestionnaire',
  'repeatWindowMonths',
  'caseReviewWindowMonths',
  'reassessmentHighDays',
  'reassessmentMediumDays',
] as const satisfies readonly (keyof VictimServicesSettings)[];

export const DEFAULT_VICTIM_SERVICES_SETTINGS: Readonly<VictimServicesSettings> = Object.freeze({
  referringPartners: DEFAULT_REFERRING_PARTNERS,
  behaviourTypes: DEFAULT_BEHAVIOUR_TYPES,
  needs: DEFAULT_NEEDS,
  outcomeDomains: DEFAULT_OUTCOME_DOMAINS,
  riskQuestionnaire: DEFAULT_RISK_QUESTIONNAIRE,
  repeatWindowMonths: DEFAULT_FURTHER_REPORT_RULES.repeatWindowMonths,
  caseReviewWindowMonths: DEFAULT_FURTHER_REPORT_RULES.caseReviewWindowMonths,
  reassessmentHighDays: DEFAULT_FURTHER_REPORT_RULES.reassessmentDays.high!,
  reassessmentMediumDays: DEFAULT_FURTHER_REPORT_RULES.reassessmentDays.medium!,
});

/** The lists a case command is checked against. */
export function caseListsIn(settings: VictimServicesSettings): CaseLists {
  const { referringPartners, behaviourTypes, needs, outcomeDomains } = settings;
  return { referringPartners, behaviourTypes, needs, outcomeDomains };
}

/** The rules of further reports (a standard-risk case has no reassessment cadence). */
export function furtherReportRulesIn(settings: VictimServicesSettings): FurtherReportRules {
  return {
    repeatWindowMonths: settings.repeatWindowMonths,
    caseReviewWindowMonths: settings.caseReviewWindowMonths,
    reassessmentDays: { high: settings.reassessmentHighDays, medium: settings.reassessmentMediumDays, standard: null },
  };
}

const CODE = /^[a-z0-9][a-z0-9-]{0,59}$/;
const isWholeIn = (value: unknown, min: number, max: number) =>
  Number.isInteger(value) && (value as number) >= min && (value as number) <= max;

function requireCodeList(value: unknown, what: string): void {
  if (!Array.isArray(value) || value.length === 0 || value.length > 100)
    throw new InvalidCommandError(`The ${what} must be a list of 1 to 100 codes.`);
  if (value.some((code) => typeof code !== 'string' || !CODE.test(code)))
    throw new InvalidCommandError(`Each of the ${what} must be a code of lower-case letters, digits and dashes (up to 60).`);
  if (new Set(value).size !== value.length) throw new InvalidCommandError(`The ${what} name a code twice.`);
}

/** A questionnaire's own content: a version, 1-50 questions with unique ids, weights 1-10, 0 < medium < high <= the most a score can be. */
export function validateRiskQuestionnaire(questionnaire: unknown): asserts questionnaire is RiskQuestionnaire {
  const q = questionnaire as Partial<RiskQuestionnaire> | null;
  if (typeof q !== 'object' || q === null || Array.isArray(q)) throw new InvalidCommandError('The risk questionnaire is missing.');
  if (typeof q.version !== 'string' || !/^[A-Za-z0-9][A-Za-z0-9._-]{0,49}$/.test(q.version))
    throw new InvalidCommandError('The risk questionnaire needs a version: letters, digits, dots, dashes (up to 50).');
  if (!Array.isArray(q.questions) || q.questions.length === 0 || q.questions.length > 50)
    throw new InvalidCommandError('The risk questionnaire needs 1 to 50 questions.');
  for (const question of q.questions) {
    if (typeof question !== 'object' || question === null || typeof question.id !== 'string' || !CODE.test(question.id))
      throw new InvalidCommandError('Each question needs an id: a code of lower-case letters, digits and dashes.');
    if (typeof question.text !== 'string' || question.text.trim() === '' || question.text.length > 300)
      throw new InvalidCommandError('Each question needs a text of up to 300 characters.');
    if (!(VULNERABILITY_KINDS as readonly string[]).includes(question.vulnerability))
      throw new InvalidCommandError(`Each question describes a vulnerability: ${VULNERABILITY_KINDS.join(', ')}.`);
    if (!isWholeIn(question.weight, 1, 10)) throw new InvalidCommandError('Each question has a weight: a whole number from 1 to 10.');
  }
  if (new Set(q.questions.map((question) => question.id)).size !== q.questions.length)
    throw new InvalidCommandError('The risk questionnaire names a question id twice.');
  const most = q.questions.reduce((sum, question) => sum + question.weight, 0);
  const t = q.thresholds;
  if (typeof t !== 'object' || t === null || !isWholeIn(t.medium, 1, most) || !isWholeIn(t.high, 1, most) || t.medium >= t.high)
    throw new InvalidCommandError(
      `The thresholds must be whole numbers with 0 < medium < high, high at most the greatest score (${most}).`,
    );
}

/** A change's own content (messages name the setting, never a value). */
export function validateVictimServicesSettingsChange(change: DatedSettingsChange<VictimServicesSettings>): void {
  requireDate(change.effectiveFrom, 'date the change takes effect');
  const c = change.changes;
  if (c.referringPartners !== undefined) requireCodeList(c.referringPartners, 'referring partners');
  if (c.behaviourTypes !== undefined) requireCodeList(c.behaviourTypes, 'behaviour types');
  if (c.needs !== undefined) requireCodeList(c.needs, 'needs');
  if (c.outcomeDomains !== undefined) requireCodeList(c.outcomeDomains, 'outcome domains');
  if (c.riskQuestionnaire !== undefined) validateRiskQuestionnaire(c.riskQuestionnaire);
  if (c.repeatWindowMonths !== undefined && !isWholeIn(c.repeatWindowMonths, 1, 36))
    throw new InvalidCommandError('The repeat-victim window must be a whole number of months from 1 to 36.');
  if (c.caseReviewWindowMonths !== undefined && !isWholeIn(c.caseReviewWindowMonths, 1, 12))
    throw new InvalidCommandError('The Case Review notice window must be a whole number of months from 1 to 12.');
  for (const name of ['reassessmentHighDays', 'reassessmentMediumDays'] as const)
    if (c[name] !== undefined && !isWholeIn(c[name], 1, 365))
      throw new InvalidCommandError(`${name} must be a whole number of days from 1 to 365.`);
}

/** Settings as a whole: high-risk cases are reassessed at least as often as medium ones. */
export function validateVictimServicesSettings(settings: VictimServicesSettings): void {
  if (settings.reassessmentHighDays > settings.reassessmentMediumDays)
    throw new InvalidCommandError('High-risk cases are reassessed at least as often as medium-risk ones.');
}
