import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * The people registry's merges as victim services reads them (vs_person_merges): one row per person record
 * ever merged in the partnership, with the record it is merged into now (null once unmerged). The repeat
 * rule and the Case Review notice follow these edges to the end (the canonical person) at read time, so a
 * merge or an unmerge changes them at once, and a rebuild gives the same answer. Ids only.
 */
@Entity({ name: 'vs_person_merges' })
export class VsPersonMerge {
  @PrimaryColumn({ type: 'text', name: 'partnership_id' })
  partnershipId: string;

  @PrimaryColumn({ type: 'text', name: 'person_id' })
  personId: string;

  @Column({ type: 'text', name: 'merged_into', nullable: true })
  mergedInto: string | null;

  /** The ledger stream's revision of the last merge or unmerge applied (a batch applied twice changes nothing). */
  @Column({ type: 'integer', name: 'last_revision' })
  lastRevision: number;
}
