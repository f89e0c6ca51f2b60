import type { BoundedContext } from '@app/kit';
import { CrossServiceHttpModule } from './cross-service.module.js';
import { CrossServiceContact, CrossServiceVictimService } from './read-models/cross-service-contact.entity.js';
import { CrossService1766500000002 } from './read-models/cross-service.migration.js';
import { crossServiceProjection } from './read-models/cross-service.projection.js';

/**
 * Repeat victimisation across services (issue 16): a read model over the victims of every service, built from
 * the contexts' events by their type strings (it imports no context), and the analysts' figures. It owns no
 * events of its own.
 */
export const crossServiceContext: BoundedContext = {
  name: 'cross-service',
  eventTypes: {},
  entities: [CrossServiceContact, CrossServiceVictimService],
  migrations: [CrossService1766500000002],
  projections: [crossServiceProjection],
  httpModule: CrossServiceHttpModule,
};
