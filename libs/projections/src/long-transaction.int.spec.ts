import { randomUUID } from 'node:crypto';
import { CountedEventsTable1763800000001, countingProjection, openTestPlatform, type TestPlatform } from '@app/testing';
import { appendStatement } from '@app/event-store';
import { ProjectionRunner } from './projection-runner.js';

/** A transaction held open for 10 s while other appends commit must not make the projection skip its event. */
describe('long-running append transaction', () => {
  let platform: TestPlatform;
  beforeAll(async () => {
    platform = await openTestPlatform({ migrations: [CountedEventsTable1763800000001], eventTypes: { Loaded: 1 } });
  });
  afterAll(async () => {
    await platform.dispose();
  });

  const appended = (n: number) => {
    const eventId = randomUUID();
    return {
      eventId,
      type: 'Loaded',
      schemaVersion: 1,
      data: { n },
      metadata: { eventId, commandId: eventId, correlationId: 'c', causationId: 'c', actor: 'test', occurredAt: '2026-01-01T00:00:00Z' },
    };
  };
  const countedNs = async (): Promise<number[]> =>
    (await platform.dataSource.query('SELECT n FROM counted_events ORDER BY n')).map((row: { n: number }) => row.n);

  it('applies the late event once it commits, and every other event exactly once', async () => {
    const runner = new ProjectionRunner(platform.dataSource, platform.store, platform.codec, countingProjection(), { batchSize: 10 });
    runner.start();
    await platform.store.appendToStream(`load-${randomUUID()}`, [appended(0)], { expectedRevision: 'no_stream' });

    const held = await platform.pool.connect();
    const late = appended(1);
    await held.query('BEGIN');
    await held.query(appendStatement(`load-${randomUUID()}`, [late], 'no_stream'));
    const committedMeanwhile = Array.from({ length: 20 }, (_, i) => i + 2);
    const holding = new Promise((resolve) => setTimeout(resolve, 10_000));
    for (const n of committedMeanwhile) {
      await platform.store.appendToStream(`load-${randomUUID()}`, [appended(n)], { expectedRevision: 'no_stream' });
    }
    await new Promise((resolve) => setTimeout(resolve, 1000));
    // Nothing at or after the open transaction may be applied yet: applying them would move the
    // checkpoint past the late event for good.
    expect(await countedNs()).toEqual([0]);

    await holding;
    await held.query('COMMIT');
    held.release();
    const deadline = Date.now() + 15_000;
    while ((await countedNs()).length < 22 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
    await runner.stop();
    expect(await countedNs()).toEqual([0, 1, ...committedMeanwhile]);
  });
});
