import type { AuthenticatedUser } from '@app/access';
import { deriveId, type CommandContext } from '@app/event-store';

/** The synthetic partnership and MARACs `npm run demo` loads (the OpenAPI document's examples name them too). */
export const DEMO_PARTNERSHIP = 'demo-csp';
export const DEMO_MARACS = ['demo-marac-north', 'demo-marac-south', 'demo-marac-east'];

const SEED_NAMESPACE = '5d3c7a1e-9b2f-4e6d-8a0c-1f2e3d4c5b6a';

/**
 * The loader acts as an explicit system user, scoped like anyone else (the use cases deny a missing
 * caller): coordinator and admin of the demo partnership only. Its id is the actor of every event.
 */
export const DEMO_CALLER: AuthenticatedUser = { id: 'system:demo', roles: ['coordinator', 'admin'], partnerships: [DEMO_PARTNERSHIP] };

/** A demo command's context: its id derived from a fixed key (so a second load adds nothing), at noon on `date`. */
export function demoContext(key: string, date: string): CommandContext {
  return {
    commandId: deriveId(SEED_NAMESPACE, key),
    correlationId: 'demo-loader',
    causationId: 'demo-loader',
    actor: DEMO_CALLER.id,
    occurredAt: `${date}T12:00:00.000Z`,
    partnershipId: DEMO_PARTNERSHIP,
  };
}
