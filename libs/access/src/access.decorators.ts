import { SetMetadata } from '@nestjs/common';
import type { Role } from './authenticated-user.js';

export const ROLES_KEY = 'access:roles';
export const PUBLIC_KEY = 'access:public';

/** The roles admitted to a controller or route. A route with no @Roles and no @Public is refused. */
export const Roles = (...roles: Role[]) => SetMetadata(ROLES_KEY, roles);

/** Reachable without a token (health checks only). */
export const Public = () => SetMetadata(PUBLIC_KEY, true);
