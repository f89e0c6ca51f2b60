import { createHmac } from 'node:crypto';

/**
 * What analysts may see of a person: a pseudonymous id (HMAC-SHA256 of the subject id with a secret
 * the analyst never holds, so it is stable across reports but cannot be reversed or recomputed), an
 * age band instead of a date of birth, and counts with small numbers suppressed.
 */
export class Pseudonymiser {
  constructor(private readonly secret: Buffer) {
    if (secret.length < 32) throw new Error('the pseudonym secret must be at least 32 bytes');
  }

  /** `p_` + 24 hex characters (96 bits): stable per subject, unlinkable without the secret. */
  pseudonymFor(subjectId: string): string {
    return `p_${createHmac('sha256', this.secret).update(subjectId, 'utf8').digest('hex').slice(0, 24)}`;
  }
}

/** Bands used in SafeLives and CSP reporting; 16-17 is counted separately (domain brief). */
export const AGE_BANDS = ['under 16', '16-17', '18-24', '25-34', '35-44', '45-54', '55-64', '65+'] as const;
export type AgeBand = (typeof AGE_BANDS)[number] | 'not known';

export function ageBand(age: number | null | undefined): AgeBand {
  if (age === null || age === undefined || !Number.isFinite(age) || age < 0) return 'not known';
  if (age < 16) return 'under 16';
  if (age < 18) return '16-17';
  if (age < 25) return '18-24';
  if (age < 35) return '25-34';
  if (age < 45) return '35-44';
  if (age < 55) return '45-54';
  if (age < 65) return '55-64';
  return '65+';
}

/** Whole years between a date of birth and a reference date (both ISO `YYYY-MM-DD` or Date). */
export function ageOn(dateOfBirth: string | Date, on: string | Date): number | undefined {
  const birth = new Date(dateOfBirth);
  const at = new Date(on);
  if (Number.isNaN(birth.getTime()) || Number.isNaN(at.getTime())) return undefined;
  let age = at.getUTCFullYear() - birth.getUTCFullYear();
  const beforeBirthday =
    at.getUTCMonth() < birth.getUTCMonth() || (at.getUTCMonth() === birth.getUTCMonth() && at.getUTCDate() < birth.getUTCDate());
  if (beforeBirthday) age -= 1;
  return age;
}

export function ageBandOn(dateOfBirth: string | Date | null | undefined, on: string | Date): AgeBand {
  return dateOfBirth ? ageBand(ageOn(dateOfBirth, on)) : 'not known';
}

export type SuppressedCount = number | `<${number}`;

/**
 * Published tables hide small counts: 1 to threshold-1 becomes `<threshold` (default `<5`); 0 and
 * counts at or above the threshold are shown. SMALL_COUNT_THRESHOLD configures the default.
 */
export function suppressSmallCounts(count: number, threshold = 5): SuppressedCount {
  if (!Number.isInteger(count) || count < 0) throw new Error('a count must be a whole number of zero or more');
  return count > 0 && count < threshold ? `<${threshold}` : count;
}

/** Suppresses every numeric value of a table row (e.g. `{ q1: 3, q2: 12 }` → `{ q1: '<5', q2: 12 }`). */
export function suppressRow<Row extends Record<string, unknown>>(
  row: Row,
  threshold = 5,
  keys?: readonly (keyof Row)[],
): Record<keyof Row, unknown> {
  const out: Record<string, unknown> = { ...row };
  for (const key of keys ?? Object.keys(row)) {
    const value = row[key];
    if (typeof value === 'number' && Number.isInteger(value) && value >= 0) out[key as string] = suppressSmallCounts(value, threshold);
  }
  return out as Record<keyof Row, unknown>;
}
