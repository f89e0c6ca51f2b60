import { randomUUID } from 'node:crypto';
import { EVENT_STORE, type EventStore } from '@app/event-store';
import { Deadlines, deriveDeadlineId } from '@app/kit';
import { startTestApp, type TestApp } from '@app/testing';
import { ledgerStream, taskKey, taskLedgerContext } from '../libs/testing/src/fixtures/task-ledger.context.js';
import { append, waitFor } from './support/task-ledger.js';

/** Deadlines scheduled by a handler and by a process manager: listed while pending, fired once, never when cancelled. */
describe('deadlines', () => {
  let harness: TestApp;
  let deadlines: Deadlines;
  let store: EventStore;
  beforeAll(async () => {
    harness = await startTestApp([taskLedgerContext], { RUN_PROJECTIONS: 'true' });
    deadlines = harness.app.get(Deadlines);
    store = harness.app.get(EVENT_STORE);
  });
  afterAll(async () => {
    await harness?.close();
  });

  const recorded = async (ledgerId: string) => (await store.readStream(ledgerStream(ledgerId))).map((e) => (e.data as { n: number }).n);
  const recordTask = (ledgerId: string, n: number) => ({ type: 'RecordTask', payload: { ledgerId, n } });

  it('lists pending deadlines, fires the one left and never the cancelled one; scheduling twice schedules once', async () => {
    const ledgerId = randomUUID();
    const dueAt = new Date(Date.now() + 1500);
    const commandId = randomUUID();
    const first = {
      id: deriveDeadlineId(commandId, `${ledgerId}:1`),
      key: `${ledgerId}:1`,
      dueAt,
      command: recordTask(ledgerId, 1),
      scheduledBy: 'test',
    };
    await deadlines.schedule(first);
    await deadlines.schedule(first); // a handler retried with the same command id
    await deadlines.schedule({
      id: deriveDeadlineId(commandId, `${ledgerId}:2`),
      key: `${ledgerId}:2`,
      dueAt,
      command: recordTask(ledgerId, 2),
      scheduledBy: 'test',
    });

    const pending = (await deadlines.pending()).filter((d) => d.key.startsWith(ledgerId)).sort((a, b) => (a.key < b.key ? -1 : 1));
    expect(pending.map((d) => ({ key: d.key, commandType: d.commandType, dueAt: d.dueAt.toISOString(), state: d.state }))).toEqual([
      { key: `${ledgerId}:1`, commandType: 'RecordTask', dueAt: dueAt.toISOString(), state: 'created' },
      { key: `${ledgerId}:2`, commandType: 'RecordTask', dueAt: dueAt.toISOString(), state: 'created' },
    ]);

    expect(await deadlines.cancel(`${ledgerId}:1`)).toBe(1);
    expect(await deadlines.pending(`${ledgerId}:1`)).toEqual([]);

    await waitFor(async () => (await recorded(ledgerId)).length > 0);
    await new Promise((resolve) => setTimeout(resolve, 1500)); // time for a wrong second firing or the cancelled one
    expect(await recorded(ledgerId)).toEqual([2]);
    expect(await deadlines.pending(`${ledgerId}:2`)).toEqual([]);
  });

  it('fires a backlog of due deadlines in batches; one that fails is retried alone, the rest complete', async () => {
    const ledgerId = randomUUID();
    const dueAt = new Date(Date.now() - 60_000); // fell due while no process ran
    const commandId = randomUUID();
    const broken = { id: deriveDeadlineId(commandId, `${ledgerId}:broken`), key: `${ledgerId}:broken`, dueAt, scheduledBy: 'test' };
    await deadlines.schedule({ ...broken, command: { type: 'NoSuchCommand', payload: {} } });
    for (let n = 0; n < 30; n++)
      await deadlines.schedule({
        id: deriveDeadlineId(commandId, `${ledgerId}:${n}`),
        key: `${ledgerId}:${n}`,
        dueAt,
        command: recordTask(ledgerId, n),
        scheduledBy: 'test',
      });

    await waitFor(async () => (await recorded(ledgerId)).length === 30, 20_000);
    expect((await recorded(ledgerId)).sort((a, b) => a - b)).toEqual(Array.from({ length: 30 }, (_, n) => n));
    await waitFor(async () => (await deadlines.pending(broken.key))[0]?.state === 'retry');
    expect((await deadlines.pending()).filter((d) => d.key.startsWith(ledgerId)).map((d) => d.key)).toEqual([broken.key]);
    expect(await deadlines.cancel(broken.key)).toBe(1);
  });

  it('a process manager schedules from an event and cancels from a later one', async () => {
    const ledgerId = randomUUID();
    const dueAt = new Date(Date.now() + 2000).toISOString();
    const task = `test_task-${randomUUID()}`;
    await append(store, task, 'TaskDueLater', { ledgerId, n: 7, dueAt });
    await append(store, task, 'TaskDueLater', { ledgerId, n: 8, dueAt });
    await waitFor(async () => (await deadlines.pending()).filter((d) => d.key === taskKey(7) || d.key === taskKey(8)).length === 2);
    await append(store, task, 'TaskWithdrawn', { n: 7 });
    await waitFor(async () => (await deadlines.pending(taskKey(7))).length === 0);

    await waitFor(async () => (await recorded(ledgerId)).length > 0);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(await recorded(ledgerId)).toEqual([8]);
  });
});
