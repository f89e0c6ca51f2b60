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

/**
 * Whether the case still chases its open actions: a closed case does not (closing it ends them, so none is
 * outstanding or overdue), a reopened one does again.
 */
export function chasesActions(state: MaracCaseState): boolean {
  return state.status === 'open';
}

/** The case's actions that are overdue on `asOf` (none on a closed case; voided ones never). */
export function overdueActions(state: MaracCaseState, asOf: IsoDate): CaseAgencyAction[] {
  if (state.status !== 'open') return [];
  return counted(state.actions).filter((action) => isActionOverdue(action, asOf));
}

/** The case's actions not yet completed (none on a closed case; voided ones are not outstanding). */
export function outstandingActions(state: MaracCaseState): CaseAgencyAction[] {
  if (state.status !== 'open') return [];
  return counted(state.actions).filter((action) => action.completedOn === null);
}
