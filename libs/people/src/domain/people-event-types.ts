import { personEventTypes } from './person.events.js';
import { personMergesEventTypes } from './person-merges.events.js';

/** Every event type of the people context with the schema version it is written with. */
export const peopleEventTypes = { ...personEventTypes, ...personMergesEventTypes } as const;
