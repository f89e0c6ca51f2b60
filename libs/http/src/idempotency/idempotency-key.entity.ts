import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * An Idempotency-Key and the request it was first sent with (idempotency_keys). The key is the command
 * id the key becomes (UUID v5 of the caller and the key, so the client's key itself is not stored);
 * the fingerprint is SHA-256 of the request (requestFingerprint). Written before the command appends
 * anything, over the pg pool (on every keyed command's path); kept IDEMPOTENCY_KEY_RETENTION_DAYS.
 */
@Entity({ name: 'idempotency_keys' })
@Index('idempotency_keys_created_at_idx', ['createdAt'])
export class IdempotencyKeyRecord {
  @PrimaryColumn({ type: 'uuid', name: 'command_id' })
  commandId: string;

  @Column({ type: 'bytea' })
  fingerprint: Buffer;

  @Column({ type: 'timestamptz', name: 'created_at', default: () => 'now()' })
  createdAt: Date;
}
