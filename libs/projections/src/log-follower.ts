import type { DataSource, QueryRunner } from 'typeorm';
import {
  comparePositions,
  type EventStore,
  type LogFilter,
  type Position,
  type RecordedEvent,
  type SubscriptionMessage,
} from '@app/event-store';
import { errorSummary, isConnectionError } from '@app/platform';
import { ensureCheckpoint, recordStall } from './checkpoints.js';

export interface RunnerOptions {
  batchSize?: number;
  /** Longest a partial batch waits for more events before it is applied. */
  flushAfterMs?: number;
  /** How often a standby runner tries to become the active one, and how long to back off after an error. */
  retryAfterMs?: number;
  /** A batch failed at `position` (the checkpoint it started from); it is retried after `retryAfterMs`, doubling while it keeps failing. */
  onError?: (name: string, error: unknown, position: Position | undefined) => void;
}

export interface RunnerStatus {
  name: string;
  /** This process holds the runner's lock and applies events. */
  active: boolean;
  position: Position | undefined;
  caughtUp: boolean;
  /** The last failure's summary (errorSummary: an error code for database errors, never the data). */
  lastError: string | undefined;
}

/** What a follower reads: its name (lock and checkpoint key) and the part of the log it wants. */
export interface FollowedLog {
  /** Key of the advisory lock that makes one process the active one (`projection:<name>`). */
  readonly lockKey: string;
  /** Row of `projection_checkpoints` holding how far it has read. */
  readonly checkpointName: string;
  readonly filter: LogFilter;
}

const FLUSH = Symbol('flush');
const MAX_BACKOFF_MS = 30_000;
const STOP = Symbol('stop');

/**
 * Follows the global log from a checkpoint, one active process per name: the machinery shared by
 * projections and process managers. Only the follower holding the advisory lock (on a connection of its
 * own) works; others wait as standbys and take over when it goes. Events come in batches from a
 * gap-free catch-up subscription; `handleBatch` must move the checkpoint from `from` to `to` (or report
 * that it was moved under it, and the follower starts over from wherever it now is).
 */
export abstract class LogFollower {
  private readonly batchSize: number;
  private readonly flushAfterMs: number;
  private readonly retryAfterMs: number;
  /** Failures in a row: a follower stuck on one event backs off (up to MAX_BACKOFF_MS) instead of logging every second. */
  private failuresInARow = 0;
  protected stopping = false;
  private stopSignal!: Promise<typeof STOP>;
  private resolveStop!: () => void;
  private loop?: Promise<void>;
  private lockRunner?: QueryRunner;
  private readonly current: RunnerStatus;

  protected constructor(
    protected readonly dataSource: DataSource,
    protected readonly store: EventStore,
    private readonly log: FollowedLog,
    name: string,
    private readonly options: RunnerOptions = {},
  ) {
    this.batchSize = options.batchSize ?? 500;
    this.flushAfterMs = options.flushAfterMs ?? 20;
    this.retryAfterMs = options.retryAfterMs ?? 1000;
    this.current = { name, active: false, position: undefined, caughtUp: false, lastError: undefined };
  }

  /** Applies the batch and moves the checkpoint `from` -> `to`; false when the checkpoint was not at `from`. */
  protected abstract handleBatch(batch: RecordedEvent[], from: Position, to: Position): Promise<boolean>;

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
        this.current.lastError = errorSummary(error).message;
        this.options.onError?.(this.current.name, error, this.current.position);
        // Not an outage: the batch at the checkpoint fails by itself (an event the follower cannot apply). It is
        // retried, and recorded on the checkpoint row where every process's readiness probe and metrics see it.
        if (this.current.position && !isConnectionError(error)) {
          await recordStall(this.dataSource, this.log.checkpointName, this.current.position, this.current.lastError).catch(() => undefined);
        }
        await this.pause(Math.min(this.retryAfterMs * 2 ** this.failuresInARow++, Math.max(this.retryAfterMs, MAX_BACKOFF_MS)));
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
    const [{ locked }] = (await runner.query('SELECT pg_try_advisory_lock(hashtextextended($1, 0)) AS locked', [this.log.lockKey])) as [
      { locked: boolean },
    ];
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

  /** Subscribes from the checkpoint and handles batches until stopped or the checkpoint moves under us. */
  private async follow(): Promise<void> {
    let checkpoint = await ensureCheckpoint(this.dataSource, this.log.checkpointName);
    this.current.position = checkpoint;
    const subscription = this.store.subscribeToAll({ after: checkpoint, filter: this.log.filter, batchSize: this.batchSize });
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
        if (!(await this.handleBatch(batch, checkpoint, reached))) return; // the checkpoint moved (a rebuild, or we are stopping): start over from it
        checkpoint = reached;
        this.current.position = checkpoint;
        this.current.lastError = undefined;
        this.failuresInARow = 0;
        batch = [];
      }
    } finally {
      pending.catch(() => undefined); // a read in flight when we leave must not become an unhandled rejection
      await subscription.unsubscribe();
    }
  }

  /** Waits `ms`, or less if the follower is being stopped. */
  protected pause(ms: number): Promise<unknown> {
    return Promise.race([sleep(ms), this.stopSignal]);
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms).unref());
}
