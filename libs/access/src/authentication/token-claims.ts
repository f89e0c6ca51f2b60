import type { JWTPayload } from 'jose';
import { ROLES, type AuthenticatedUser, type Role } from '../authenticated-user.js';

/**
 * Claims → AuthenticatedUser. `sub` is the user id; the roles claim (default `roles`) and the
 * partnerships claim (default `partnerships`) are arrays of strings (a bare string is refused: it is a
 * different contract, and `"admin,coordinator"` would silently mean no role). Role names the product does
 * not know are ignored (an identity provider may carry roles for other systems); a missing claim means none.
 */
export function userFromClaims(
  payload: JWTPayload,
  claims: { rolesClaim: string; partnershipsClaim: string },
): AuthenticatedUser | undefined {
  if (typeof payload.sub !== 'string' || payload.sub.length === 0 || payload.sub.length > 200) return undefined;
  const roles = stringArray(payload[claims.rolesClaim]);
  const partnerships = stringArray(payload[claims.partnershipsClaim]);
  if (roles === undefined || partnerships === undefined) return undefined;
  return {
    id: payload.sub,
    roles: [...new Set(roles.filter(isRole))],
    partnerships: [...new Set(partnerships)],
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
