import type { DataSource, QueryRunner } from 'typeorm';
import {
  comparePositions,
  type EventCodec,
  type EventStore,
  type Position,
  type RecordedEvent,
  type SubscriptionMessage,
} from '@app/event-store';
import type { Projection } from './projection.js';
import { ensureCheckpoint, lockCheckpointAt, moveCheckpoint } from './checkpoints.js';

export interface RunnerOptions {
  batchSize?: number;
  /** Longest a partial batch waits for more events before it is applied. */
  flushAfterMs?: number;
  /** How often a standby runner tries to become the active one, and how long to back off after an error. */
  retryAfterMs?: number;
  onError?: (projection: string, error: unknown) => void;
}

export interface RunnerStatus {
  name: string;
  /** This process holds the projection's lock and applies events. */
  active: boolean;
  position: Position | undefined;
  caughtUp: boolean;
  lastError: string | undefined;
}

const FLUSH = Symbol('flush');
const STOP = Symbol('stop');

/**
 * Applies one projection continuously. Only the runner holding the projection's advisory lock (on a
 * connection of its own) works; others wait as standbys, so several projector processes can run for
 * availability. Each batch's writes and its checkpoint commit in one transaction.
 */
export class ProjectionRunner {
  private readonly batchSize: number;
  private readonly flushAfterMs: number;
  private readonly retryAfterMs: number;
  private stopping = false;
  private stopSignal!: Promise<typeof STOP>;
  private resolveStop!: () => void;
  private loop?: Promise<void>;
  private lockRunner?: QueryRunner;
  private readonly current: RunnerStatus;

  constructor(
    private readonly dataSource: DataSource,
    private readonly store: EventStore,
    private readonly codec: EventCodec,
    readonly projection: Projection,
    private readonly options: RunnerOptions = {},
  ) {
    this.batchSize = options.batchSize ?? 500;
    this.flushAfterMs = options.flushAfterMs ?? 20;
    this.retryAfterMs = options.retryAfterMs ?? 1000;
    this.current = { name: projection.name, active: false, position: undefined, caughtUp: false, lastError: undefined };
  }

  status(): RunnerStatus {
    return { ...this.current };
  }

  start(): void {
    if (this.loop) return;
    this.stopping = false;
    this.stopSignal = new Promise((resolve) => (this.resolveStop = () => resolve(STOP)));
    this.loop = this.run();
  }

  /** Finishes the batch in flight (its transaction commits or rolls back whole), then releases the lock. */
  async stop(): Promise<void> {
    this.stopping = true;
    this.resolveStop?.();
    await this.loop;
    this.loop = undefined;
  }

  private async run(): Promise<void> {
    while (!this.stopping) {
      try {
        if (await this.becomeActive()) await this.follow();
        else await this.pause(this.retryAfterMs);
      } catch (error) {
        this.current.lastError = error instanceof Error ? error.message : String(error);
        this.options.onError?.(this.projection.name, error);
        await this.pause(this.retryAfterMs);
      } finally {
        if (this.stopping || this.current.lastError !== undefined) await this.resign();
      }
    }
    await this.resign();
  }

  private async becomeActive(): Promise<boolean> {
    if (this.lockRunner) return true;
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    const [{ locked }] = await runner.query('SELECT pg_try_advisory_lock(hashtextextended($1, 0)) AS locked', [
      `projection:${this.projection.name}`,
    ]);
    if (!locked) {
      await runner.release();
      return false;
    }
    this.lockRunner = runner;
    this.current.active = true;
    return true;
  }

  private async resign(): Promise<void> {
    const runner = this.lockRunner;
    this.lockRunner = undefined;
    this.current.active = false;
    if (!runner) return;
    await runner.query('SELECT pg_advisory_unlock_all()').catch(() => undefined);
    await runner.release().catch(() => undefined);
  }

  /** Subscribes from the checkpoint and applies batches until stopped or the checkpoint moves under us. */
  private async follow(): Promise<void> {
    let checkpoint = await ensureCheckpoint(this.dataSource, this.projection.name);
    this.current.position = checkpoint;
    const subscription = this.store.subscribeToAll({
      after: checkpoint,
      filter: this.projection.filter,
      batchSize: this.batchSize,
    });
    const iterator = subscription[Symbol.asyncIterator]();
    let pending = iterator.next();
    let batch: RecordedEvent[] = [];
    let reached: Position = checkpoint;
    try {
      while (!this.stopping) {
        const waitForFlush = batch.length ? sleep(this.flushAfterMs).then(() => FLUSH) : new Promise<never>(() => undefined);
        const next = await Promise.race([pending, waitForFlush, this.stopSignal]);
        if (next === STOP) break;
        if (next !== FLUSH) {
          pending = iterator.next();
          const result = next as IteratorResult<SubscriptionMessage>;
          if (result.done) break;
          const message = result.value;
          if (message.kind === 'event') {
            batch.push(message.event);
            reached = message.event.position;
            if (batch.length < this.batchSize) continue;
          } else {
            if (comparePositions(message.position, reached) > 0) reached = message.position;
            if (message.kind === 'caught-up') this.current.caughtUp = true;
          }
        }
        if (comparePositions(reached, checkpoint) <= 0) continue;
        if (!(await this.applyBatch(batch, checkpoint, reached))) return; // a rebuild moved the checkpoint: start over from it
        checkpoint = reached;
        this.current.position = checkpoint;
        this.current.lastError = undefined;
        batch = [];
      }
    } finally {
      pending.catch(() => undefined); // a read in flight when we leave must not become an unhandled rejection
      await subscription.unsubscribe();
    }
  }

  private async applyBatch(batch: RecordedEvent[], from: Position, to: Position): Promise<boolean> {
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

  private pause(ms: number): Promise<unknown> {
    return Promise.race([sleep(ms), this.stopSignal]);
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms).unref());
}
