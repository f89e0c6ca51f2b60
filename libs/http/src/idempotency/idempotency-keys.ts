import { randomUUID } from 'node:crypto';
import type pg from 'pg';

/** How long a key stays bound to its request: far beyond any client's retries, and the table stays small. */
export const IDEMPOTENCY_KEY_RETENTION_DAYS = 30;

/** Expired keys are deleted at most this often per process, after a new key is recorded. */
const CLEANUP_INTERVAL_MS = 60 * 60 * 1000;

/** A key inserted and deleted again under a claim: only a release racing it, so a few tries are plenty. */
const MAX_CLAIM_ATTEMPTS = 3;

/**
 * `new`: this request recorded the key; `repeat`: the key was recorded by this same request (a retry);
 * `other`: the key was recorded by a different request. `commandId` is the command the key stands for.
 */
export interface KeyClaim {
  outcome: 'new' | 'repeat' | 'other';
  commandId: string;
}

export interface IdempotencyKeysOptions {
  /**
   * True when the command's events are appended to this same PostgreSQL database (the PostgreSQL event
   * store): a new key then commits without waiting for the WAL flush, since the append's synchronous commit
   * comes after it in the WAL and flushes it too. A key whose command appended nothing can be lost in a
   * server crash, and then its retry is a new command: nothing was written under the old one. With
   * EventStoreDB the events are written elsewhere, so the key is flushed before the command runs.
   */
  flushedByTheAppend: boolean;
  now?: () => number;
}

/**
 * The `idempotency_keys` table: insert-if-absent of (caller's key, request fingerprint, new command id),
 * on the pg pool. It is written before the command appends anything, on either event store, so a crash
 * between the two leaves a key whose identical retry completes the command (with `flushedByTheAppend`, a
 * server crash may lose a key whose command appended nothing: see there).
 */
export class IdempotencyKeys {
  private lastCleanup = 0;
  private readonly now: () => number;
  private readonly claimStatement: { name: string; text: string };

  constructor(
    private readonly pool: pg.Pool,
    { flushedByTheAppend, now = Date.now }: IdempotencyKeysOptions,
  ) {
    this.now = now;
    const commitMode = flushedByTheAppend ? `, set_config('synchronous_commit', 'off', true) AS commits_without_flush` : '';
    this.claimStatement = {
      // Prepared once per connection (one parse and plan): every command with a key makes this claim.
      name: flushedByTheAppend ? 'idempotency_claim_flushed_by_append' : 'idempotency_claim',
      text: `WITH claimed AS (
           INSERT INTO idempotency_keys (scoped_key, command_id, fingerprint) VALUES ($1, $3, $2)
           ON CONFLICT (scoped_key) DO NOTHING
           RETURNING fingerprint, command_id${commitMode})
         SELECT true AS inserted, fingerprint, command_id FROM claimed
         UNION ALL
         SELECT false, fingerprint, command_id FROM idempotency_keys WHERE scoped_key = $1 AND NOT EXISTS (SELECT 1 FROM claimed)`,
    };
  }

  async claim(scopedKey: string, fingerprint: Buffer): Promise<KeyClaim> {
    // Another request inserting the same key concurrently commits before ON CONFLICT gives up, but after
    // this statement's snapshot: then neither branch answers a row and the statement runs again.
    for (let attempt = 0; ; attempt++) {
      const { rows } = await this.pool.query<{ inserted: boolean; fingerprint: Buffer; command_id: string }>({
        ...this.claimStatement,
        values: [scopedKey, fingerprint, randomUUID()],
      });
      if (rows.length === 0) {
        if (attempt < MAX_CLAIM_ATTEMPTS) continue;
        throw new Error('an Idempotency-Key was inserted and deleted repeatedly while being claimed');
      }
      const [row] = rows;
      if (row.inserted) this.forgetExpiredNowAndThen();
      return { outcome: row.inserted ? 'new' : row.fingerprint.equals(fingerprint) ? 'repeat' : 'other', commandId: row.command_id };
    }
  }

  /** Frees a key this request recorded, when the request was refused before its use case ran. */
  async release(scopedKey: string, fingerprint: Buffer): Promise<void> {
    await this.pool.query('DELETE FROM idempotency_keys WHERE scoped_key = $1 AND fingerprint = $2', [scopedKey, fingerprint]);
  }

  /** Deletes the keys recorded more than IDEMPOTENCY_KEY_RETENTION_DAYS ago; answers how many. */
  async forgetExpired(): Promise<number> {
    const { rowCount } = await this.pool.query(`DELETE FROM idempotency_keys WHERE created_at < now() - make_interval(days => $1)`, [
      IDEMPOTENCY_KEY_RETENTION_DAYS,
    ]);
    return rowCount ?? 0;
  }

  /** The cleanup on insert: in the background, at most once per CLEANUP_INTERVAL_MS; a failure waits for the next turn. */
  private forgetExpiredNowAndThen(): void {
    if (this.now() - this.lastCleanup < CLEANUP_INTERVAL_MS) return;
    this.lastCleanup = this.now();
    this.forgetExpired().catch(() => undefined);
  }
}
