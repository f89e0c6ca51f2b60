import { InvalidCommandError } from '@app/domain';

/** When Outcome Star style scores are taken: on entry, at reviews, on exit. */
export const OUTCOME_STAGES = ['entry', 'review', 'exit'] as const;
export type OutcomeStage = (typeof OUTCOME_STAGES)[number];

export const OUTCOME_SCORE_MIN = 1;
export const OUTCOME_SCORE_MAX = 10;

/**
 * The scores of one scoring, checked: at least one domain, each a domain of the partnership's list, each a
 * whole number from 1 to 10. A domain may be left out (children, where there are none); distance travelled
 * is then measured on the domains scored both first and last.
 */
export function outcomeScoresOf(scores: unknown, domains: readonly string[]): Record<string, number> {
  if (typeof scores !== 'object' || scores === null || Array.isArray(scores) || Object.keys(scores).length === 0)
    throw new InvalidCommandError('Score at least one domain.');
  const checked: Record<string, number> = {};
  for (const [domain, score] of Object.entries(scores)) {
    if (!domains.includes(domain)) throw new InvalidCommandError(`Each domain must be one of ${domains.join(', ')}.`);
    if (!Number.isInteger(score) || (score as number) < OUTCOME_SCORE_MIN || (score as number) > OUTCOME_SCORE_MAX)
      throw new InvalidCommandError(`The score of ${domain} must be a whole number from ${OUTCOME_SCORE_MIN} to ${OUTCOME_SCORE_MAX}.`);
    checked[domain] = score as number;
  }
  return checked;
}
