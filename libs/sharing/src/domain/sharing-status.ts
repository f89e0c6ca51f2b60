import type { IsoDate } from '@app/periods';
import type { LawfulBasis, SharingEntry, SharingPurpose, SharingStatus } from '@app/people';

export const NO_ENTRY: SharingEntry = { consent: null, basis: null };

export function sharingStatusOf(
  agency: string,
  purpose: SharingPurpose,
  entry: SharingEntry | undefined,
  defaultBasis: LawfulBasis | null,
): SharingStatus {
  const { consent, basis } = entry ?? NO_ENTRY;
  const base = { agency, purpose, consent, decision: basis };
  if (consent?.decision === 'given') return { ...base, standing: 'consent', basis: null };
  if (basis) return { ...base, standing: 'basis', basis: basis.basis };
  if (consent === null && defaultBasis !== null) return { ...base, standing: 'default-basis', basis: defaultBasis };
  return { ...base, standing: 'none', basis: null };
}

/**
 * One person's entry from the entries of all their records (merged duplicates): the latest dated consent decision
 * and the latest dated decision to share without consent, the earlier record's on a tie (records are given
 * canonical first).
 */
export function combineEntries(entries: readonly (SharingEntry | undefined)[]): SharingEntry | undefined {
  const present = entries.filter((e): e is SharingEntry => e !== undefined);
  if (present.length === 0) return undefined;
  const latest = <T extends { on: IsoDate }>(values: (T | null)[]): T | null =>
    values.reduce<T | null>((best, value) => (value !== null && (best === null || value.on > best.on) ? value : best), null);
  return { consent: latest(present.map((e) => e.consent)), basis: latest(present.map((e) => e.basis)) };
}

/** The key of an agency and purpose in a person's state. */
export function entryKey(agency: string, purpose: SharingPurpose): string {
  return `${purpose}|${agency}`;
}
