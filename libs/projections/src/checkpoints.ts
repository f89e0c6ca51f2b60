import type { DataSource, EntityManager } from 'typeorm';
import { positionFromString, positionToString, START, type Position } from '@app/event-store';
import { ProjectionCheckpoint } from './checkpoint.entity.js';

/** Checkpoint rows: created at START, then moved only inside a batch's transaction. */
export async function ensureCheckpoint(dataSource: DataSource, name: string): Promise<Position> {
  await dataSource.query('INSERT INTO projection_checkpoints (name, position) VALUES ($1, $2) ON CONFLICT (name) DO NOTHING', [
    name,
    positionToString(START),
  ]);
  return readCheckpoint(dataSource.manager, name);
}

export async function readCheckpoint(manager: EntityManager, name: string): Promise<Position> {
  const rows: { position: string }[] = await manager.query('SELECT position FROM projection_checkpoints WHERE name = $1', [name]);
  return rows.length ? positionFromString(rows[0].position) : START;
}

/**
 * Moves the checkpoint `from` -> `to` if it is still at `from`, in one statement that a batch's transaction
 * begins with: the update locks the row for the rest of the transaction, so live batches and a rebuild's swap
 * (which take this lock first too) serialise without deadlock, and a batch that lost its place (a swap moved
 * the checkpoint) answers false and writes nothing. Moving on also clears a stall: the batch that kept
 * failing has been applied. The transaction then commits without waiting for the WAL flush: a crash can lose
 * only the last moments of batches, each whole with its checkpoint, and they are applied again from the log
 * (process managers' reactions are idempotent); commands' own commits stop queueing behind these.
 */
export async function advanceCheckpoint(manager: EntityManager, name: string, from: Position, to: Position): Promise<boolean> {
  const [, moved] = await manager.query<[unknown[], number]>(
    `UPDATE projection_checkpoints SET position = $3, updated_at = now(), stalled_since = NULL, stall_error = NULL, stall_attempts = 0
     WHERE name = $1 AND position = $2
     RETURNING set_config('synchronous_commit', 'off', true)`,
    [name, positionToString(from), positionToString(to)],
  );
  return moved === 1;
}

/**
 * A batch's write and its checkpoint move `from` -> `to`, whole or not at all: the move first (advanceCheckpoint),
 * then `write` in the same transaction; with nothing to write, the move alone, one statement. False when the
 * checkpoint was not at `from` (nothing is written then).
 */
export async function applyWithCheckpoint(
  dataSource: DataSource,
  name: string,
  from: Position,
  to: Position,
  write?: (manager: EntityManager) => Promise<unknown>,
): Promise<boolean> {
  if (!write) return advanceCheckpoint(dataSource.manager, name, from, to);
  return dataSource.transaction(async (manager) => {
    if (!(await advanceCheckpoint(manager, name, from, to))) return false;
    await write(manager);
    return true;
  });
}

/**
 * Locks these checkpoint rows for the rest of the transaction, in name order (as every holder of several
 * takes them, so two never deadlock): a batch of any of them being written commits first, and none starts
 * writing until this transaction ends.
 */
export async function holdCheckpoints(manager: EntityManager, names: readonly string[]): Promise<void> {
  await manager.query('SELECT position FROM projection_checkpoints WHERE name = ANY($1) ORDER BY name FOR UPDATE', [[...names]]);
}

/** Moving on also clears a stall: the batch that kept failing has been applied (or swapped past). */
export async function moveCheckpoint(manager: EntityManager, name: string, to: Position): Promise<void> {
  await manager.query(
    'UPDATE projection_checkpoints SET position = $2, updated_at = now(), stalled_since = NULL, stall_error = NULL, stall_attempts = 0 WHERE name = $1',
    [name, positionToString(to)],
  );
}

/**
 * Records that the batch after `at` failed again (only if the checkpoint is still there), so every process's
 * readiness probe and metrics can name the stuck follower and where it is, whichever process runs it.
 */
export async function recordStall(dataSource: DataSource, name: string, at: Position, error: string): Promise<void> {
  await dataSource.query(
    `UPDATE projection_checkpoints SET stalled_since = coalesce(stalled_since, now()), stall_error = $3, stall_attempts = stall_attempts + 1
     WHERE name = $1 AND position = $2`,
    [name, positionToString(at), error],
  );
}

export interface CheckpointState {
  position: Position;
  stall: { since: Date; error: string | null; attempts: number } | undefined;
}

/** Every checkpoint row with its stall, by name, in one read (readiness probes and metrics). */
export async function readCheckpointStates(manager: EntityManager): Promise<Map<string, CheckpointState>> {
  const rows = await manager.getRepository(ProjectionCheckpoint).find();
  return new Map(
    rows.map((row) => [
      row.name,
      {
        position: positionFromString(row.position),
        stall: row.stalledSince ? { since: row.stalledSince, error: row.stallError, attempts: row.stallAttempts } : undefined,
      },
    ]),
  );
}
