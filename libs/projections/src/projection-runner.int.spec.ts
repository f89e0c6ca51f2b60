import { randomUUID } from 'node:crypto';
import {
  CountedEventsTable1763800000001,
  countingProjection as countingProjectionOf,
  openTestPlatform,
  type TestPlatform,
} from '@app/testing';
import { appendStatement, type EventToAppend } from '@app/event-store';
import { ProjectionRunner } from './projection-runner.js';
import { rebuildProjection } from './rebuild.js';

const countingProjection = countingProjectionOf();

function event(n: number): EventToAppend {
  const eventId = randomUUID();
  return {
    eventId,
    type: 'Loaded',
    schemaVersion: 1,
    data: { n },
    metadata: {
      eventId,
      commandId: eventId,
      correlationId: 'load',
      causationId: 'load',
      actor: 'test',
      occurredAt: '2026-01-01T00:00:00Z',
    },
  };
}

async function waitFor(check: () => Promise<boolean>, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('condition not reached in time');
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

describe('projection runner', () => {
  let platform: TestPlatform;
  beforeAll(async () => {
    platform = await openTestPlatform({ migrations: [CountedEventsTable1763800000001], eventTypes: { Loaded: 1 } });
  });
  afterAll(async () => {
    await platform.dispose();
  });

  const count = async () => Number((await platform.dataSource.query('SELECT count(*)::int AS c FROM counted_events'))[0].c);

  it('applies 2,000 appends from 16 concurrent writers over 200 streams exactly once, including late commits', async () => {
    const runner = new ProjectionRunner(platform.dataSource, platform.store, platform.codec, countingProjection, {
      batchSize: 100,
    });
    runner.start();
    const streams = Array.from({ length: 200 }, () => `load-${randomUUID()}`);
    let next = 0;
    const writer = async (writerIndex: number) => {
      for (;;) {
        const n = next++;
        if (n >= 2000) return;
        const stream = streams[n % 200];
        const e = event(n);
        if (n % 50 === writerIndex) {
          // Hold this append's transaction open while others commit after it took its sequence value.
          // Another writer may take the same revision of this stream first: retry then, as the store does.
          const client = await platform.pool.connect();
          try {
            for (;;) {
              await client.query('BEGIN');
              try {
                await client.query(appendStatement(stream, [e], 'any'));
              } catch (error) {
                await client.query('ROLLBACK');
                if ((error as { code?: string }).code === '23505') continue;
                throw error;
              }
              await new Promise((resolve) => setTimeout(resolve, 150));
              await client.query('COMMIT');
              break;
            }
          } finally {
            client.release();
          }
        } else {
          await platform.store.appendToStream(stream, [e], { expectedRevision: 'any' });
        }
      }
    };
    await Promise.all(Array.from({ length: 16 }, (_, i) => writer(i)));
    await waitFor(async () => (await count()) >= 2000);
    await new Promise((resolve) => setTimeout(resolve, 300)); // anything applied twice would show up by now
    await runner.stop();

    expect(await count()).toBe(2000);
    const [{ distinct }] = await platform.dataSource.query('SELECT count(DISTINCT n)::int AS distinct FROM counted_events');
    expect(distinct).toBe(2000);
    expect(runner.status().active).toBe(false);
  });

  it('lets only one of two runners work a projection at a time', async () => {
    const first = new ProjectionRunner(platform.dataSource, platform.store, platform.codec, countingProjection, { retryAfterMs: 50 });
    const second = new ProjectionRunner(platform.dataSource, platform.store, platform.codec, countingProjection, { retryAfterMs: 50 });
    first.start();
    await waitFor(async () => first.status().active);
    second.start();
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(second.status().active).toBe(false);

    await platform.store.appendToStream(`load-${randomUUID()}`, [event(5000)], { expectedRevision: 'no_stream' });
    await waitFor(async () => (await count()) === 2001);

    await first.stop(); // the standby takes over
    await waitFor(async () => second.status().active);
    await platform.store.appendToStream(`load-${randomUUID()}`, [event(5001)], { expectedRevision: 'no_stream' });
    await waitFor(async () => (await count()) === 2002);
    await second.stop();
  });

  it('in the background, rests after each page in proportion to its time (the duty), and builds the same model', async () => {
    const before = await platform.dataSource.query('SELECT event_id, stream_name, n FROM counted_events ORDER BY n');
    const rebuildWith = async (backgroundDuty: number) => {
      const rests: number[] = [];
      // A clock that moves 10 ms each time it is read: a page is busy from one reading to the next.
      let clock = 0;
      const result = await rebuildProjection(platform.dataSource, platform.store, platform.codec, countingProjection, {
        batchSize: 500,
        background: true,
        backgroundDuty,
        now: () => (clock += 10),
        rest: (ms) => {
          rests.push(ms);
          return Promise.resolve();
        },
      });
      expect(await platform.dataSource.query('SELECT event_id, stream_name, n FROM counted_events ORDER BY n')).toEqual(before);
      return { result, rests };
    };
    const half = await rebuildWith(0.5);
    // 2,002 events in pages of 500: a rest after each page but the last, as long as the page was busy (10 ms here).
    expect(half.result.events).toBe(2002);
    expect(half.rests).toEqual([10, 10, 10, 10]);
    // A quarter of the time busy: three times as long at rest.
    expect((await rebuildWith(0.25)).rests).toEqual([30, 30, 30, 30]);
    expect((await rebuildWith(1)).rests).toEqual([]);
    await expect(
      rebuildProjection(platform.dataSource, platform.store, platform.codec, countingProjection, { background: true, backgroundDuty: 0 }),
    ).rejects.toThrow('the background duty is a share of the time, over 0 and at most 1: got 0');
  });

  it('rebuilds into fresh tables and swaps them in with the live index names, equal to the live model', async () => {
    const before = await platform.dataSource.query('SELECT event_id, stream_name, n FROM counted_events ORDER BY n');
    await platform.dataSource.query('DELETE FROM counted_events WHERE n < 10'); // damage the live model
    const progress: number[] = [];
    const result = await rebuildProjection(platform.dataSource, platform.store, platform.codec, countingProjection, {
      batchSize: 500,
      onProgress: (done) => progress.push(done),
    });
    expect(result.events).toBe(2002);
    expect(progress.at(-1)).toBe(2002);
    const after = await platform.dataSource.query('SELECT event_id, stream_name, n FROM counted_events ORDER BY n');
    expect(after).toEqual(before);
    const indexes = await platform.dataSource.query(
      `SELECT indexname FROM pg_indexes WHERE schemaname = 'public' AND tablename = 'counted_events' ORDER BY indexname`,
    );
    expect(indexes.map((i: { indexname: string }) => i.indexname)).toEqual(['counted_events_by_stream', 'counted_events_pkey']);
    const schemas = await platform.dataSource.query(`SELECT nspname FROM pg_namespace WHERE nspname LIKE 'rebuild_%'`);
    expect(schemas).toEqual([]);

    // The live runner carries on from the swapped-in checkpoint without re-applying anything.
    const runner = new ProjectionRunner(platform.dataSource, platform.store, platform.codec, countingProjection);
    runner.start();
    await platform.store.appendToStream(`load-${randomUUID()}`, [event(6000)], { expectedRevision: 'no_stream' });
    await waitFor(async () => (await count()) === 2003);
    await runner.stop();
  });
});
