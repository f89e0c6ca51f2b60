import { NotFoundError } from '@app/domain';
import type { AuthenticatedUser, Role } from '../authenticated-user.js';

/**
 * Every record belongs to one partnership. A caller outside it gets the same 404 as for a record
 * that does not exist, so existence does not leak: pass the message your genuine not-found uses.
 */
export function assertPartnershipAccess(user: AuthenticatedUser, partnershipId: string | undefined, notFoundMessage = 'No such record.'): void {
  if (partnershipId === undefined || !user.partnerships.includes(partnershipId)) throw new NotFoundError(notFoundMessage);
}

export function canAccessPartnership(user: AuthenticatedUser, partnershipId: string | undefined): boolean {
  return partnershipId !== undefined && user.partnerships.includes(partnershipId);
}

/**
 * For list and report queries: the partnerships to filter by. A requested one the caller does not
 * belong to yields the same empty result as one with no data; no request means all of the caller's.
 */
export function partnershipScope(user: AuthenticatedUser, requested?: string | readonly string[]): string[] {
  if (requested === undefined) return [...user.partnerships];
  const wanted = typeof requested === 'string' ? [requested] : requested;
  return wanted.filter((p) => user.partnerships.includes(p));
}

export function hasRole(user: AuthenticatedUser, ...roles: Role[]): boolean {
  return roles.some((role) => user.roles.includes(role));
}

/** Analysts (without a case-working role as well) see depersonalised data only. */
export function seesDepersonalisedOnly(user: AuthenticatedUser): boolean {
  return hasRole(user, 'analyst') && !hasRole(user, 'coordinator', 'iom-lead', 'asb-caseworker');
}
