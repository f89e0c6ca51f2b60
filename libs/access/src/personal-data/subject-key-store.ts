import type pg from 'pg';
import { masterKeyId, newDataKey, unwrapKey, wrapKey } from './personal-data-cipher.js';

/** A subject's key: the data key, or null once the subject has been erased. */
export type SubjectKey = Buffer | null;

export interface ErasureRecord {
  subjectId: string;
  partnershipId: string | null;
  erasedAt: Date;
  /** False when this call destroyed the key; true when it had been destroyed before. */
  alreadyErased: boolean;
}

/**
 * The `subject_keys` table: one random 256-bit data key per data subject, stored wrapped by the
 * master key. Erasure deletes the wrapped key and keeps a tombstone (when, by whom, why); the
 * table's triggers refuse to bring an erased key back or to delete a tombstone.
 */
export class SubjectKeyStore {
  private readonly masterKeyId: string;

  constructor(
    private readonly pool: pg.Pool,
    private readonly masterKey: Buffer,
  ) {
    this.masterKeyId = masterKeyId(masterKey);
  }

  /** Keys for subjects about to be written, creating the missing ones (safe under concurrent writers). */
  async obtain(subjectIds: readonly string[], partnershipId: string | undefined): Promise<Map<string, SubjectKey>> {
    // Most subjects have a key already (every command after the first on a record): one read, no write.
    const keys = await this.load(subjectIds);
    const missing = [...new Set(subjectIds)].filter((id) => !keys.has(id));
    if (missing.length === 0) return keys;
    const wrapped = missing.map((id) => wrapKey(this.masterKey, id, newDataKey()));
    await this.pool.query(
      `INSERT INTO subject_keys (subject_id, wrapped_key, master_key_id, partnership_id)
       SELECT id, key, $3, $4 FROM unnest($1::text[], $2::bytea[]) AS t(id, key)
       ON CONFLICT (subject_id) DO NOTHING`,
      [missing, wrapped, this.masterKeyId, partnershipId ?? null],
    );
    // Read back rather than trust our own: a concurrent writer may have created the key first.
    for (const [id, key] of await this.load(missing)) keys.set(id, key);
    return keys;
  }

  /** Existing keys only (one query); subjects with no row are absent from the map. */
  async load(subjectIds: readonly string[]): Promise<Map<string, SubjectKey>> {
    const keys = new Map<string, SubjectKey>();
    if (subjectIds.length === 0) return keys;
    // Prepared once per connection: most commands that write personal data read a key.
    const { rows } = await this.pool.query<{ subject_id: string; wrapped_key: Buffer | null; master_key_id: string | null }>({
      name: 'subject_keys_load',
      text: 'SELECT subject_id, wrapped_key, master_key_id FROM subject_keys WHERE subject_id = ANY($1::text[])',
      values: [[...new Set(subjectIds)]],
    });
    for (const row of rows) {
      if (row.wrapped_key === null) {
        keys.set(row.subject_id, null);
        continue;
      }
      if (row.master_key_id !== this.masterKeyId) {
        throw new Error('a data subject key was wrapped with a different master key: check MASTER_KEY');
      }
      keys.set(row.subject_id, unwrapKey(this.masterKey, row.subject_id, row.wrapped_key));
    }
    return keys;
  }

  async partnershipOf(subjectId: string): Promise<{ known: boolean; partnershipId: string | null }> {
    const { rows } = await this.pool.query<{ partnership_id: string | null }>(
      'SELECT partnership_id FROM subject_keys WHERE subject_id = $1',
      [subjectId],
    );
    return rows.length === 0 ? { known: false, partnershipId: null } : { known: true, partnershipId: rows[0].partnership_id };
  }

  /** Destroys the subject's key (idempotent). Undefined when no key was ever held for the subject. */
  async erase(subjectId: string, erasedBy: string, reason: string): Promise<ErasureRecord | undefined> {
    const erased = await this.pool.query<{ partnership_id: string | null; erased_at: Date }>(
      `UPDATE subject_keys SET wrapped_key = NULL, erased_at = now(), erased_by = $2, erasure_reason = $3
       WHERE subject_id = $1 AND erased_at IS NULL RETURNING partnership_id, erased_at`,
      [subjectId, erasedBy, reason],
    );
    if (erased.rows.length > 0) {
      return { subjectId, partnershipId: erased.rows[0].partnership_id, erasedAt: erased.rows[0].erased_at, alreadyErased: false };
    }
    // Not updated: never known, or erased before (possibly by a concurrent request that just committed).
    const { rows } = await this.pool.query<{ partnership_id: string | null; erased_at: Date | null }>(
      'SELECT partnership_id, erased_at FROM subject_keys WHERE subject_id = $1',
      [subjectId],
    );
    if (rows.length === 0 || rows[0].erased_at === null) return undefined;
    return { subjectId, partnershipId: rows[0].partnership_id, erasedAt: rows[0].erased_at, alreadyErased: true };
  }
}
