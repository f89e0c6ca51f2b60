import type { DataSource } from 'typeorm';
import type { EventCodec, EventStore, Position, RecordedEvent } from '@app/event-store';
import type { Projection } from './projection.js';
import { lockCheckpointAt, moveCheckpoint } from './checkpoints.js';
import { LogFollower, type RunnerOptions } from './log-follower.js';

/**
 * Applies one projection continuously (one active process per projection, see LogFollower). Each
 * batch's writes and its checkpoint commit in one transaction.
 */
export class ProjectionRunner extends LogFollower {
  constructor(
    dataSource: DataSource,
    store: EventStore,
    private readonly codec: EventCodec,
    readonly projection: Projection,
    options: RunnerOptions = {},
  ) {
    super(
      dataSource,
      store,
      { lockKey: `projection:${projection.name}`, checkpointName: projection.name, filter: projection.filter },
      projection.name,
      options,
    );
  }

  protected async handleBatch(batch: RecordedEvent[], from: Position, to: Position): Promise<boolean> {
    const envelopes = await this.codec.decode(batch, { revealPersonalData: this.projection.readsPersonalData ?? true });
    return this.dataSource.transaction(async (manager) => {
      // No wait for the WAL flush: a crash can lose only the last moments of batches, each whole with its
      // checkpoint, and they are applied again from the log; commands' own commits stop queueing behind ours.
      await manager.query('SET LOCAL synchronous_commit = off');
      if (!(await lockCheckpointAt(manager, this.projection.name, from))) return false;
      if (envelopes.length) await this.projection.apply(envelopes, manager);
      await moveCheckpoint(manager, this.projection.name, to);
      return true;
    });
  }
}
