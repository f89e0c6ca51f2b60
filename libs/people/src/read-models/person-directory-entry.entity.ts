import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * One person record (people_directory), written by the people-directory projection (and at once by the
 * handler that registers or amends them). No personal data: the identity stays in the person's events.
 */
@Entity({ name: 'people_directory' })
@Index('people_directory_partnership_idx', ['partnershipId'])
export class PersonDirectoryEntry {
  @PrimaryColumn({ type: 'uuid', name: 'person_id' })
  personId: string;

  @Column({ type: 'text', name: 'partnership_id' })
  partnershipId: string;

  /** The person stream's revision last applied: an older event never overwrites a newer one's tokens. */
  @Column({ type: 'integer' })
  revision: number;

  /** The person's personal data was erased: no tokens remain. */
  @Column({ type: 'boolean', default: false })
  erased: boolean;
}
