import { counted, isVoided, type Correctable } from '@app/domain';
import { isAfter, type IsoDate } from '@app/periods';
import type { CaseAgencyAction, MaracCaseState } from './marac-case.decider.js';

/**
 * An agency action is overdue once its due date has passed without completion: on the due date itself it
 * is still on time; a voided action never is. `asOf` is today's date, supplied by the caller (no clock in the domain).
 */
export function isActionOverdue(action: Pick<CaseAgencyAction, 'dueDate' | 'completedOn'> & Partial<Correctable>, asOf: IsoDate): boolean {
  return action.completedOn === null && isAfter(asOf, action.dueDate) && !isVoided({ corrections: action.corrections ?? [] });
}

/** The case's actions that are overdue on `asOf` (outstanding actions of a closed case included; voided ones never). */
export function overdueActions(state: MaracCaseState, asOf: IsoDate): CaseAgencyAction[] {
  if (state.status === 'not-referred') return [];
  return counted(state.actions).filter((action) => isActionOverdue(action, asOf));
}

/** The case's actions not yet completed (voided ones are not outstanding). */
export function outstandingActions(state: MaracCaseState): CaseAgencyAction[] {
  if (state.status === 'not-referred') return [];
  return counted(state.actions).filter((action) => action.completedOn === null);
}
