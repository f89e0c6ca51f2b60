import type { DataSource, EntityManager } from 'typeorm';
import { positionFromString, positionToString, START, type Position } from '@app/event-store';

/** Checkpoint rows: created at START, then moved only inside a batch's transaction. */
export async function ensureCheckpoint(dataSource: DataSource, name: string): Promise<Position> {
  await dataSource.query(
    'INSERT INTO projection_checkpoints (name, position) VALUES ($1, $2) ON CONFLICT (name) DO NOTHING',
    [name, positionToString(START)],
  );
  return readCheckpoint(dataSource.manager, name);
}

export async function readCheckpoint(manager: EntityManager, name: string): Promise<Position> {
  const rows: { position: string }[] = await manager.query('SELECT position FROM projection_checkpoints WHERE name = $1', [name]);
  return rows.length ? positionFromString(rows[0].position) : START;
}

/**
 * Locks the checkpoint row for the rest of the transaction and checks it is still where this writer
 * left it. Live batches and a rebuild's swap both take this lock first, so they serialise without
 * deadlock, and a batch that lost its place (a swap moved the checkpoint) writes nothing.
 */
export async function lockCheckpointAt(manager: EntityManager, name: string, expected: Position): Promise<boolean> {
  const rows: { position: string }[] = await manager.query(
    'SELECT position FROM projection_checkpoints WHERE name = $1 FOR UPDATE',
    [name],
  );
  return rows.length === 1 && rows[0].position === positionToString(expected);
}

export async function moveCheckpoint(manager: EntityManager, name: string, to: Position): Promise<void> {
  await manager.query('UPDATE projection_checkpoints SET position = $2, updated_at = now() WHERE name = $1', [
    name,
    positionToString(to),
  ]);
}
