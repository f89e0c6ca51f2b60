import type { DataSource } from 'typeorm';
import type { EventCodec, EventEnvelope, EventStore, Position, RecordedEvent } from '@app/event-store';
import { applyWithCheckpoint, LogFollower, type RunnerOptions } from '@app/projections';
import { errorSummary } from '@app/platform';
import { DeadLetter, type DeadLetterOutcome } from './dead-letter.entity.js';
import { failureKind } from './failure-kind.js';
import { performReaction, type ReactionPorts } from './perform-reaction.js';
import type { ProcessManager } from './process-manager.js';
import { deriveReactionId } from './reaction-ids.js';
import { DEFAULT_RETRY_POLICY, retryDelays } from './retry-policy.js';

/** The dead-letter row's reaction index when `react` itself failed: a replay performs all of the event's reactions. */
export const WHOLE_EVENT = -1;

/** Checkpoint row of a process manager, beside the projections' rows. */
export const checkpointNameOf = (manager: Pick<ProcessManager, 'name'>): string => `process_manager:${manager.name}`;

export interface ProcessManagerRunnerOptions extends RunnerOptions {
  onRetry?: (manager: string, attempt: number, error: unknown) => void;
  onParked?: (manager: string, letter: DeadLetter) => void;
}

type Attempt<T> = { done: true; value: T } | { done: false; outcome: DeadLetterOutcome; error: unknown; attempts: number } | 'stopped';

/**
 * Runs one process manager with the projections' guarantees (LogFollower: one active process per name,
 * standby takeover, gap-free reading from a checkpoint). A batch's reactions are performed first, outside
 * any transaction (commands commit on their own; an open transaction here would hold back every reader of
 * the log), then its dead letters and the checkpoint commit together. A crash between the two re-reads the
 * batch, and the derived command ids make its commands replays.
 */
export class ProcessManagerRunner extends LogFollower {
  private readonly delays: number[];

  constructor(
    dataSource: DataSource,
    store: EventStore,
    private readonly codec: EventCodec,
    readonly manager: ProcessManager,
    private readonly ports: ReactionPorts,
    private readonly runnerOptions: ProcessManagerRunnerOptions = {},
  ) {
    super(
      dataSource,
      store,
      { lockKey: checkpointNameOf(manager), checkpointName: checkpointNameOf(manager), filter: { categories: manager.categories } },
      manager.name,
      { batchSize: 50, ...runnerOptions },
    );
    this.delays = retryDelays({ ...DEFAULT_RETRY_POLICY, ...manager.retry });
  }

  protected async handleBatch(batch: RecordedEvent[], from: Position, to: Position): Promise<boolean> {
    const wanted = batch.filter((event) => this.manager.eventTypes.includes(event.type));
    const letters: DeadLetter[] = [];
    for (const event of await this.codec.decode(wanted)) {
      const reactions = await this.attempt(async () => this.manager.react(event));
      if (reactions === 'stopped') return false;
      if (!reactions.done) {
        letters.push(this.letter(event, WHOLE_EVENT, reactions));
        continue;
      }
      for (const [index, reaction] of reactions.value.entries()) {
        const result = await this.attempt(() => performReaction(this.manager, event, index, reaction, this.ports));
        if (result === 'stopped') return false;
        if (!result.done) letters.push(this.letter(event, index, result));
      }
    }
    const moved = await applyWithCheckpoint(
      this.dataSource,
      checkpointNameOf(this.manager),
      from,
      to,
      letters.length ? (manager) => manager.createQueryBuilder().insert().into(DeadLetter).values(letters).orIgnore().execute() : undefined,
    );
    if (moved) for (const letter of letters) this.runnerOptions.onParked?.(this.manager.name, letter);
    return moved;
  }

  /**
   * Tries `work` with the backoff of the manager's retry policy. A refusal by the domain is final at once;
   * an outage is thrown to the follower (it retries the whole batch later and parks nothing); a shutdown
   * stops the tries without parking.
   */
  private async attempt<T>(work: () => Promise<T>): Promise<Attempt<T>> {
    for (let attempt = 1; ; attempt++) {
      try {
        return { done: true, value: await work() };
      } catch (error) {
        const kind = failureKind(error);
        if (kind === 'outage') throw error;
        if (kind === 'rejected' || attempt > this.delays.length)
          return { done: false, outcome: kind === 'rejected' ? 'rejected' : 'parked', error, attempts: attempt };
        this.runnerOptions.onRetry?.(this.manager.name, attempt, error);
        await this.pause(this.delays[attempt - 1]);
        if (this.stopping) return 'stopped';
      }
    }
  }

  private letter(
    event: EventEnvelope,
    index: number,
    failure: { outcome: DeadLetterOutcome; error: unknown; attempts: number },
  ): DeadLetter {
    const summary = errorSummary(failure.error);
    return Object.assign(new DeadLetter(), {
      commandId: deriveReactionId(event.metadata.eventId, this.manager.name, index),
      processManager: this.manager.name,
      outcome: failure.outcome,
      eventId: event.metadata.eventId,
      eventType: event.event.type,
      streamName: event.streamName,
      streamRevision: event.revision,
      reactionIndex: index,
      attempts: failure.attempts,
      error: `${summary.type}: ${summary.message}`,
      replayedAt: null,
    });
  }
}
