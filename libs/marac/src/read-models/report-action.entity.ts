import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** An agency action as the engagement report counts it (marac_report_actions). */
@Entity({ name: 'marac_report_actions' })
@Index('marac_report_actions_due_idx', ['maracId', 'dueDate'])
export class ReportAction {
  @PrimaryColumn({ type: 'text', name: 'case_id' })
  caseId: string;

  @PrimaryColumn({ type: 'text', name: 'action_id' })
  actionId: string;

  @Column({ type: 'text', name: 'marac_id' })
  maracId: string;

  @Column({ type: 'text', name: 'partnership_id' })
  partnershipId: string;

  @Column({ type: 'text' })
  agency: string;

  @Column({ type: 'date', name: 'due_date' })
  dueDate: string;

  @Column({ type: 'date', name: 'completed_on', nullable: true })
  completedOn: string | null;
}
