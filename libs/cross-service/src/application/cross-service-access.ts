import { assertCallerMayAccess, assertCallerRole, type Caller, type Role } from '@app/access';

/** Who reads the cross-service figures: analysts and admins, always in the published (depersonalised, suppressed) form. */
export const CROSS_SERVICE_ROLES: Role[] = ['analyst', 'admin'];

export const PARTNERSHIP_NOT_FOUND = 'There is no such partnership.';

export function admitPartnership(caller: Caller, partnershipId: string): void {
  assertCallerRole(caller, ...CROSS_SERVICE_ROLES);
  assertCallerMayAccess(caller, partnershipId, PARTNERSHIP_NOT_FOUND);
}
