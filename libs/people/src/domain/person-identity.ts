import { InvalidCommandError, requireOneOf, requireText } from '@app/domain';
import { requireDateThatHappened, type IsoDate } from '@app/periods';

/** The code list of a person's sex, as MARAC's victim profile has it. Stored as these exact strings. */
export const PERSON_SEXES = ['female', 'male', 'other', 'not-known'] as const;
export type PersonSex = (typeof PERSON_SEXES)[number];

export interface PersonAddress {
  address: string;
  /** A UK postcode as given (or found at the end of the address); searched on. */
  postcode: string | null;
}

/**
 * Who a person is: personal data, carried only inside a PersonalData envelope whose subject is the person's
 * id (so erasing the person shreds it in every event). One record per person per partnership.
 */
export interface PersonIdentity {
  fullName: string;
  /** Other names the person is known by (maiden name, a nickname the police use). */
  aliases: string[];
  dateOfBirth: IsoDate | null;
  sex: PersonSex | null;
  addresses: PersonAddress[];
  phones: string[];
  emails: string[];
}

/** What a client gives for a person; every field but the name may be left out. */
export interface PersonIdentityInput {
  fullName: string;
  aliases?: string[];
  dateOfBirth?: IsoDate | null;
  sex?: PersonSex | null;
  addresses?: { address: string; postcode?: string | null }[];
  phones?: string[];
  emails?: string[];
}

export const MAX_ALIASES = 10;
export const MAX_ADDRESSES = 10;
export const MAX_CONTACTS = 10;

/** A UK postcode (outward code, space optional, inward code), matched case-insensitively. */
const UK_POSTCODE = /\b([A-Z]{1,2}\d[A-Z\d]?)\s*(\d[A-Z]{2})\b/i;

/** The postcode written in an address, normalised (`SW1A 1AA`), or null. */
export function postcodeIn(text: string): string | null {
  const match = UK_POSTCODE.exec(text);
  return match ? `${match[1].toUpperCase()} ${match[2].toUpperCase()}` : null;
}

/** `sw1a1aa` -> `SW1A 1AA`; null when it is not a UK postcode. */
export function normalisePostcode(text: string): string | null {
  const match = UK_POSTCODE.exec(text.trim());
  return match && match[0].length === text.trim().length ? postcodeIn(text) : null;
}

function texts(values: unknown, max: number, what: string): string[] {
  if (values === undefined || values === null) return [];
  if (!Array.isArray(values) || values.length > max) throw new InvalidCommandError(`At most ${max} ${what} may be given.`);
  return values.map((value) => {
    requireText(value, `Each of the ${what} must be non-empty text.`);
    return value.trim();
  });
}

/**
 * The identity as stored, from what a client gave: the name required, the rest optional, a date of birth
 * that happened, each postcode a UK postcode (taken from the address when not given). 400 naming the field.
 */
export function requireIdentity(input: PersonIdentityInput, today: IsoDate): PersonIdentity {
  requireText(input?.fullName, "The person's full name is missing.");
  if (input.dateOfBirth !== undefined && input.dateOfBirth !== null) requireDateThatHappened(input.dateOfBirth, 'date of birth', today);
  if (input.sex !== undefined && input.sex !== null) {
    requireOneOf(input.sex, PERSON_SEXES, "The person's sex must be female, male, other or not-known.");
  }
  const addresses = input.addresses ?? [];
  if (!Array.isArray(addresses) || addresses.length > MAX_ADDRESSES) {
    throw new InvalidCommandError(`At most ${MAX_ADDRESSES} addresses may be given.`);
  }
  return {
    fullName: input.fullName.trim(),
    aliases: texts(input.aliases, MAX_ALIASES, 'aliases'),
    dateOfBirth: input.dateOfBirth ?? null,
    sex: input.sex ?? null,
    addresses: addresses.map(({ address, postcode }) => {
      requireText(address, 'Each address must be non-empty text.');
      if (postcode !== undefined && postcode !== null && normalisePostcode(postcode) === null) {
        throw new InvalidCommandError('Each postcode must be a UK postcode, such as SW1A 1AA.');
      }
      return { address: address.trim(), postcode: postcode ? normalisePostcode(postcode) : postcodeIn(address) };
    }),
    phones: texts(input.phones, MAX_CONTACTS, 'phone numbers'),
    emails: texts(input.emails, MAX_CONTACTS, 'email addresses'),
  };
}
