import { Column, Entity, PrimaryColumn } from 'typeorm';

/** An agency action of a case on the case list (marac_case_actions): outstanding and overdue counts. */
@Entity({ name: 'marac_case_actions' })
export class CaseListAction {
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
