import { randomBytes, randomUUID } from 'node:crypto';
import { EventCodec, EventTypeRegistry, PostgresEventStore, streamName } from '@app/event-store';
import { openTestPlatform, type TestPlatform } from '@app/testing';
import { accessEntities, accessMigrations } from '../access-schema.js';
import { SubjectKeyProtector } from './subject-key-protector.js';
import { SubjectKeyStore } from './subject-key-store.js';

describe('subject keys in PostgreSQL', () => {
  let platform: TestPlatform;
  const master = randomBytes(32);

  beforeAll(async () => {
    platform = await openTestPlatform({ entities: accessEntities, migrations: accessMigrations });
  });
  afterAll(async () => {
    await platform.dispose();
  });

  it('creates one key per subject even when many writers ask at once', async () => {
    const store = new SubjectKeyStore(platform.pool, master);
    const subject = randomUUID();
    const results = await Promise.all(
      Array.from({ length: 20 }, () => new SubjectKeyStore(platform.pool, master).obtain([subject, 'shared'], 'north')),
    );
    const keys = results.map((r) => r.get(subject)!.toString('hex'));
    expect(new Set(keys).size).toBe(1);
    expect((await store.load([subject])).get(subject)!.toString('hex')).toBe(keys[0]);
    const { rows } = await platform.pool.query('SELECT partnership_id, wrapped_key FROM subject_keys WHERE subject_id = $1', [subject]);
    expect(rows).toHaveLength(1);
    expect(rows[0].partnership_id).toBe('north');
    expect(rows[0].wrapped_key.includes(Buffer.from(keys[0], 'hex'))).toBe(false); // stored wrapped, not raw
  });

  it('refuses to unwrap with a different master key', async () => {
    const subject = randomUUID();
    await new SubjectKeyStore(platform.pool, master).obtain([subject], 'north');
    await expect(new SubjectKeyStore(platform.pool, randomBytes(32)).load([subject])).rejects.toThrow(/MASTER_KEY/);
  });

  it('erases for good: the key is gone, a tombstone remains, and the database refuses to undo it', async () => {
    const store = new SubjectKeyStore(platform.pool, master);
    const subject = randomUUID();
    await store.obtain([subject], 'north');
    const erased = await store.erase(subject, 'admin-1', 'SAR-1');
    expect(erased).toMatchObject({ subjectId: subject, partnershipId: 'north', alreadyErased: false });
    expect(await store.erase(subject, 'admin-2', 'again')).toMatchObject({ alreadyErased: true });
    expect(await store.erase(randomUUID(), 'admin-1', 'unknown')).toBeUndefined();
    expect((await store.load([subject])).get(subject)).toBeNull();
    expect((await store.obtain([subject], 'north')).get(subject)).toBeNull(); // no new key for an erased subject

    const { rows } = await platform.pool.query('SELECT wrapped_key, erased_by, erasure_reason FROM subject_keys WHERE subject_id = $1', [
      subject,
    ]);
    expect(rows).toEqual([{ wrapped_key: null, erased_by: 'admin-1', erasure_reason: 'SAR-1' }]);
    await expect(
      platform.pool.query('UPDATE subject_keys SET wrapped_key = $2, erased_at = NULL WHERE subject_id = $1', [subject, randomBytes(60)]),
    ).rejects.toThrow(/erased/);
    await expect(platform.pool.query('DELETE FROM subject_keys WHERE subject_id = $1', [subject])).rejects.toThrow(/tombstone/);
  });

  it('keeps only ciphertext in es_events, reads it back through the codec, and null after erasure', async () => {
    const store = new SubjectKeyStore(platform.pool, master);
    const protector = new SubjectKeyProtector(store, 60_000);
    const codec = new EventCodec(new EventTypeRegistry().registerVersions({ VictimReferred: 1 }), protector);
    const events = new PostgresEventStore(platform.pool);
    const subject = randomUUID();
    const stream = streamName('probe_case', randomUUID());
    const event = {
      type: 'VictimReferred',
      data: { dashScore: 16, victim: { subjectId: subject, personal: { name: 'Imogen Threlkeld', phone: '07700 900123' } } },
    };
    await events.appendToStream(
      stream,
      await codec.encode([event], {
        commandId: randomUUID(),
        correlationId: 'c',
        causationId: 'c',
        actor: 'a',
        occurredAt: new Date().toISOString(),
        partnershipId: 'north',
      }),
      { expectedRevision: 'no_stream' },
    );
    const raw = (await platform.pool.query<{ data: string }>('SELECT data::text AS data FROM es_events')).rows.map((r) => r.data).join();
    expect(raw).not.toMatch(/Imogen|07700/);

    expect((await codec.decode(await events.readStream(stream)))[0].event).toEqual(event);
    // Readers that never look at personal data decode without any key: it stays ciphertext.
    const keyless = new EventCodec(
      new EventTypeRegistry().registerVersions({ VictimReferred: 1 }),
      new SubjectKeyProtector(new SubjectKeyStore(platform.pool, randomBytes(32)), 60_000),
    );
    const [unrevealed] = await keyless.decode(await events.readStream(stream), { revealPersonalData: false });
    expect(unrevealed.event.data).toMatchObject({ dashScore: 16, victim: { subjectId: subject } });
    expect(JSON.stringify(unrevealed.event.data)).not.toMatch(/Imogen|07700/);
    await store.erase(subject, 'admin', 'test');
    protector.forget(subject);
    expect((await codec.decode(await events.readStream(stream)))[0].event.data).toEqual({
      dashScore: 16,
      victim: { subjectId: subject, personal: null },
    });
    // A fresh process (empty cache) agrees.
    const fresh = new EventCodec(new EventTypeRegistry().registerVersions({ VictimReferred: 1 }), new SubjectKeyProtector(store, 60_000));
    expect((await fresh.decode(await events.readStream(stream)))[0].event.data).toMatchObject({ victim: { personal: null } });
  });
});
