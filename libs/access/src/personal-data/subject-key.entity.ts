import { Check, Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * A data subject's key (subject_keys): the data key wrapped by the master key, or, once erased, a
 * tombstone (when, by whom, why) with no key. Written and read by SubjectKeyStore over the pg pool (on
 * every command's path); the table's triggers make erasure final.
 */
@Entity({ name: 'subject_keys' })
@Check('subject_keys_erased_has_no_key', '(wrapped_key IS NULL) = (erased_at IS NOT NULL)')
export class SubjectKeyRecord {
  @PrimaryColumn({ type: 'text', name: 'subject_id' })
  subjectId: string;

  @Column({ type: 'text', name: 'partnership_id', nullable: true })
  partnershipId: string | null;

  @Column({ type: 'bytea', name: 'wrapped_key', nullable: true })
  wrappedKey: Buffer | null;

  @Column({ type: 'text', name: 'master_key_id', nullable: true })
  masterKeyId: string | null;

  @Column({ type: 'timestamptz', name: 'created_at', default: () => 'now()' })
  createdAt: Date;

  @Column({ type: 'timestamptz', name: 'erased_at', nullable: true })
  erasedAt: Date | null;

  @Column({ type: 'text', name: 'erased_by', nullable: true })
  erasedBy: string | null;

  @Column({ type: 'text', name: 'erasure_reason', nullable: true })
  erasureReason: string | null;
}
