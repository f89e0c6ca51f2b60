import { IllegalStateError, NotFoundError } from '@app/domain';
import { panelNotFoundMessage } from '@app/kit';
import type { MaracPanelState } from './marac-panel.decider.js';

export const UNKNOWN_MARAC = panelNotFoundMessage('MARAC');

/**
 * For the handlers of referrals, meetings and MARAC queries, on the registry stream's state: the MARAC
 * must be registered and run by one of the caller's partnerships, else 404 "There is no such MARAC." (a
 * MARAC of another partnership looks like none, so existence does not leak); a record naming a
 * partnership must name the MARAC's (409). Returns the MARAC's partnership.
 */
export function assertKnownMarac(state: MaracPanelState, callerPartnerships: readonly string[], recordPartnershipId?: string): string {
  if (state.status === 'unregistered' || !callerPartnerships.includes(state.partnershipId)) throw new NotFoundError(UNKNOWN_MARAC);
  if (recordPartnershipId !== undefined && recordPartnershipId !== state.partnershipId) {
    throw new IllegalStateError('This MARAC belongs to a different partnership from the one named.');
  }
  return state.partnershipId;
}
