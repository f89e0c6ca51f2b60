import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** Each stage done (case_review_stages): when it was due and done, for the share done on time. */
@Entity({ name: 'case_review_stages' })
@Index('case_review_stages_partnership_idx', ['partnershipId', 'doneOn'])
export class CaseReviewStageRow {
  @PrimaryColumn({ type: 'text', name: 'application_id' }) applicationId: string;
  @PrimaryColumn({ type: 'integer' }) revision: number;
  @Column({ type: 'text', name: 'partnership_id' }) partnershipId: string;
  @Column({ type: 'text' }) stage: string;
  @Column({ type: 'date', name: 'due_on' }) dueOn: string;
  @Column({ type: 'date', name: 'done_on' }) doneOn: string;
  @Column({ type: 'boolean' }) late: boolean;
}
