import { UnauthorizedException } from '@nestjs/common';
import { Transform } from 'class-transformer';
import type { Request } from 'express';
import type { AuthenticatedUser } from '@app/access';

/** Query strings carry 'true' / 'false'. */
export const ToBoolean = () => Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value));

/**
 * The verified caller set by the authentication guard. Deny by default: without one (no guard ran)
 * the request is refused, never served as if it came from a user who may see everything.
 */
export function callerOf(request: Request): AuthenticatedUser {
  const user = (request as Request & { user?: AuthenticatedUser }).user;
  if (!user) throw new UnauthorizedException('This endpoint needs a bearer token.');
  return user;
}
