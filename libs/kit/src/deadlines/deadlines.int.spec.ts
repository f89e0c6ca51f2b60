import type { CommandBus } from '@nestjs/cqrs';
import PgBoss from 'pg-boss';
import { loadConfig } from '@app/platform';
import { openTestPlatform, type TestPlatform } from '@app/testing';
import { DEADLINE_SCHEMA, Deadlines } from './deadlines.js';

/**
 * Several processes starting at once on a database pg-boss has not seen yet (a deployment's first start
 * with several API and projector processes): each creates the deadline queue, and none may fail.
 */
describe('deadlines starting in several processes at once', () => {
  let platform: TestPlatform;
  beforeAll(async () => {
    platform = await openTestPlatform();
    // pg-boss's schema exists (an earlier version's first start made it) but the queue does not yet.
    const boss = new PgBoss({ connectionString: platform.url, schema: DEADLINE_SCHEMA, supervise: false, schedule: false });
    await boss.start();
    await boss.stop({ graceful: false, wait: true });
  });
  afterAll(async () => {
    await platform.dispose();
  });

  it('starts every one, with one queue between them', async () => {
    // No worker runs (RUN_PROJECTIONS false), so no command is ever dispatched: the bus is not needed.
    const config = loadConfig({ DATABASE_URL: platform.url, RUN_PROJECTIONS: 'false' });
    const processes = Array.from({ length: 12 }, () => new Deadlines(platform.url, config, platform.dataSource, {} as CommandBus));
    try {
      const outcomes = await Promise.allSettled(processes.map((deadlines) => deadlines.onApplicationBootstrap()));
      expect(outcomes.map((outcome) => (outcome.status === 'rejected' ? String(outcome.reason) : 'started'))).toEqual(
        processes.map(() => 'started'),
      );
      const queues: { name: string }[] = await platform.dataSource.query(`SELECT name FROM ${DEADLINE_SCHEMA}.queue`);
      expect(queues.map((queue) => queue.name)).toEqual(['deadlines']);
    } finally {
      await Promise.all(processes.map((deadlines) => deadlines.onApplicationShutdown()));
    }
  });
});
