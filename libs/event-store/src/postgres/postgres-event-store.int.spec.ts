import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { setTimeout as delay } from 'node:timers/promises';
import { createTestDatabase, type TestDatabase } from '@app/testing';
import { eventStoreContract } from '../event-store.contract.js';
import type { EventToAppend } from '../event-store.port.js';
import { PostgresEventStore } from './postgres-event-store.js';
import { appendStatement } from './append-statement.js';
import { EventStoreUnavailableError, WrongExpectedVersionError } from '../errors.js';
import { comparePositions } from '../position.js';

/** A fresh database and store for one describe block (read `pool` and `store` in its tests: set by its beforeAll). */
function freshStore(): { readonly pool: pg.Pool; readonly store: PostgresEventStore } {
  let database: TestDatabase;
  const fresh = {} as { pool: pg.Pool; store: PostgresEventStore };
  beforeAll(async () => {
    database = await createTestDatabase();
    fresh.pool = new pg.Pool({ connectionString: database.url, max: 8 });
    await PostgresEventStore.migrate(fresh.pool);
    fresh.store = new PostgresEventStore(fresh.pool);
  });
  afterAll(async () => {
    await fresh.store.close();
    await fresh.pool.end();
    await database.drop();
  });
  return fresh;
}

const event = (n: number): EventToAppend => ({
  eventId: randomUUID(),
  type: 'Counted',
  schemaVersion: 1,
  data: { n },
  metadata: { eventId: '', commandId: 'c', correlationId: 'c', causationId: 'c', actor: 'test', occurredAt: '2026-01-01T00:00:00Z' },
});

describe('PostgreSQL event store', () => {
  describe('contract', () => {
    eventStoreContract(async () => {
      const database = await createTestDatabase();
      const pool = new pg.Pool({ connectionString: database.url, max: 8 });
      await PostgresEventStore.migrate(pool);
      const store = new PostgresEventStore(pool, { pollIntervalMs: 100 });
      return {
        store,
        dispose: async () => {
          await store.close();
          await pool.end();
          await database.drop();
        },
      };
    });
  });

  describe('global log and late commits', () => {
    const fresh = freshStore();

    it('does not let a reader pass an event whose transaction commits after a later one', async () => {
      const held = await fresh.pool.connect();
      try {
        await held.query('BEGIN');
        // Takes its sequence value now, commits last.
        await held.query(appendStatement('late-1', [event(1)], 'no_stream'));
        await fresh.store.appendToStream('late-2', [event(2)], { expectedRevision: 'no_stream' });

        const whileOpen = await fresh.store.readAll({ maxCount: 10, filter: { categories: ['late'] } });
        expect(whileOpen.events).toEqual([]);

        await held.query('COMMIT');
        const afterCommit = await fresh.store.readAll({ maxCount: 10, filter: { categories: ['late'] } });
        expect(afterCommit.events.map((e) => (e.data as { n: number }).n)).toEqual([1, 2]);
      } finally {
        held.release();
      }
    });

    it('reads the log with no parallel workers, even before statistics exist', async () => {
      // Freshly migrated and never analysed, as a log is after a bulk load: this plan took 5-20 ms a read.
      const { rows } = await fresh.pool.query(
        `EXPLAIN (FORMAT JSON) SELECT global_position FROM es_events
         WHERE (transaction_id, global_position) > ('1'::xid8, 1::bigint) AND category = ANY ('{late}'::text[])
         ORDER BY transaction_id, global_position LIMIT 500`,
      );
      expect(JSON.stringify(rows[0]['QUERY PLAN'])).not.toContain('Gather');
    });

    it('reports an unreachable database as unavailable, not as a conflict', async () => {
      const deadPool = new pg.Pool({ connectionString: 'postgres://nobody@127.0.0.1:1/none', connectionTimeoutMillis: 500 });
      const dead = new PostgresEventStore(deadPool);
      await expect(dead.appendToStream('x-1', [event(1)], { expectedRevision: 'any' })).rejects.toBeInstanceOf(EventStoreUnavailableError);
      await expect(dead.readStream('x-1')).rejects.toBeInstanceOf(EventStoreUnavailableError);
      await dead.close();
      await deadPool.end();
    });
  });
  /**
   * An append on unchanged streams (`unchangedStreams`) against real concurrent writers, each on its own
   * connection: the check of the streams read and the insert are atomic against an append to one of them. The
   * EventStoreDB adapter only checks them just before its append, so these are PostgreSQL's (ARCHITECTURE.md).
   */
  describe('appends on unchanged streams against concurrent writers', () => {
    const fresh = freshStore();
    const stream = (category: string) => `${category}-${randomUUID()}`;
    /** Whether the promise is still pending after a while: a writer waiting on a lock. */
    const stillWaiting = async (promise: Promise<unknown>) => {
      const pending = Symbol('pending');
      return (
        (await Promise.race([
          promise.then(
            () => 'settled',
            () => 'settled',
          ),
          delay(300).then(() => pending),
        ])) === pending
      );
    };
    /** Runs `work` inside a transaction that stays open (its appends uncommitted) until the returned commit is called. */
    const held = async (work: (client: pg.PoolClient) => Promise<unknown>) => {
      const client = await fresh.pool.connect();
      await client.query('BEGIN');
      await work(client);
      return async () => {
        await client.query('COMMIT');
        client.release();
      };
    };

    it('waits for an append in flight to a stream read, then refuses once it commits', async () => {
      const [target, read] = [stream('target'), stream('read')];
      await fresh.store.appendToStream(read, [event(0)], { expectedRevision: 'no_stream' });
      const commit = await held((client) => client.query(appendStatement(read, [event(1)], 0)));
      const conditional = fresh.store.appendToStream(target, [event(2)], {
        expectedRevision: 'no_stream',
        unchangedStreams: [{ streamName: read, revision: 0 }],
      });
      expect(await stillWaiting(conditional)).toBe(true);
      await commit();
      await expect(conditional).rejects.toMatchObject({ name: 'WrongExpectedVersionError', streamName: read, expected: 0, actual: 1 });
      expect(await fresh.store.readStream(target)).toEqual([]);
    });

    it('keeps a stream read as absent absent against its first append in flight', async () => {
      const [target, read] = [stream('target'), stream('read')];
      const commit = await held((client) => client.query(appendStatement(read, [event(1)], 'no_stream')));
      const conditional = fresh.store.appendToStream(target, [event(2)], {
        expectedRevision: 'no_stream',
        unchangedStreams: [{ streamName: read, revision: -1 }],
      });
      expect(await stillWaiting(conditional)).toBe(true);
      await commit();
      await expect(conditional).rejects.toMatchObject({ streamName: read, expected: 'no_stream', actual: 0 });
      expect(await fresh.store.readStream(target)).toEqual([]);
    });

    it('holds an append to a stream read until the append that read it commits, so the log never contradicts it', async () => {
      const [target, read] = [stream('target'), stream('read')];
      await fresh.store.appendToStream(read, [event(0)], { expectedRevision: 'no_stream' });
      const commit = await held(async (client) => {
        const { rows } = await client.query(appendStatement(target, [event(1)], 'no_stream', [{ streamName: read, revision: 0 }]));
        expect(rows).toHaveLength(1);
      });
      const plain = fresh.store.appendToStream(read, [event(2)], { expectedRevision: 0 });
      expect(await stillWaiting(plain)).toBe(true);
      await commit();
      const appended = await plain;
      const [conditional] = await fresh.store.readStream(target);
      expect(comparePositions(conditional.position, appended.position)).toBeLessThan(0);
    });

    it("lets one of two writers that each read the other's stream win, every time", async () => {
      for (let round = 0; round < 40; round++) {
        const [a, b] = [stream('skew_a'), stream('skew_b')];
        await fresh.store.appendToStream(a, [event(0)], { expectedRevision: 'no_stream' });
        await fresh.store.appendToStream(b, [event(0)], { expectedRevision: 'no_stream' });
        const outcomes = await Promise.allSettled([
          fresh.store.appendToStream(a, [event(1)], { expectedRevision: 0, unchangedStreams: [{ streamName: b, revision: 0 }] }),
          fresh.store.appendToStream(b, [event(1)], { expectedRevision: 0, unchangedStreams: [{ streamName: a, revision: 0 }] }),
        ]);
        expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
        const [lost] = outcomes.filter((o): o is PromiseRejectedResult => o.status === 'rejected');
        expect(lost.reason).toBeInstanceOf(WrongExpectedVersionError);
      }
    });

    it('orders an append before a concurrent append to the stream it read, or refuses it, every time', async () => {
      for (let round = 0; round < 40; round++) {
        const [target, read] = [stream('order_target'), stream('order_read')];
        await fresh.store.appendToStream(read, [event(0)], { expectedRevision: 'no_stream' });
        const [conditional, plain] = await Promise.allSettled([
          fresh.store.appendToStream(target, [event(1)], {
            expectedRevision: 'no_stream',
            unchangedStreams: [{ streamName: read, revision: 0 }],
          }),
          fresh.store.appendToStream(read, [event(1)], { expectedRevision: 0 }),
        ]);
        if (plain.status !== 'fulfilled') throw plain.reason;
        // Refused only if the other append committed first; recorded, only ahead of it in the log.
        if (conditional.status === 'rejected') expect(conditional.reason).toMatchObject({ streamName: read, actual: 1 });
        else expect(comparePositions(conditional.value.position, plain.value.position)).toBeLessThan(0);
      }
    });
  });
});
