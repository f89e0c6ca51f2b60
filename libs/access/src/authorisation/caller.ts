import { createParamDecorator, UnauthorizedException, type ExecutionContext } from '@nestjs/common';
import type { AuthenticatedUser } from '../authenticated-user.js';

/**
 * The caller of a use case: always a user, never "nobody". Over HTTP it is the verified token's user;
 * internal callers (the demo loader, jobs) pass an explicit system user such as
 * `{ id: 'system:demo', roles: ['coordinator', 'admin'], partnerships: ['demo-csp'] }`, so that they
 * are scoped and recorded like anyone else.
 */
export type Caller = AuthenticatedUser;

/**
 * The verified caller of an HTTP route: `handler(@Caller() caller: AuthenticatedUser)`. Deny by default:
 * without one (no guard ran) the request is refused, never served as if it came from a user who may see
 * everything. (Type the parameter as AuthenticatedUser, not Caller: swc's decorator metadata would name
 * this function as the parameter's type.)
 */
export const Caller = createParamDecorator((_: unknown, context: ExecutionContext): Caller => {
  const user = context.switchToHttp().getRequest<{ user?: AuthenticatedUser }>().user;
  if (!user) throw new UnauthorizedException('This endpoint needs a bearer token.');
  return user;
});
