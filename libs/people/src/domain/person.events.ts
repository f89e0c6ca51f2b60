import type { DomainEvent, PersonalData } from '@app/domain';
import type { PersonIdentity } from './person-identity.js';

/** One stream per person (`person-<personId>`): who they are. Merges are on the partnership's ledger (person-merges.events.ts). */
export const PERSON_STREAM_CATEGORY = 'person';

/**
 * The person's blind-index entries (search/blind-index.ts): keyed HMACs of their normalised name tokens,
 * spelling variants, phonetic codes, date of birth and postcode, as signed 64-bit integers in decimal. They
 * are derived from personal data, so they travel in the person's envelope too: erased with them, and the
 * projector needs no index key to build the search tables. `version` names the tokenisation that made them.
 */
export interface SearchIndexEntry {
  version: number;
  tokens: string[];
}

export type PersonRegistered = DomainEvent<
  'PersonRegistered',
  {
    personId: string;
    partnershipId: string;
    identity: PersonalData<PersonIdentity>;
    searchIndex: PersonalData<SearchIndexEntry>;
  }
>;

/** The identity replaced as a whole (a corrected name, a new address), with its index entries. */
export type PersonIdentityAmended = DomainEvent<
  'PersonIdentityAmended',
  {
    personId: string;
    partnershipId: string;
    identity: PersonalData<PersonIdentity>;
    searchIndex: PersonalData<SearchIndexEntry>;
  }
>;

export type PersonEvent = PersonRegistered | PersonIdentityAmended;

export const personEventTypes = {
  PersonRegistered: 1,
  PersonIdentityAmended: 1,
} as const satisfies Record<PersonEvent['type'], number>;
