import { CallerQuery } from '@app/access';
import type { PersonIdentity } from '../../domain/index.js';

export interface PersonView {
  /** The canonical person: asking for a merged record answers the person it was merged into. */
  personId: string;
  partnershipId: string;
  /** The canonical record's identity; null once erased. */
  identity: PersonIdentity | null;
  /** The other records merged into this person. */
  mergedPersonIds: string[];
  /** The person stream's revision (the ETag). */
  revision: number;
}

/** A person record of the caller's partnerships (404 otherwise, as for an id nobody holds). */
export class GetPersonQuery extends CallerQuery<{ personId: string }, PersonView> {}
