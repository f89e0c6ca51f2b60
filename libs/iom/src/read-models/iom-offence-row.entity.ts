import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** An offence of a person on a cohort (iom_offences): date, category, weight and outcome; no personal data. */
@Entity({ name: 'iom_offences' })
@Index('iom_offences_cohort_idx', ['cohortId', 'offenceDate'])
export class IomOffenceRow {
  @PrimaryColumn({ type: 'text', name: 'offender_id' })
  offenderId: string;

  @PrimaryColumn({ type: 'text', name: 'offence_id' })
  offenceId: string;

  @Column({ type: 'text', name: 'cohort_id' })
  cohortId: string;

  @Column({ type: 'date', name: 'offence_date' })
  offenceDate: string;

  @Column({ type: 'text' })
  category: string;

  @Column({ type: 'boolean', name: 'neighbourhood_crime' })
  neighbourhoodCrime: boolean;

  @Column({ type: 'double precision', name: 'severity_weight' })
  severityWeight: number;

  @Column({ type: 'boolean', name: 'during_custody' })
  duringCustody: boolean;

  @Column({ type: 'text', nullable: true })
  outcome: string | null;

  @Column({ type: 'date', name: 'outcome_date', nullable: true })
  outcomeDate: string | null;
}
