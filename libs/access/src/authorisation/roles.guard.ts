import { ForbiddenException, Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { PUBLIC_KEY, ROLES_KEY } from '../access.decorators.js';
import type { Role } from '../authenticated-user.js';
import type { AuthenticatedRequest } from '../authentication/authentication.guard.js';

/**
 * Global guard (last of three). Deny by default: a route admits the roles its @Roles names (on the
 * handler, else on the controller); a route with neither @Roles nor @Public admits nobody. Which
 * partnership's data a caller may touch is checked by the handler (assertCallerMayAccess), since
 * only it knows which partnership a record belongs to.
 */
@Injectable()
export class RolesGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    if (context.getType() !== 'http') return true;
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;
    const admitted = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets);
    const user = context.switchToHttp().getRequest<AuthenticatedRequest>().user;
    if (!user || !admitted || !admitted.some((role) => user.roles.includes(role))) {
      throw new ForbiddenException('Your role does not allow this.');
    }
    return true;
  }
}
