import { randomBytes } from 'node:crypto';
import { ErasedSubjectError, SubjectKeyProtector } from './subject-key-protector.js';
import type { SubjectKey, SubjectKeyStore } from './subject-key-store.js';

/** An in-memory stand-in for the subject_keys table that counts its queries. */
function fakeStore() {
  const keys = new Map<string, SubjectKey>();
  const calls = { obtain: 0, load: 0 };
  const pick = (ids: readonly string[]) => new Map(ids.filter((id) => keys.has(id)).map((id) => [id, keys.get(id)!] as const));
  const store = {
    async obtain(ids: readonly string[]) {
      calls.obtain++;
      for (const id of ids) if (!keys.has(id)) keys.set(id, randomBytes(32));
      return pick(ids);
    },
    async load(ids: readonly string[]) {
      calls.load++;
      return pick(ids);
    },
    erase(id: string) {
      keys.set(id, null);
    },
  };
  return { store, calls };
}

describe('SubjectKeyProtector', () => {
  const event = (subjectId: string, name: string) => ({ riskBand: 'high', victim: { subjectId, personal: { name } } });

  it('encrypts every envelope and reveals it again, with one key query per batch', async () => {
    const { store, calls } = fakeStore();
    let now = 0;
    const protector = new SubjectKeyProtector(store as unknown as SubjectKeyStore, 5000, () => now);
    const stored = await Promise.all([protector.protect(event('a', 'Alice'), 'north'), protector.protect(event('b', 'Bea'), 'north')]);
    expect(JSON.stringify(stored)).not.toMatch(/Alice|Bea/);
    expect(stored[0]).toMatchObject({ riskBand: 'high', victim: { subjectId: 'a' } });

    now = 10_000; // past the cache
    expect(await protector.reveal(stored)).toEqual([event('a', 'Alice'), event('b', 'Bea')]);
    expect(calls.load).toBe(1);
    await protector.reveal(stored);
    expect(calls.load).toBe(1); // cached
  });

  it('keeps the 10,000 most recently used subjects in memory, dropping the least recently used first', async () => {
    const { store, calls } = fakeStore();
    const protector = new SubjectKeyProtector(store as unknown as SubjectKeyStore, 60_000);
    const events = [];
    for (let i = 0; i < 10_000; i++) events.push(await protector.protect(event(`s${i}`, `Name ${i}`), 'north'));
    await protector.reveal([events[0]]); // s0 used again: s1 is now the least recently used
    events.push(await protector.protect(event('s10000', 'Name 10000'), 'north'));
    await protector.reveal([events[10_000], events[0], events[2]]);
    expect(calls.load).toBe(0);
    expect(await protector.reveal([events[1]])).toEqual([event('s1', 'Name 1')]);
    expect(calls.load).toBe(1);
  });

  it('reveals an erased subject as personal: null, at once after a local erasure', async () => {
    const { store } = fakeStore();
    const protector = new SubjectKeyProtector(store as unknown as SubjectKeyStore, 60_000);
    const stored = await protector.protect(event('a', 'Alice'), 'north');
    expect(await protector.reveal([stored])).toEqual([event('a', 'Alice')]);
    store.erase('a');
    protector.forget('a');
    expect(await protector.reveal([stored])).toEqual([{ riskBand: 'high', victim: { subjectId: 'a', personal: null } }]);
  });

  it("sees another process's erasure once the cache entry expires", async () => {
    const { store } = fakeStore();
    let now = 0;
    const protector = new SubjectKeyProtector(store as unknown as SubjectKeyStore, 5000, () => now);
    const stored = await protector.protect(event('a', 'Alice'), 'north');
    store.erase('a');
    now = 5001;
    expect(await protector.reveal([stored])).toEqual([{ riskBand: 'high', victim: { subjectId: 'a', personal: null } }]);
  });

  it('refuses new personal data for an erased subject', async () => {
    const { store } = fakeStore();
    const protector = new SubjectKeyProtector(store as unknown as SubjectKeyStore, 0);
    await protector.protect(event('a', 'Alice'), 'north');
    store.erase('a');
    await expect(protector.protect(event('a', 'Alice again'), 'north')).rejects.toBeInstanceOf(ErasedSubjectError);
  });

  it('passes data without envelopes through untouched, without a query', async () => {
    const { store, calls } = fakeStore();
    const protector = new SubjectKeyProtector(store as unknown as SubjectKeyStore, 0);
    const plain = { caseId: 'c', victim: { subjectId: 'a', personal: null } };
    expect(await protector.protect(plain, 'north')).toBe(plain);
    expect(await protector.reveal([plain])).toEqual([plain]);
    expect(calls).toEqual({ obtain: 0, load: 0 });
  });
});
