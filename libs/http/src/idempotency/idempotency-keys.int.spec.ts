import { openTestPlatform, type TestPlatform } from '@app/testing';
import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import { httpEntities, httpMigrations } from '../index.js';
import { IDEMPOTENCY_KEY_RETENTION_DAYS, IdempotencyKeys } from './idempotency-keys.js';

const fingerprint = (text: string) => Buffer.alloc(32, text);

describe('IdempotencyKeys (idempotency_keys on PostgreSQL)', () => {
  let platform: TestPlatform;
  let keys: IdempotencyKeys;

  beforeAll(async () => {
    platform = await openTestPlatform({ entities: httpEntities, migrations: httpMigrations });
    keys = new IdempotencyKeys(platform.pool, { flushedByTheAppend: true });
  });
  afterAll(async () => {
    await platform?.dispose();
  });

  it('records a key once: the same request again is a repeat of the same command, any other request is another', async () => {
    const key = randomUUID();
    const first = await keys.claim(key, fingerprint('a'));
    expect(first).toEqual({ outcome: 'new', commandId: expect.stringMatching(/^[0-9a-f-]{36}$/) });
    expect(await keys.claim(key, fingerprint('a'))).toEqual({ outcome: 'repeat', commandId: first.commandId });
    expect((await keys.claim(key, fingerprint('b'))).outcome).toBe('other');
    const another = await keys.claim(randomUUID(), fingerprint('a'));
    expect(another.outcome).toBe('new');
    expect(another.commandId).not.toBe(first.commandId);
  });

  it.each([
    [true, 'off'],
    [false, 'on'],
  ])(
    'with the events appended to this database (%s), a new key commits with synchronous_commit %s, and repeats and other requests are told as usual',
    async (flushedByTheAppend, commitMode) => {
      // The claim inside a transaction of the test's own, so the setting its statement leaves can be read.
      const client = await platform.pool.connect();
      try {
        const inTransaction = new IdempotencyKeys(client as unknown as pg.Pool, { flushedByTheAppend });
        const key = randomUUID();
        await client.query('BEGIN');
        const first = await inTransaction.claim(key, fingerprint('a'));
        expect(first.outcome).toBe('new');
        expect((await client.query<{ synchronous_commit: string }>('SHOW synchronous_commit')).rows[0].synchronous_commit).toBe(commitMode);
        expect(await inTransaction.claim(key, fingerprint('a'))).toEqual({ outcome: 'repeat', commandId: first.commandId });
        expect((await inTransaction.claim(key, fingerprint('b'))).outcome).toBe('other');
      } finally {
        await client.query('ROLLBACK');
        client.release();
      }
    },
  );

  it('gives a key to one of several requests racing for it, and tells each the truth', async () => {
    const key = randomUUID();
    const claims = await Promise.all(['a', 'b', 'a', 'b', 'a', 'b'].map(async (f) => ({ f, ...(await keys.claim(key, fingerprint(f))) })));
    const winner = claims.filter((c) => c.outcome === 'new');
    expect(winner).toHaveLength(1);
    for (const { f, outcome } of claims.filter((c) => c.outcome !== 'new')) expect(outcome).toBe(f === winner[0].f ? 'repeat' : 'other');
    expect(new Set(claims.map((c) => c.commandId))).toEqual(new Set([winner[0].commandId]));
  });

  it('frees a key only for the request that recorded it', async () => {
    const key = randomUUID();
    await keys.claim(key, fingerprint('a'));
    await keys.release(key, fingerprint('b'));
    expect((await keys.claim(key, fingerprint('b'))).outcome).toBe('other');
    await keys.release(key, fingerprint('a'));
    expect((await keys.claim(key, fingerprint('b'))).outcome).toBe('new');
  });

  it(`forgets keys recorded more than ${IDEMPOTENCY_KEY_RETENTION_DAYS} days ago, and only those: a forgotten key is a new command`, async () => {
    const old = randomUUID();
    const recent = randomUUID();
    const forgotten = await keys.claim(old, fingerprint('a'));
    await keys.claim(recent, fingerprint('a'));
    await platform.pool.query(
      `UPDATE idempotency_keys SET created_at = now() - make_interval(days => $2, secs => 1) WHERE scoped_key = $1`,
      [old, IDEMPOTENCY_KEY_RETENTION_DAYS],
    );
    await platform.pool.query(
      `UPDATE idempotency_keys SET created_at = now() - make_interval(days => $2) + interval '1 minute' WHERE scoped_key = $1`,
      [recent, IDEMPOTENCY_KEY_RETENTION_DAYS],
    );
    expect(await keys.forgetExpired()).toBe(1);
    const reused = await keys.claim(old, fingerprint('a'));
    expect(reused.outcome).toBe('new');
    expect(reused.commandId).not.toBe(forgotten.commandId);
    expect((await keys.claim(recent, fingerprint('b'))).outcome).toBe('other');
  });

  it('cleans up on insert, at most once an hour per process', async () => {
    let now = 0; // as if this process had just cleaned up
    const clocked = new IdempotencyKeys(platform.pool, { flushedByTheAppend: true, now: () => now });
    const expire = (key: string) =>
      platform.pool.query(`UPDATE idempotency_keys SET created_at = now() - interval '1 year' WHERE scoped_key = $1`, [key]);
    const stored = async (key: string) =>
      (await platform.pool.query('SELECT 1 FROM idempotency_keys WHERE scoped_key = $1', [key])).rowCount;
    const waitUntilGone = async (key: string) => {
      for (let i = 0; i < 100 && (await stored(key)) === 1; i++) await new Promise((resolve) => setTimeout(resolve, 20));
    };
    const expired = randomUUID();
    await clocked.claim(expired, fingerprint('a'));
    await expire(expired);
    now += 59 * 60 * 1000;
    await clocked.claim(randomUUID(), fingerprint('a'));
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(await stored(expired)).toBe(1);
    now += 2 * 60 * 1000;
    await clocked.claim(randomUUID(), fingerprint('a'));
    await waitUntilGone(expired);
    expect(await stored(expired)).toBe(0);
  });
});
