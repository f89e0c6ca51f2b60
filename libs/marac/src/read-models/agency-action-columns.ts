import { Column, PrimaryColumn } from 'typeorm';
import { MaracScopedRow } from './marac-scoped-row.js';

/**
 * An agency action of a case, as both the case list (marac_case_actions) and the reports
 * (marac_report_actions) keep it: the same columns, written by the same AgencyActionRows.
 */
export abstract class AgencyActionColumns extends MaracScopedRow {
  @PrimaryColumn({ type: 'text', name: 'case_id' })
  caseId: string;

  @PrimaryColumn({ type: 'text', name: 'action_id' })
  actionId: string;

  @Column({ type: 'text' })
  agency: string;

  @Column({ type: 'date', name: 'due_date' })
  dueDate: string;

  @Column({ type: 'date', name: 'completed_on', nullable: true })
  completedOn: string | null;
}
