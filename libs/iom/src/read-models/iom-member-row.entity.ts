import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { MeasurePeriod, StatusSpell } from '../domain/index.js';

/**
 * A person's record on a cohort (iom_members): adoption periods, status spells and strand changes as the
 * measures need them, and what the retention rule needs (on the cohort now, the last exit). Person ids only,
 * no personal data.
 */
@Entity({ name: 'iom_members' })
@Index('iom_members_cohort_idx', ['cohortId'])
@Index('iom_members_person_idx', ['personId'])
export class IomMemberRow {
  @PrimaryColumn({ type: 'text', name: 'offender_id' })
  offenderId: string;

  @Column({ type: 'text', name: 'cohort_id' })
  cohortId: string;

  @Column({ type: 'text', name: 'partnership_id' })
  partnershipId: string;

  @Column({ type: 'text', name: 'person_id' })
  personId: string;

  @Column({ type: 'boolean', name: 'on_cohort' })
  onCohort: boolean;

  @Column({ type: 'date', name: 'last_exited_on', nullable: true })
  lastExitedOn: string | null;

  @Column({ type: 'jsonb' })
  periods: MeasurePeriod[];

  @Column({ type: 'jsonb' })
  statuses: StatusSpell[];

  @Column({ type: 'jsonb' })
  strands: { strand: string; from: string }[];

  @Column({ type: 'boolean', default: false })
  erased: boolean;

  @Column({ type: 'integer', name: 'last_revision' })
  lastRevision: number;
}
