import { openTestPlatform, type TestPlatform } from '@app/testing';
import { START, type Position } from '@app/event-store';
import { advanceCheckpoint, ensureCheckpoint, readCheckpoint } from './checkpoints.js';

const at = (n: number): Position => ({ commit: BigInt(n), prepare: BigInt(n) });

describe('advanceCheckpoint', () => {
  let platform: TestPlatform;
  beforeAll(async () => {
    platform = await openTestPlatform();
  });
  afterAll(async () => {
    await platform.dispose();
  });

  it('moves the checkpoint only from where the batch started, and clears a stall', async () => {
    const name = 'advance-from';
    await ensureCheckpoint(platform.dataSource, name);
    await platform.dataSource.query(
      `UPDATE projection_checkpoints SET stalled_since = now(), stall_error = 'x', stall_attempts = 2 WHERE name = $1`,
      [name],
    );

    expect(await advanceCheckpoint(platform.dataSource.manager, name, START, at(5))).toBe(true);
    expect(await readCheckpoint(platform.dataSource.manager, name)).toEqual(at(5));
    const [row] = await platform.dataSource.query('SELECT stalled_since, stall_attempts FROM projection_checkpoints WHERE name = $1', [
      name,
    ]);
    expect(row).toEqual({ stalled_since: null, stall_attempts: 0 });

    // A batch that lost its place (a rebuild's swap moved the checkpoint) moves nothing.
    expect(await advanceCheckpoint(platform.dataSource.manager, name, START, at(9))).toBe(false);
    expect(await readCheckpoint(platform.dataSource.manager, name)).toEqual(at(5));
  });

  it("locks the row for the batch's transaction, which then commits without waiting for the WAL flush", async () => {
    const name = 'advance-lock';
    await ensureCheckpoint(platform.dataSource, name);
    let insideBatch: () => void = () => undefined;
    let finishBatch: () => void = () => undefined;
    const batch = platform.dataSource.transaction(async (manager) => {
      expect(await advanceCheckpoint(manager, name, START, at(3))).toBe(true);
      const [{ synchronous_commit }] = await manager.query('SHOW synchronous_commit');
      expect(synchronous_commit).toBe('off');
      insideBatch();
      await new Promise<void>((resolve) => (finishBatch = resolve));
    });
    await new Promise<void>((resolve) => (insideBatch = resolve));

    // A second writer from the same place waits for the first to commit, then finds the checkpoint moved.
    let secondDone = false;
    const second = advanceCheckpoint(platform.dataSource.manager, name, START, at(4)).then((moved) => {
      secondDone = true;
      return moved;
    });
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(secondDone).toBe(false);
    finishBatch();
    await batch;
    expect(await second).toBe(false);
    expect(await readCheckpoint(platform.dataSource.manager, name)).toEqual(at(3));
    const [{ synchronous_commit }] = await platform.dataSource.query('SHOW synchronous_commit');
    expect(synchronous_commit).toBe('on');
  });
});
