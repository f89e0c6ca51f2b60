import { Inject, Injectable } from '@nestjs/common';
import { DataSource, IsNull } from 'typeorm';
import { EVENT_STORE, EventCodec, type EventStore } from '@app/event-store';
import { errorSummary } from '@app/platform';
import { DeadLetter } from './dead-letter.entity.js';
import { performReaction } from './perform-reaction.js';
import { WHOLE_EVENT } from './process-manager-runner.js';
import { ProcessManagersService } from './process-managers.service.js';

export class DeadLetterNotFoundError extends Error {}

/**
 * The operator's side of the dead-letter table: list what is waiting, and replay an entry once its cause
 * is fixed. A replay reads the event from the log and performs the same reaction with the same command id,
 * so an entry whose command had in fact gone through appends nothing a second time.
 */
@Injectable()
export class DeadLetters {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly codec: EventCodec,
    private readonly managers: ProcessManagersService,
  ) {}

  /** Entries not replayed yet, oldest first (`all` includes the replayed ones). */
  list({ all = false }: { all?: boolean } = {}): Promise<DeadLetter[]> {
    return this.dataSource
      .getRepository(DeadLetter)
      .find({ where: all ? {} : { replayedAt: IsNull() }, order: { parkedAt: 'ASC', commandId: 'ASC' } });
  }

  /** Performs the entry's reaction once more (no retries: a failure leaves it parked, with the new error). */
  async replay(commandId: string): Promise<DeadLetter> {
    const repository = this.dataSource.getRepository(DeadLetter);
    const letter = await repository.findOneBy({ commandId });
    if (!letter) throw new DeadLetterNotFoundError(`no dead letter ${commandId}`);
    if (letter.replayedAt) return letter;
    const manager = this.managers.find(letter.processManager);
    if (!manager) throw new DeadLetterNotFoundError(`no process manager named "${letter.processManager}" is loaded`);
    const recorded = (await this.store.readStream(letter.streamName, { fromRevision: letter.streamRevision, maxCount: 1 })).filter(
      (event) => event.eventId === letter.eventId,
    );
    if (recorded.length !== 1) throw new DeadLetterNotFoundError(`the event of dead letter ${commandId} is no longer in the log`);
    const [event] = await this.codec.decode(recorded);
    const reactions = await manager.react(event);
    const chosen =
      letter.reactionIndex === WHOLE_EVENT ? [...reactions.entries()] : [[letter.reactionIndex, reactions[letter.reactionIndex]] as const];
    try {
      for (const [index, reaction] of chosen) {
        if (!reaction) throw new Error(`process manager "${manager.name}" no longer gives reaction ${index} for this event`);
        await performReaction(manager, event, index, reaction, this.managers.ports());
      }
    } catch (error) {
      const summary = errorSummary(error);
      await repository.update({ commandId }, { attempts: letter.attempts + 1, error: `${summary.type}: ${summary.message}` });
      throw error;
    }
    letter.replayedAt = new Date();
    return repository.save(letter);
  }
}
