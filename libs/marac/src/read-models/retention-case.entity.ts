import { Column, Entity, PrimaryColumn } from 'typeorm';
import { MaracScopedRow } from './marac-scoped-row.js';

/** A case's status and closure date for the retention rule (marac_retention_cases). */
@Entity({ name: 'marac_retention_cases' })
export class RetentionCase extends MaracScopedRow {
  @PrimaryColumn({ type: 'text', name: 'case_id' })
  caseId: string;

  @Column({ type: 'text' })
  status: 'open' | 'closed';

  @Column({ type: 'date', name: 'closed_on', nullable: true })
  closedOn: string | null;

  @Column({ type: 'integer', name: 'last_revision' })
  lastRevision: number;
}
