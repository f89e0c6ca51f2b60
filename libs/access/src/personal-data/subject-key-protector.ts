import { LRUCache } from 'lru-cache';
import { IllegalStateError } from '@app/domain';
import type { PersonalDataProtector } from '@app/event-store';
import { collectEnvelopes, mapEnvelopes } from './personal-data-envelopes.js';
import { decryptPersonal, encryptPersonal, isEncryptedPersonal } from './personal-data-cipher.js';
import type { SubjectKey, SubjectKeyStore } from './subject-key-store.js';

export class ErasedSubjectError extends IllegalStateError {
  constructor() {
    super("This person's personal data has been erased; record them as a new person.");
  }
}

const CACHE_LIMIT = 10_000;

/**
 * PersonalDataProtector with a key per data subject (AES-256-GCM). Keys are read in one query per
 * batch and kept in memory for `cacheMs` (default 5 s): an erasure in this process takes effect at
 * once (forget), one in another process (the projector) within `cacheMs`. An erased subject stays
 * erased in the cache for good, as erasure cannot be undone.
 */
export class SubjectKeyProtector implements PersonalDataProtector {
  /** Least recently used out first, so a rebuild passing hundreds of thousands of subjects stays O(1) per subject. */
  private readonly cache = new LRUCache<string, { key: SubjectKey; until: number }>({ max: CACHE_LIMIT });

  constructor(
    readonly store: SubjectKeyStore,
    private readonly cacheMs: number,
    private readonly now: () => number = Date.now,
    /** Ends the pool the store uses, when the protector owns it (the app's provider does). */
    private readonly close: () => Promise<void> = () => Promise.resolve(),
  ) {}

  async onApplicationShutdown(): Promise<void> {
    await this.close();
  }

  async protect(data: unknown, partnershipId: string | undefined): Promise<unknown> {
    const envelopes = collectEnvelopes(data).filter((e) => e.personal !== null && !isEncryptedPersonal(e.personal));
    if (envelopes.length === 0) return data;
    const keys = await this.keysFor(
      envelopes.map((e) => e.subjectId),
      (missing) => this.store.obtain(missing, partnershipId),
    );
    return mapEnvelopes(data, (envelope) => {
      if (envelope.personal === null || isEncryptedPersonal(envelope.personal)) return envelope.personal;
      const key = keys.get(envelope.subjectId);
      if (!key) throw new ErasedSubjectError();
      return encryptPersonal(key, envelope.subjectId, envelope.personal);
    });
  }

  async reveal(items: readonly unknown[]): Promise<unknown[]> {
    const subjects = items.flatMap((data) =>
      collectEnvelopes(data)
        .filter((e) => isEncryptedPersonal(e.personal))
        .map((e) => e.subjectId),
    );
    if (subjects.length === 0) return [...items];
    const keys = await this.keysFor(subjects, (missing) => this.store.load(missing));
    return items.map((data) =>
      mapEnvelopes(data, (envelope) => {
        if (!isEncryptedPersonal(envelope.personal)) return envelope.personal;
        const key = keys.get(envelope.subjectId);
        // Erased (or never held): the personal part is gone; the rest of the event stays readable.
        return key ? decryptPersonal(key, envelope.subjectId, envelope.personal) : null;
      }),
    );
  }

  /** Drops a subject's key from memory (called right after this process erases it). */
  forget(subjectId: string): void {
    this.cache.set(subjectId, { key: null, until: Number.POSITIVE_INFINITY });
  }

  private async keysFor(
    subjectIds: readonly string[],
    fetch: (missing: string[]) => Promise<Map<string, SubjectKey>>,
  ): Promise<Map<string, SubjectKey>> {
    const now = this.now();
    const keys = new Map<string, SubjectKey>();
    const missing: string[] = [];
    for (const id of new Set(subjectIds)) {
      const cached = this.cache.get(id);
      if (cached && cached.until > now) keys.set(id, cached.key);
      else missing.push(id);
    }
    if (missing.length > 0) {
      const fetched = await fetch(missing);
      for (const id of missing) {
        const key = fetched.get(id);
        if (key === undefined) continue;
        keys.set(id, key);
        this.remember(id, key, now);
      }
    }
    return keys;
  }

  private remember(subjectId: string, key: SubjectKey, now: number): void {
    if (this.cacheMs === 0 && key !== null) return;
    // An erased subject evicted from here is still erased: its key is gone from the store too.
    this.cache.set(subjectId, { key, until: key === null ? Number.POSITIVE_INFINITY : now + this.cacheMs });
  }
}
