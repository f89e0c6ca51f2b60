import { ForbiddenException } from '@nestjs/common';
import { NotFoundError } from '@app/domain';
import type { Role } from '../authenticated-user.js';
import type { Caller } from './caller.js';

/**
 * The checks every use case makes of its caller, behind the HTTP layer's @Roles and partnership scope.
 * Deny by default: a missing or malformed caller (a JavaScript caller passing undefined) has no roles
 * and no partnerships, so it may do nothing and sees nothing.
 */
function partnershipsOfCaller(caller: Caller | undefined): readonly string[] {
  return caller && Array.isArray(caller.partnerships) ? caller.partnerships : [];
}

function rolesOfCaller(caller: Caller | undefined): readonly Role[] {
  return caller && Array.isArray(caller.roles) ? caller.roles : [];
}

/**
 * Every record belongs to one partnership; a caller outside it gets the same 404 as for a record that
 * does not exist, so existence does not leak: pass the message your genuine not-found uses.
 */
export function assertCallerMayAccess(caller: Caller, partnershipId: string | undefined, notFoundMessage: string): void {
  if (partnershipId === undefined || !partnershipsOfCaller(caller).includes(partnershipId)) throw new NotFoundError(notFoundMessage);
}

/** The partnerships a list or report query may read: the caller's, and none for a missing caller. */
export function partnershipsOf(caller: Caller): string[] {
  return [...partnershipsOfCaller(caller)];
}

export function hasRole(caller: Caller, ...roles: Role[]): boolean {
  const held = rolesOfCaller(caller);
  return roles.some((role) => held.includes(role));
}

/**
 * The use case's own role check, behind the route's @Roles (deny by default at both layers, so a use
 * case called from code cannot be used to bypass the route's roles). Keep the two in step: the role
 * matrix tests run every endpoint as every role.
 */
export function assertCallerRole(caller: Caller, ...roles: Role[]): void {
  if (!hasRole(caller, ...roles)) throw new ForbiddenException('Your role does not allow this.');
}

/** Analysts (without a case-working role as well) see depersonalised data only. */
export function seesDepersonalisedOnly(caller: Caller): boolean {
  return hasRole(caller, 'analyst') && !hasRole(caller, 'coordinator', 'iom-lead', 'asb-caseworker');
}
