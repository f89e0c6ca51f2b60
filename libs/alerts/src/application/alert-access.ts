import { hasRole, partnershipsOf, type Caller, type Role } from '@app/access';
import type { AlertAudience } from '../domain/index.js';

/** Who works with alerts: the case-working roles, service managers and admins; analysts and auditors see none. */
export const ALERT_ROLES: Role[] = ['coordinator', 'iom-lead', 'asb-caseworker', 'service-manager', 'admin'];

export const PARTNERSHIP_NOT_FOUND = 'There is no such partnership.';

/** The teams the caller's token names (none when the identity provider sends none). */
export function teamsOf(caller: Caller): string[] {
  const teams = (caller as { teams?: unknown }).teams;
  return Array.isArray(teams) ? teams.filter((t): t is string => typeof t === 'string') : [];
}

/**
 * An alert is the caller's when it is for a role they hold, a team they are in, or them as the record's
 * lead, in one of their partnerships; an admin of the partnership may handle any of its alerts. Anything
 * else is the 404 of an alert that does not exist.
 */
export function isAlertFor(caller: Caller, partnershipId: string, audience: AlertAudience): boolean {
  if (!partnershipsOf(caller).includes(partnershipId)) return false;
  if (hasRole(caller, 'admin')) return true;
  switch (audience.kind) {
    case 'role':
      return hasRole(caller, audience.role);
    case 'team':
      return teamsOf(caller).includes(audience.team);
    case 'lead':
      return audience.userId === caller.id;
  }
}
