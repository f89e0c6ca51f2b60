import { ForbiddenException } from '@nestjs/common';
import { NotFoundError } from '@app/domain';
import type { AuthenticatedUser, Role } from '@app/access';

/**
 * The caller of a use case: always a user, never "nobody". Over HTTP it is the verified token's user;
 * internal callers (the demo loader, jobs) pass an explicit system user such as
 * `{ id: 'system:demo', roles: ['coordinator', 'admin'], partnerships: ['demo-csp'] }`, so that they
 * are scoped and recorded like anyone else.
 *
 * Deny by default: a missing or malformed caller (a JavaScript caller passing undefined) has no
 * roles and no partnerships, so it may do nothing and sees nothing.
 */
export type Caller = AuthenticatedUser;

function partnershipsOfCaller(caller: Caller | undefined): readonly string[] {
  return caller && Array.isArray(caller.partnerships) ? caller.partnerships : [];
}

function rolesOfCaller(caller: Caller | undefined): readonly Role[] {
  return caller && Array.isArray(caller.roles) ? caller.roles : [];
}

/**
 * Every record belongs to one partnership; a caller outside it gets the same 404 as for a record that
 * does not exist, so existence does not leak.
 */
export function assertCallerMayAccess(caller: Caller, partnershipId: string, notFoundMessage: string): void {
  if (!partnershipsOfCaller(caller).includes(partnershipId)) throw new NotFoundError(notFoundMessage);
}

/** The partnerships a query may read: the caller's, and none for a missing caller. */
export function partnershipsOf(caller: Caller): string[] {
  return [...partnershipsOfCaller(caller)];
}

/**
 * The use case's own role check, behind the HTTP layer's @Roles (deny by default at both layers, so a
 * use case called from code cannot be used to bypass the route's roles). Keep the two in step: the
 * role matrix test (test/marac-access.e2e-spec.ts) runs every endpoint as every role.
 */
export function assertCallerRole(caller: Caller, ...roles: Role[]): void {
  const held = rolesOfCaller(caller);
  if (!roles.some((role) => held.includes(role))) throw new ForbiddenException('Your role does not allow this.');
}

export const CASE_NOT_FOUND = 'There is no MARAC referral for this case.';
export const MEETING_NOT_FOUND = 'There is no such MARAC meeting.';
export const PARTNERSHIP_NOT_FOUND = 'There is no such partnership.';
export const MARAC_NOT_FOUND = 'There is no such MARAC.';
