import type { DataSource } from 'typeorm';
import type { EventCodec, EventStore, Position, RecordedEvent } from '@app/event-store';
import type { Projection } from './projection.js';
import { applyWithCheckpoint } from './checkpoints.js';
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
    return applyWithCheckpoint(
      this.dataSource,
      this.projection.name,
      from,
      to,
      envelopes.length ? (manager) => this.projection.apply(envelopes, manager) : undefined,
    );
  }
}
