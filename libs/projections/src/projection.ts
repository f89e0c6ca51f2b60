import type { EntityManager } from 'typeorm';
import type { EventEnvelope, LogFilter } from '@app/event-store';

/**
 * A read model built from the global log. `apply` receives a batch of decoded events and writes
 * through the transaction's EntityManager; the runner commits those writes and the new checkpoint
 * together. Runs may repeat after a crash only if the transaction did not commit, so `apply` need not
 * be idempotent across batches, but it must be deterministic (a rebuild must give the same rows).
 */
export interface Projection {
  /** Checkpoint key; also names the rebuild's scratch schema. Lowercase, digits and underscores. */
  readonly name: string;
  readonly filter: LogFilter;
  /** Tables this projection alone writes; a rebuild recreates them and swaps them in. */
  readonly tables: readonly string[];
  /** False for projections that never read personal data: their events are decoded without decrypting it. Default true. */
  readonly readsPersonalData?: boolean;
  apply(events: readonly EventEnvelope[], manager: EntityManager): Promise<void>;
}
