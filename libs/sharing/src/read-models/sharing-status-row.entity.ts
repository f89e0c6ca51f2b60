import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * What is recorded for one person, agency and purpose (sharing_statuses): the latest consent decision and the
 * latest decision to share without consent. Ids, codes, dates and user ids only: no personal data.
 */
@Entity({ name: 'sharing_statuses' })
@Index('sharing_statuses_partnership_idx', ['partnershipId', 'purpose'])
export class SharingStatusRow {
  @PrimaryColumn({ type: 'text', name: 'person_id' })
  personId: string;

  @PrimaryColumn({ type: 'text' })
  agency: string;

  @PrimaryColumn({ type: 'text' })
  purpose: string;

  @Column({ type: 'text', name: 'partnership_id' })
  partnershipId: string;

  /** `given`, `refused`, `withdrawn`, or null when none was recorded. */
  @Column({ type: 'text', nullable: true })
  consent: string | null;

  @Column({ type: 'date', name: 'consent_on', nullable: true })
  consentOn: string | null;

  @Column({ type: 'text', name: 'consent_how', nullable: true })
  consentHow: string | null;

  @Column({ type: 'text', name: 'consent_recorded_by', nullable: true })
  consentRecordedBy: string | null;

  /** The stream revision of the consent decision held (a replayed batch changes nothing). */
  @Column({ type: 'integer', name: 'consent_revision', default: -1 })
  consentRevision: number;

  @Column({ type: 'text', nullable: true })
  basis: string | null;

  @Column({ type: 'text', name: 'basis_decided_by', nullable: true })
  basisDecidedBy: string | null;

  @Column({ type: 'date', name: 'basis_on', nullable: true })
  basisOn: string | null;

  @Column({ type: 'text', name: 'basis_recorded_by', nullable: true })
  basisRecordedBy: string | null;

  @Column({ type: 'integer', name: 'basis_revision', default: -1 })
  basisRevision: number;
}
