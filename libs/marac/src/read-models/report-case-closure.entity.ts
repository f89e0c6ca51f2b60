import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * A time a case was closed, until it was reopened (marac_report_case_closures): on the days in between it
 * chased none of its actions, so none of them was overdue (the agency-engagement report judges `asOf`).
 */
@Entity({ name: 'marac_report_case_closures' })
export class ReportCaseClosure {
  @PrimaryColumn({ type: 'text', name: 'case_id' })
  caseId: string;

  /** The case stream's revision of the CaseClosed event: a case may be closed, reopened and closed again. */
  @PrimaryColumn({ type: 'integer', name: 'closed_revision' })
  closedRevision: number;

  @Column({ type: 'date', name: 'closed_on' })
  closedOn: string;

  /** Null while the case stays closed. */
  @Column({ type: 'date', name: 'reopened_on', nullable: true })
  reopenedOn: string | null;
}
