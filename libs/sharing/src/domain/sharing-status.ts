import type { IsoDate } from '@app/periods';
import type { ConsentDecision, ConsentMethod, LawfulBasis, SharingPurpose } from './sharing-codes.js';

/** What is recorded for one agency and purpose of a person: the latest consent decision and the latest basis decided. */
export interface SharingEntry {
  consent: { decision: ConsentDecision; on: IsoDate; how: ConsentMethod; recordedBy: string } | null;
  /** `reason`: the decision's free text, null once the person is erased. */
  basis: { basis: LawfulBasis; decidedBy: string; reason: string | null; on: IsoDate; recordedBy: string } | null;
}

/**
 * How information about the person may be shared with an agency for a purpose:
 * - `consent`: the person's latest decision is consent given;
 * - `basis`: without consent, on a lawful basis decided for this person (whatever they said);
 * - `default-basis`: nothing decided for this person, on the partnership's default basis for the purpose;
 * - `none`: neither. A refusal or withdrawal of consent sets the default aside: sharing against the person's
 *   stated wish needs a decision about them (`basis`), with who decided.
 */
export type SharingStanding = 'consent' | 'basis' | 'default-basis' | 'none';

export interface SharingStatus {
  agency: string;
  purpose: SharingPurpose;
  standing: SharingStanding;
  /** The lawful basis the sharing stands on (`basis`, `default-basis`), else null. */
  basis: LawfulBasis | null;
  consent: SharingEntry['consent'];
  decision: SharingEntry['basis'];
}

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

/** The refusal's message: names the agency and purpose, never the person. */
export function noStandingMessage(agency: string, purpose: SharingPurpose): string {
  return (
    `Information about this person may not be shared with ${agency} for ${purpose}: there is neither their consent nor a lawful ` +
    `basis (recorded for them, or the partnership's default for ${purpose}). Record consent or a basis for sharing without consent first.`
  );
}

/**
 * What the audit entry of a read says the record was read on: each standing among the statuses given, with its
 * basis (`default-basis:crime-and-disorder-act-s115`, `consent`, `none`), once each, in a stable order.
 */
export function basisOfRead(statuses: readonly SharingStatus[]): string {
  const parts = new Set(statuses.map((s) => (s.basis ? `${s.standing}:${s.basis}` : s.standing)));
  return [...parts].sort().join(',');
}
