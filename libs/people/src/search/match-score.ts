import type { IsoDate } from '@app/periods';
import { normalisePostcode, type PersonIdentity } from '../domain/person-identity.js';
import type { SearchTerms } from './blind-index.js';
import { nameSimilarity } from './name-similarity.js';

/** What each term weighs in a candidate's final score (of the terms searched). */
const TERM_WEIGHTS = { name: 0.6, dateOfBirth: 0.25, postcode: 0.15 } as const;

/** Below this a candidate is not worth showing. */
export const MIN_MATCH_SCORE = 0.6;

function swapped(date: IsoDate): string {
  const [year, month, day] = date.split('-');
  return `${year}-${day}-${month}`;
}

function dateScore(query: IsoDate, stored: IsoDate | null): number {
  if (stored === null) return 0.5;
  if (stored === query) return 1;
  if (stored === swapped(query)) return 0.6;
  return 0;
}

function postcodeScore(query: string, identity: PersonIdentity): number {
  const wanted = normalisePostcode(query) ?? query.trim().toUpperCase();
  const postcodes = identity.addresses.flatMap(({ postcode }) => (postcode ? [postcode] : []));
  if (postcodes.length === 0) return 0.5;
  if (postcodes.includes(wanted)) return 1;
  return postcodes.some((postcode) => postcode.split(' ')[0] === wanted.split(' ')[0]) ? 0.5 : 0;
}

/**
 * How well a decrypted candidate answers a search, 0 to 1: the weighted mean of the terms searched (the
 * best of the person's names and aliases, in any order; the date of birth, a day-month swap counting
 * part; the postcode, the district part). Only the few candidates the blind index ranked first get here.
 */
export function matchScore(terms: SearchTerms, identity: PersonIdentity): number {
  let total = 0;
  let weights = 0;
  if (terms.name) {
    total += TERM_WEIGHTS.name * Math.max(...[identity.fullName, ...identity.aliases].map((name) => nameSimilarity(terms.name!, name)));
    weights += TERM_WEIGHTS.name;
  }
  if (terms.dateOfBirth) {
    total += TERM_WEIGHTS.dateOfBirth * dateScore(terms.dateOfBirth, identity.dateOfBirth);
    weights += TERM_WEIGHTS.dateOfBirth;
  }
  if (terms.postcode) {
    total += TERM_WEIGHTS.postcode * postcodeScore(terms.postcode, identity);
    weights += TERM_WEIGHTS.postcode;
  }
  return weights === 0 ? 0 : total / weights;
}

/** Names this alike (both ways, any order) are one person unless their dates of birth say otherwise. */
const SAME_NAME = 0.9;

/**
 * Whether a new person's identity closely matches an existing one (find before create): alike names
 * (the full name or an alias, both ways), and dates of birth that agree (equal, or a day-month swap)
 * where both are known.
 */
export function isCloseMatch(identity: PersonIdentity, existing: PersonIdentity): boolean {
  if (identity.dateOfBirth && existing.dateOfBirth && dateScore(identity.dateOfBirth, existing.dateOfBirth) === 0) return false;
  const names = [identity.fullName, ...identity.aliases];
  const existingNames = [existing.fullName, ...existing.aliases];
  return names.some((name) => existingNames.some((other) => nameSimilarity(name, other, true) >= SAME_NAME));
}
