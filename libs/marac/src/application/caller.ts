import { NotFoundError } from '@app/domain';
import type { AuthenticatedUser } from '@app/access';

/**
 * The caller of a use case: the authenticated user, or undefined when no authentication guard runs
 * (internal callers such as the demo loader). Every record belongs to one partnership; a caller outside
 * it gets the same 404 as for a record that does not exist, so existence does not leak.
 */
export type Caller = AuthenticatedUser | undefined;

export function assertCallerMayAccess(caller: Caller, partnershipId: string, notFoundMessage: string): void {
  if (caller === undefined) return;
  if (!caller.partnerships.includes(partnershipId)) throw new NotFoundError(notFoundMessage);
}

/** Partnerships a query may read: null means unrestricted (no authenticated caller). */
export function partnershipsOf(caller: Caller): string[] | null {
  return caller === undefined ? null : [...caller.partnerships];
}

export const CASE_NOT_FOUND = 'There is no MARAC referral for this case.';
export const MEETING_NOT_FOUND = 'There is no such MARAC meeting.';
export const PARTNERSHIP_NOT_FOUND = 'There is no such partnership.';
