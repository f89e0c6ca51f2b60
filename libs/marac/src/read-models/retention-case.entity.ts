import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A case's status and closure date for the retention rule (marac_retention_cases). */
@Entity({ name: 'marac_retention_cases' })
export class RetentionCase {
  @PrimaryColumn({ type: 'text', name: 'case_id' })
  caseId: string;

  @Column({ type: 'text', name: 'marac_id' })
  maracId: string;

  @Column({ type: 'text', name: 'partnership_id' })
  partnershipId: string;

  /** `open` or `closed`. */
  @Column({ type: 'text' })
  status: string;

  @Column({ type: 'date', name: 'closed_on', nullable: true })
  closedOn: string | null;

  @Column({ type: 'integer', name: 'last_revision' })
  lastRevision: number;
}
