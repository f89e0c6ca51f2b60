import { SetMetadata } from '@nestjs/common';
import type { Role } from './authenticated-user.js';

export const ROLES_KEY = 'access:roles';
export const PUBLIC_KEY = 'access:public';

/** The roles admitted to a controller or route. A route with no @Roles and no @Public is refused. */
export const Roles = (...roles: Role[]) => SetMetadata(ROLES_KEY, roles);

/** Reachable without a token (health checks only). */
export const Public = () => SetMetadata(PUBLIC_KEY, true);

export const STREAM_TICKET_KEY = 'access:stream-ticket';

/**
 * The route also takes `?ticket=` (a single-use stream ticket, StreamTickets) in place of the bearer header,
 * for a browser's EventSource, which cannot send headers. The bearer token itself is never read from a URL.
 */
export const AcceptsStreamTicket = () => SetMetadata(STREAM_TICKET_KEY, true);
