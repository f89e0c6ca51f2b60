import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { MaracScopedRow } from './marac-scoped-row.js';

/** A case's depersonalised profile as referred (marac_report_cases): no name, no date of birth. */
@Entity({ name: 'marac_report_cases' })
@Index('marac_report_cases_period_idx', ['maracId', 'referralDate'])
export class ReportCase extends MaracScopedRow {
  @PrimaryColumn({ type: 'text', name: 'case_id' })
  caseId: string;

  @Column({ type: 'date', name: 'referral_date' })
  referralDate: string;

  @Column({ type: 'text', name: 'referring_agency' })
  referringAgency: string;

  @Column({ type: 'text' })
  criterion: string;

  @Column({ type: 'boolean', name: 'repeat_referral' })
  repeatReferral: boolean;

  @Column({ type: 'text' })
  sex: string;

  @Column({ type: 'text', name: 'age_band' })
  ageBand: string;

  @Column({ type: 'boolean', name: 'aged_16_17' })
  aged16To17: boolean;

  @Column({ type: 'text' })
  ethnicity: string;

  @Column({ type: 'boolean', nullable: true })
  disabled: boolean | null;

  @Column({ type: 'boolean', name: 'lgbt_plus', nullable: true })
  lgbtPlus: boolean | null;

  @Column({ type: 'integer', name: 'children_in_household', nullable: true })
  childrenInHousehold: number | null;
}
