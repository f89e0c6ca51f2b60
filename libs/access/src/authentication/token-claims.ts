import type { JWTPayload } from 'jose';
import { ROLES, type AuthenticatedUser, type Role } from '../authenticated-user.js';

export interface ClaimNames {
  rolesClaim: string;
  partnershipsClaim: string;
  /** Left out: no e-mail or teams are read. */
  emailClaim?: string;
  teamsClaim?: string;
}

/** What an e-mail claim must look like to be used (no spaces, one @, a dot in the domain, at most 254 characters). */
const EMAIL = /^[^\s@]{1,64}@[^\s@]+\.[^\s@]+$/;

/**
 * Claims → AuthenticatedUser. `sub` is the user id; the roles claim (default `roles`) and the
 * partnerships claim (default `partnerships`) are arrays of strings (a bare string is refused: it is a
 * different contract, and `"admin,coordinator"` would silently mean no role). Role names the product does
 * not know are ignored (an identity provider may carry roles for other systems); a missing claim means none.
 * The teams claim is read like the partnerships claim (an alert for a team reaches its members, so a team
 * given as a bare string is refused too); an e-mail claim that is not an address is left out (it grants nothing).
 */
export function userFromClaims(payload: JWTPayload, claims: ClaimNames): AuthenticatedUser | undefined {
  if (typeof payload.sub !== 'string' || payload.sub.length === 0 || payload.sub.length > 200) return undefined;
  const roles = stringArray(payload[claims.rolesClaim]);
  const partnerships = stringArray(payload[claims.partnershipsClaim]);
  const teams = claims.teamsClaim ? stringArray(payload[claims.teamsClaim]) : [];
  if (roles === undefined || partnerships === undefined || teams === undefined) return undefined;
  const email = claims.emailClaim ? payload[claims.emailClaim] : undefined;
  return {
    id: payload.sub,
    roles: [...new Set(roles.filter(isRole))],
    partnerships: [...new Set(partnerships)],
    ...(teams.length ? { teams: [...new Set(teams)] } : {}),
    ...(typeof email === 'string' && email.length <= 254 && EMAIL.test(email) ? { email } : {}),
  };
}

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

function stringArray(value: unknown): string[] | undefined {
  if (value === undefined) return [];
  if (Array.isArray(value) && value.every((v) => typeof v === 'string' && v.length > 0 && v.length <= 200)) return value as string[];
  return undefined;
}
