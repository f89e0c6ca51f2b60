import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * An Idempotency-Key, the request it was first sent with and the command id it stands for
 * (idempotency_keys). The key is the caller's (UUID v5 of the caller and the key: the client's key
 * itself is not stored); the fingerprint is SHA-256 of the request (requestFingerprint); the command id
 * is new when the key is first recorded, so a key forgotten after IDEMPOTENCY_KEY_RETENTION_DAYS and
 * sent again is a new command, not a replay of an old one. Written before the command appends anything,
 * over the pg pool (on every keyed command's path).
 */
@Entity({ name: 'idempotency_keys' })
@Index('idempotency_keys_created_at_idx', ['createdAt'])
export class IdempotencyKeyRecord {
  @PrimaryColumn({ type: 'uuid', name: 'scoped_key' })
  scopedKey: string;

  @Column({ type: 'uuid', name: 'command_id' })
  commandId: string;

  @Column({ type: 'bytea' })
  fingerprint: Buffer;

  @Column({ type: 'timestamptz', name: 'created_at', default: () => 'now()' })
  createdAt: Date;
}
