import type { SearchIndexEntry } from './person.events.js';
import type { PersonIdentity } from './person-identity.js';

/** Commands on one person's stream (`person-<personId>`). The identity comes validated (requireIdentity). */
export interface RegisterPerson {
  type: 'RegisterPerson';
  personId: string;
  partnershipId: string;
  identity: PersonIdentity;
  searchIndex: SearchIndexEntry;
}

export interface AmendPersonIdentity {
  type: 'AmendPersonIdentity';
  personId: string;
  identity: PersonIdentity;
  searchIndex: SearchIndexEntry;
}

export type PersonCommand = RegisterPerson | AmendPersonIdentity;

/** Commands on a partnership's merge ledger (`person_merges-<partnershipId>`); both people exist there (checked first). */
export interface MergePerson {
  type: 'MergePerson';
  personId: string;
  intoPersonId: string;
  partnershipId: string;
  reason: string;
  by: string;
}

export interface UnmergePerson {
  type: 'UnmergePerson';
  personId: string;
  partnershipId: string;
  reason: string;
  by: string;
}

export type PersonMergesCommand = MergePerson | UnmergePerson;
