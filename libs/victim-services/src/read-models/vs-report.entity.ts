import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * One report of a victim (vs_reports): the referral of a case (`report_id` 'referral') or a further report on
 * it. The repeat-victim rule compares each with the same person's previous report across every case of the
 * partnership, at read time. Ids and dates only (no personal data).
 */
@Entity({ name: 'vs_reports' })
@Index('vs_reports_person_idx', ['partnershipId', 'personId', 'reportedOn'])
@Index('vs_reports_service_idx', ['serviceId', 'reportedOn'])
export class VsReport {
  @PrimaryColumn({ type: 'text', name: 'case_id' })
  caseId: string;

  @PrimaryColumn({ type: 'text', name: 'report_id' })
  reportId: string;

  @Column({ type: 'text', name: 'service_id' })
  serviceId: string;

  @Column({ type: 'text', name: 'partnership_id' })
  partnershipId: string;

  @Column({ type: 'text', name: 'person_id' })
  personId: string;

  @Column({ type: 'date', name: 'reported_on' })
  reportedOn: string;
}
