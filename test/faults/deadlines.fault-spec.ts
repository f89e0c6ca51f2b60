import { randomUUID } from 'node:crypto';
import { openTestPlatform, type TestPlatform } from '@app/testing';
import { ledgerStream, taskKey } from '../../libs/testing/src/fixtures/task-ledger.context.js';
import { exitOutcome, exited, startNode } from '../support/processes.js';
import { append, waitFor } from '../support/task-ledger.js';

/**
 * Deadlines across real processes (the task-ledger worker: its process manager schedules them from
 * `TaskDueLater` events, pg-boss fires them): with two workers each fires once; one scheduled before its
 * worker was killed fires when a worker starts again after the due time.
 */
const WORKER = 'dist/libs/testing/src/fixtures/task-ledger-worker.main.js';
const CLI = 'dist/libs/testing/src/fixtures/task-ledger-cli.main.js';

describe('deadlines with real processes', () => {
  let platform: TestPlatform;
  beforeAll(async () => {
    platform = await openTestPlatform({ eventTypes: { TaskDueLater: 1, TaskRecorded: 1 } });
  });
  afterAll(async () => {
    await platform.dispose();
  });

  const recorded = async (ledgerId: string) =>
    (await platform.store.readStream(ledgerStream(ledgerId))).map((e) => (e.data as { n: number }).n);
  const listed = async () => {
    const cli = startNode(CLI, { DATABASE_URL: platform.url, LOG_LEVEL: 'warn' }, ['deadlines', 'list', '--json']);
    expect(await exited(cli)).toBe(0);
    return cli
      .output()
      .trim()
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as { key: string });
  };

  it('fires each deadline once with two processes running', async () => {
    const ledgerId = randomUUID();
    const workers = [startNode(WORKER, { DATABASE_URL: platform.url }), startNode(WORKER, { DATABASE_URL: platform.url })];
    try {
      const dueAt = new Date(Date.now() + 8000).toISOString(); // after both workers are up
      for (let n = 0; n < 10; n++) await append(platform.store, `test_task-${randomUUID()}`, 'TaskDueLater', { ledgerId, n, dueAt });
      await waitFor(async () => (await recorded(ledgerId)).length === 10, 45_000);
      await new Promise((resolve) => setTimeout(resolve, 3000)); // room for a second firing, were there one
      expect((await recorded(ledgerId)).sort((a, b) => a - b)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    } finally {
      for (const worker of workers) worker.kill('SIGTERM');
      expect(await Promise.all(workers.map(exitOutcome))).toEqual([0, 0]);
    }
  });

  it('fires after a restart a deadline that fell due while no process ran', async () => {
    const ledgerId = randomUUID();
    const first = startNode(WORKER, { DATABASE_URL: platform.url });
    const dueAt = new Date(Date.now() + 10_000);
    await append(platform.store, `test_task-${randomUUID()}`, 'TaskDueLater', { ledgerId, n: 42, dueAt: dueAt.toISOString() });
    await waitFor(async () => (await listed()).some((deadline) => deadline.key === taskKey(42)), 30_000);
    first.kill('SIGKILL');
    await exited(first);

    await new Promise((resolve) => setTimeout(resolve, Math.max(dueAt.getTime() - Date.now(), 0) + 1000));
    expect(await recorded(ledgerId)).toEqual([]); // nobody was there to fire it

    const second = startNode(WORKER, { DATABASE_URL: platform.url });
    try {
      await waitFor(async () => (await recorded(ledgerId)).length > 0, 30_000);
      await new Promise((resolve) => setTimeout(resolve, 1500));
      expect(await recorded(ledgerId)).toEqual([42]);
      expect((await listed()).some((deadline) => deadline.key === taskKey(42))).toBe(false);
    } finally {
      second.kill('SIGTERM');
      expect(await exitOutcome(second)).toBe(0);
    }
  });
});
