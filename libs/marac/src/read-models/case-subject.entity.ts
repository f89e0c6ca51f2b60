import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** A data subject a case names, victim or perpetrator (marac_case_subjects), for the retention rule. */
@Entity({ name: 'marac_case_subjects' })
@Index('marac_case_subjects_subject_idx', ['subjectId'])
export class CaseSubject {
  @PrimaryColumn({ type: 'text', name: 'case_id' })
  caseId: string;

  @PrimaryColumn({ type: 'text', name: 'subject_id' })
  subjectId: string;

  @Column({ type: 'text' })
  role: 'victim' | 'perpetrator';

  @Column({ type: 'boolean', default: false })
  erased: boolean;
}
