import type { BoundedContext } from '@app/kit';
import { sharingEventTypes } from './domain/index.js';
import { SharingShare } from './read-models/sharing-share.entity.js';
import { SharingStatusRow } from './read-models/sharing-status-row.entity.js';
import { Sharing1766500000000 } from './read-models/sharing.migration.js';
import { sharingProjection } from './read-models/sharing.projection.js';
import { SharingHttpModule, SharingModule } from './sharing.module.js';

/**
 * Consent and the basis for sharing: a library beside the people context (contexts may import it, it imports
 * none of them). Its status query sits in the module every process loads (`processManagers`), as people's do.
 */
export const sharingContext: BoundedContext = {
  name: 'sharing',
  eventTypes: sharingEventTypes,
  entities: [SharingStatusRow, SharingShare],
  migrations: [Sharing1766500000000],
  projections: [sharingProjection],
  httpModule: SharingHttpModule,
  processManagers: SharingModule,
};
