import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A registered cohort (iom_cohorts): its partnership, area, strands and before/after window. */
@Entity({ name: 'iom_cohorts' })
export class IomCohortRow {
  @PrimaryColumn({ type: 'text', name: 'cohort_id' })
  cohortId: string;

  @Column({ type: 'text', name: 'partnership_id' })
  partnershipId: string;

  @Column({ type: 'text' })
  area: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'jsonb' })
  strands: string[];

  @Column({ type: 'integer', name: 'before_after_months' })
  beforeAfterMonths: number;
}
