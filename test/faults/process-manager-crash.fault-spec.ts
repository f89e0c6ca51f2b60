import { randomUUID } from 'node:crypto';
import { checkpointNameOf } from '@app/kit';
import { readCheckpoint } from '@app/projections';
import { openTestPlatform, type TestPlatform } from '@app/testing';
import { ledgerStream } from '../../libs/testing/src/fixtures/task-ledger.context.js';
import { exitOutcome, exited, startNode } from '../support/processes.js';
import { append, waitFor } from '../support/task-ledger.js';

/**
 * A process manager's process (the task-ledger worker, a real process) is killed with SIGKILL while it
 * works through a backlog: between dispatching a batch's commands and committing the batch's checkpoint.
 * Each restart reads those events again; their commands carry the same derived ids, so the ledger stream
 * ends with every task recorded exactly once. The last round runs two workers: the active one is killed
 * and the one standing by takes over.
 */
const TASKS = 400;
const WORKER = 'dist/libs/testing/src/fixtures/task-ledger-worker.main.js';

describe('process manager killed between dispatch and checkpoint', () => {
  let platform: TestPlatform;
  beforeAll(async () => {
    platform = await openTestPlatform({ eventTypes: { TaskRequested: 1, TaskRecorded: 1 } });
  });
  afterAll(async () => {
    await platform.dispose();
  });

  it('dispatches nothing twice after each restart', async () => {
    const ledgerId = randomUUID();
    for (let n = 0; n < TASKS; n++) await append(platform.store, `test_task-${n % 20}`, 'TaskRequested', { ledgerId, n });
    const recorded = async () => (await platform.store.readStream(ledgerStream(ledgerId))).map((e) => (e.data as { n: number }).n);
    /** Events the process manager's checkpoint has passed. */
    const checkpointed = async () => {
      const position = await readCheckpoint(platform.dataSource.manager, checkpointNameOf({ name: 'task_ledger' }));
      return TASKS - (await platform.store.countEventsAfter(position, { categories: ['test_task'] }, TASKS));
    };
    const env = { DATABASE_URL: platform.url, TASK_LEDGER_SLOW_MS: '5' };

    let previous = 0;
    let killedAheadOfCheckpoint = 0;
    for (let kill = 0; kill < 3; kill++) {
      const worker = startNode(WORKER, env);
      await waitFor(async () => (await recorded()).length > previous + 40, 60_000);
      worker.kill('SIGKILL');
      await exited(worker);
      const dispatched = (await recorded()).length;
      if (dispatched > (await checkpointed())) killedAheadOfCheckpoint++;
      previous = dispatched;
    }
    // The kills landed where the test means them to: commands appended, their checkpoint not yet committed.
    expect(killedAheadOfCheckpoint).toBeGreaterThan(0);

    // Takeover: a slow active worker, a standby started once it works, then the active one killed mid-backlog.
    const active = startNode(WORKER, { ...env, TASK_LEDGER_SLOW_MS: '40' });
    await waitFor(async () => (await recorded()).length > previous + 5, 60_000);
    const standby = startNode(WORKER, env);
    await waitFor(async () => standby.output().includes('task ledger worker running'), 60_000);
    active.kill('SIGKILL');
    await exited(active);
    expect((await recorded()).length).toBeLessThan(TASKS); // the standby has work left to take over
    await waitFor(async () => (await checkpointed()) === TASKS, 60_000);
    standby.kill('SIGTERM');
    expect(await exitOutcome(standby)).toBe(0);

    const final = await recorded();
    expect(final).toHaveLength(TASKS);
    expect([...final].sort((a, b) => a - b)).toEqual(Array.from({ length: TASKS }, (_, n) => n));
  });
});
