import { randomUUID } from 'node:crypto';
import { CountedEventsTable1763800000001, countingProjection, openTestPlatform, type TestPlatform } from '@app/testing';
import { readCheckpoint, rebuildProjection } from '@app/projections';
import { positionToString, START } from '@app/event-store';
import { exited, startNode } from './support/processes.js';

/**
 * A projector process killed with SIGKILL between and inside batches resumes from its checkpoint; the
 * read model it ends with is row for row the one a clean rebuild produces.
 */
describe('projector process killed mid-run', () => {
  let platform: TestPlatform;
  beforeAll(async () => {
    platform = await openTestPlatform({ migrations: [CountedEventsTable1763800000001], eventTypes: { Loaded: 1 } });
  });
  afterAll(async () => {
    await platform.dispose();
  });

  const rows = () => platform.dataSource.query('SELECT event_id, stream_name, n FROM counted_events ORDER BY n');
  const counted = async () => Number((await platform.dataSource.query('SELECT count(*)::int AS c FROM counted_events'))[0].c);

  it('resumes from its checkpoint after each kill and matches a clean rebuild', async () => {
    const total = 3000;
    for (let start = 0; start < total; start += 100) {
      await Promise.all(
        Array.from({ length: 100 }, (_, i) => {
          const eventId = randomUUID();
          const n = start + i;
          return platform.store.appendToStream(
            `load-${n % 40}`,
            [
              {
                eventId,
                type: 'Loaded',
                schemaVersion: 1,
                data: { n },
                metadata: {
                  eventId,
                  commandId: eventId,
                  correlationId: 'c',
                  causationId: 'c',
                  actor: 'test',
                  occurredAt: '2026-01-01T00:00:00Z',
                },
              },
            ],
            { expectedRevision: 'any' },
          );
        }),
      );
    }

    let previous = -1;
    for (let kill = 0; kill < 3; kill++) {
      const projector = startNode('dist/libs/testing/src/fixtures/counting-projector.main.js', { DATABASE_URL: platform.url });
      // Let it apply some batches past where the last one stopped, then kill it without warning.
      await waitFor(async () => (await counted()) > previous + 200);
      projector.kill('SIGKILL');
      await exited(projector);
      const now = await counted();
      expect(now).toBeGreaterThan(previous);
      expect(now).toBeLessThan(total);
      previous = now;
    }
    const checkpoint = await readCheckpoint(platform.dataSource.manager, 'counted_events');
    expect(positionToString(checkpoint)).not.toBe(positionToString(START));

    const last = startNode('dist/libs/testing/src/fixtures/counting-projector.main.js', { DATABASE_URL: platform.url });
    await waitFor(async () => (await counted()) === total);
    last.kill('SIGKILL');
    await exited(last);
    const resumed = await rows();

    await rebuildProjection(platform.dataSource, platform.store, platform.codec, countingProjection());
    expect(await rows()).toEqual(resumed);
    expect(resumed).toHaveLength(total);
  });
});

async function waitFor(check: () => Promise<boolean>, timeoutMs = 45_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('condition not reached in time');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
