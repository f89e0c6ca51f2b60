import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { bearer } from '@app/access';
import { EVENT_STORE, type EventStore } from '@app/event-store';
import { DeadLetters } from '@app/kit';
import { startTestApp, type TestApp } from '@app/testing';
import { ledgerStream, taskLedgerContext } from '../libs/testing/src/fixtures/task-ledger.context.js';
import { append, waitFor } from './support/task-ledger.js';
import { exited, startNode } from './support/processes.js';

/**
 * A reaction that keeps failing is retried, then parked: the events behind it are handled, the parked entry
 * shows on /health/ready, as a metric and in `npm run dead-letters -- list`, and a replay dispatches it once.
 * A reaction the domain refuses is recorded as rejected, without retries, and does not degrade readiness.
 */
describe('process manager: poison events', () => {
  let harness: TestApp;
  let store: EventStore;
  beforeAll(async () => {
    process.env.TASK_LEDGER_POISON = 'on'; // the handler runs in this process
    harness = await startTestApp([taskLedgerContext], { RUN_PROJECTIONS: 'true' });
    store = harness.app.get(EVENT_STORE);
  });
  afterAll(async () => {
    delete process.env.TASK_LEDGER_POISON;
    await harness?.close();
  });

  const recorded = async (ledgerId: string) => (await store.readStream(ledgerStream(ledgerId))).map((e) => (e.data as { n: number }).n);
  /** The dead-letter CLI (npm run dead-letters) over the test context, in a process of its own without the poison. */
  const cli = async (...args: string[]) => {
    const child = startNode(
      'dist/libs/testing/src/fixtures/task-ledger-cli.main.js',
      { DATABASE_URL: harness.database.url, LOG_LEVEL: 'warn', TASK_LEDGER_POISON: 'off' },
      ['dead-letters', ...args],
    );
    const code = await exited(child);
    expect({ code, output: code === 0 ? '' : child.output() }).toEqual({ code: 0, output: '' });
    return child.output();
  };

  it('parks the poison reaction, carries on behind it, shows it, and replays it once', async () => {
    const ledgerId = randomUUID();
    const task = `test_task-${randomUUID()}`;
    for (let n = 0; n < 6; n++) await append(store, task, 'TaskRequested', { ledgerId, n, poison: n === 2 });
    await append(store, task, 'TaskRequested', { ledgerId, n: -1 }); // refused by the ledger's decider

    const server = harness.app.getHttpServer();
    await waitFor(async () => (await request(server).get('/health/ready')).body.processManagers?.[0]?.lag === 0);
    expect((await recorded(ledgerId)).sort()).toEqual([0, 1, 3, 4, 5]);

    const ready = await request(server).get('/health/ready').expect(200);
    expect(ready.body.status).toBe('degraded');
    expect(ready.body.processManagers).toEqual([expect.objectContaining({ name: 'task_ledger', parked: 1, lag: 0 })]);

    const admin = await bearer(harness.app, { id: 'e2e-admin', roles: ['admin'], partnerships: [] });
    const metrics = await request(server).get('/metrics').set('Authorization', admin).expect(200);
    expect(metrics.text).toContain('process_manager_dead_letters{process_manager="task_ledger"} 1');

    const listed = (await cli('list', '--json'))
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(
      listed.map(({ processManager, outcome, eventType, reactionIndex, attempts }) => ({
        processManager,
        outcome,
        eventType,
        reactionIndex,
        attempts,
      })),
    ).toEqual(
      expect.arrayContaining([
        { processManager: 'task_ledger', outcome: 'parked', eventType: 'TaskRequested', reactionIndex: 0, attempts: 3 },
        { processManager: 'task_ledger', outcome: 'rejected', eventType: 'TaskRequested', reactionIndex: 0, attempts: 1 },
      ]),
    );
    expect(listed).toHaveLength(2);
    const parked = listed.find((letter) => letter.outcome === 'parked');
    expect(parked.error).toBe('Error: the ledger cannot take poison tasks');

    expect(await cli('replay', parked.commandId)).toContain(`replayed ${parked.commandId}`);
    await harness.app.get(DeadLetters).replay(parked.commandId); // a second replay finds it done
    expect((await recorded(ledgerId)).sort()).toEqual([0, 1, 2, 3, 4, 5]);

    expect((await request(server).get('/health/ready').expect(200)).body.status).toBe('ok');
    expect((await harness.app.get(DeadLetters).list()).map((letter) => letter.outcome)).toEqual(['rejected']);
  });
});
