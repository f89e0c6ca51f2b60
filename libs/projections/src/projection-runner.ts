import type { DataSource } from 'typeorm';
import type { EventCodec, EventStore, Position, RecordedEvent } from '@app/event-store';
import type { Projection } from './projection.js';
import { advanceCheckpoint } from './checkpoints.js';
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
    if (envelopes.length === 0) return advanceCheckpoint(this.dataSource.manager, this.projection.name, from, to);
    return this.dataSource.transaction(async (manager) => {
      if (!(await advanceCheckpoint(manager, this.projection.name, from, to))) return false;
      await this.projection.apply(envelopes, manager);
      return true;
    });
  }
}
