import type { BoundedContext } from '@app/kit';
import { peopleEventTypes } from './domain/index.js';
import { PeopleHttpModule, PeopleModule } from './people.module.js';
import { PersonDirectoryEntry } from './read-models/person-directory-entry.entity.js';
import { PersonSearchToken } from './read-models/person-search-token.entity.js';
import { PeopleDirectory1765200000000 } from './read-models/people.migration.js';
import { peopleDirectoryProjection } from './read-models/people-directory.projection.js';

/**
 * People across contexts: one record per person per partnership, found before it is created (blind-index
 * search), merged and unmerged. Every other context refers to people by these records' ids. Its handlers
 * sit in the module every process loads (`processManagers`), since other contexts' process managers ask them.
 */
export const peopleContext: BoundedContext = {
  name: 'people',
  eventTypes: peopleEventTypes,
  entities: [PersonDirectoryEntry, PersonSearchToken],
  migrations: [PeopleDirectory1765200000000],
  projections: [peopleDirectoryProjection],
  httpModule: PeopleHttpModule,
  processManagers: PeopleModule,
};
