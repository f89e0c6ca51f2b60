import { positionDistance, type EventStore, type LogFilter, type Position } from '@app/event-store';

export interface LogLag {
  /** The newest event the follower reads (its filter applied). */
  head: Position;
  /** How far the checkpoint is behind the head, in the store's position units (positionDistance); 0: caught up. */
  lag: number;
}

/** A follower's lag from two positions (the head of what it reads, and its checkpoint): no counting, cheap at any log size. */
export async function logLag(store: EventStore, checkpoint: Position, filter: LogFilter | undefined): Promise<LogLag> {
  const head = await store.headPosition(filter);
  return { head, lag: positionDistance(checkpoint, head) };
}
