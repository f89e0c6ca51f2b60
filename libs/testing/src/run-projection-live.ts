import { ProjectionRunner, type Projection } from '@app/projections';
import type { TestPlatform } from './test-data-source.js';

/**
 * Runs a projection as it runs live (small batches, so one stream's events are split across them) until
 * it has caught up with the log, then stops it; fails the test if a batch failed.
 */
export async function runProjectionLive(platform: TestPlatform, projection: Projection, batchSize = 3): Promise<void> {
  const runner = new ProjectionRunner(platform.dataSource, platform.store, platform.codec, projection, { batchSize, flushAfterMs: 5 });
  runner.start();
  const deadline = Date.now() + 20_000;
  while (!runner.status().caughtUp && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
  await runner.stop();
  expect(runner.status().lastError).toBeUndefined();
}
