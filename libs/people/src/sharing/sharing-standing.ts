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
