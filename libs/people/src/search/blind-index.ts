import { createHmac } from 'node:crypto';
import { doubleMetaphone } from 'double-metaphone';
import type { IsoDate } from '@app/periods';
import type { SearchIndexEntry } from '../domain/person.events.js';
import type { PersonIdentity } from '../domain/person-identity.js';
import { deletionVariants, nameTokens } from './name-normalisation.js';

/** The tokenisation below; a change of it is a new version (and an upgrade that re-indexes people). */
export const BLIND_INDEX_VERSION = 1;

/** What a search looks for; at least one term. */
export interface SearchTerms {
  name?: string;
  dateOfBirth?: IsoDate;
  postcode?: string;
}

/** One token of a search: which term of it (`term`) it stands for, and what a hit is worth. */
export interface QueryToken {
  token: string;
  term: number;
  weight: number;
}

/**
 * Kinds of token, each with what a hit of it is worth to a search (the best hit per term counts).
 * name: `n` the name token itself, `v` its one-deletion spelling neighbourhood (a shared variant is an
 * edit or two away: a typo, a transposition, a letter missed or doubled), `p` its Double Metaphone codes
 * (sounds alike: Smyth, Smith). dob: `d` the date, `ds` with day and month swapped (an entry slip).
 * postcode: `pc` whole, `po` the outward code (the district).
 */
const WEIGHTS = { n: 3, v: 2, p: 1.5, d: 3, ds: 1.5, pc: 2, po: 0.5 } as const;
type Kind = keyof typeof WEIGHTS;

const compactPostcode = (postcode: string) => postcode.replace(/\s+/g, '').toUpperCase();
const outwardCode = (postcode: string) => postcode.trim().toUpperCase().split(/\s+/)[0];

function phoneticCodes(token: string): string[] {
  return [...new Set(doubleMetaphone(token).filter((code) => code.length > 0))];
}

function swappedDate(date: IsoDate): string | null {
  const [year, month, day] = date.split('-');
  return Number(day) <= 12 && day !== month ? `${year}-${day}-${month}` : null;
}

/**
 * The blind index: keyed HMAC-SHA256 (the key is the server's, never stored with the data) of each
 * normalised token, cut to 64 bits. The partnership is inside every token, so equal names in two
 * partnerships give unrelated tokens and a search can only ever hit its own partnership's people.
 * What someone holding the database (without the key) learns: how many tokens each person has and which
 * people share a token (equal names, dates of birth, postcodes or their variants, within a partnership),
 * never the names themselves; with the key as well, names could be tested one guess at a time.
 */
export class BlindIndex {
  constructor(private readonly key: Buffer) {}

  /** The entries of a person's identity: every name and alias, the date of birth, every postcode. */
  entryFor(partnershipId: string, identity: PersonIdentity): SearchIndexEntry {
    const tokens = new Set<string>();
    const add = (kind: Kind, value: string) => tokens.add(this.token(partnershipId, kind, value));
    for (const name of [identity.fullName, ...identity.aliases]) {
      for (const token of nameTokens(name)) {
        add('n', token);
        for (const variant of deletionVariants(token)) add('v', variant);
        for (const code of phoneticCodes(token)) add('p', code);
      }
    }
    if (identity.dateOfBirth) add('d', identity.dateOfBirth);
    for (const { postcode } of identity.addresses) {
      if (!postcode) continue;
      add('pc', compactPostcode(postcode));
      add('po', outwardCode(postcode));
    }
    return { version: BLIND_INDEX_VERSION, tokens: [...tokens].sort() };
  }

  /** The tokens a search looks up, in each of the partnerships searched. */
  queryFor(partnershipIds: readonly string[], terms: SearchTerms): QueryToken[] {
    const tokens: QueryToken[] = [];
    let term = 0;
    const add = (kind: Kind, value: string) => {
      for (const partnershipId of partnershipIds)
        tokens.push({ token: this.token(partnershipId, kind, value), term, weight: WEIGHTS[kind] });
    };
    for (const token of terms.name ? nameTokens(terms.name, { joined: false }) : []) {
      add('n', token);
      for (const variant of deletionVariants(token)) add('v', variant);
      for (const code of phoneticCodes(token)) add('p', code);
      term++;
    }
    if (terms.dateOfBirth) {
      add('d', terms.dateOfBirth);
      const swapped = swappedDate(terms.dateOfBirth);
      if (swapped) add('ds', swapped);
      term++;
    }
    if (terms.postcode) {
      add('pc', compactPostcode(terms.postcode));
      add('po', outwardCode(terms.postcode));
      term++;
    }
    return tokens;
  }

  private token(partnershipId: string, kind: Kind, value: string): string {
    // A swapped date is looked up among the dates (`d`), weighed as a slip.
    const stored = kind === 'ds' ? 'd' : kind;
    const mac = createHmac('sha256', this.key).update(`${BLIND_INDEX_VERSION}\u0000${partnershipId}\u0000${stored}\u0000${value}`).digest();
    return mac.readBigInt64BE(0).toString();
  }
}
