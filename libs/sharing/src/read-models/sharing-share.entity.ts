import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** One share of a person's information with an agency (sharing_shares), and what it stood on. */
@Entity({ name: 'sharing_shares' })
@Index('sharing_shares_person_idx', ['personId', 'sharedOn'])
export class SharingShare {
  @PrimaryColumn({ type: 'text', name: 'share_id' })
  shareId: string;

  @Column({ type: 'text', name: 'person_id' })
  personId: string;

  @Column({ type: 'text', name: 'partnership_id' })
  partnershipId: string;

  @Column({ type: 'text' })
  agency: string;

  @Column({ type: 'text' })
  purpose: string;

  @Column({ type: 'date', name: 'shared_on' })
  sharedOn: string;

  /** `consent`, `basis` or `default-basis`. */
  @Column({ type: 'text' })
  standing: string;

  @Column({ type: 'text', nullable: true })
  basis: string | null;

  @Column({ type: 'text', name: 'recorded_by' })
  recordedBy: string;
}
