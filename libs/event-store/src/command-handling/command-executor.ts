import { AsyncLocalStorage } from 'node:async_hooks';
import type { Decider, DomainEvent } from '@app/domain';
import { WrongExpectedVersionError } from '../errors.js';
import type { EventStore, FoldableEvent, StreamRevision } from '../event-store.port.js';
import type { CommandContext, EventCodec } from '../serialization/event-codec.js';

/** What a command read from other streams to decide: the value it decides on, and those streams as read. */
export interface ReadElsewhere<Value> {
  value: Value;
  /** Each stream the value was read from, at the revision read (-1: it did not exist). */
  streams: readonly StreamRevision[];
}

export interface HandleOptions<State = unknown, Elsewhere = undefined> {
  context: CommandContext;
  /** The revision the client last saw (HTTP If-Match). When given, a conflict is the client's to resolve. */
  expectedRevision?: number;
  /**
   * Checks that the caller may act on the stream as it stands, before anything is answered from it (throw,
   * e.g. a NotFoundError, to refuse), and may add to the events' context (the record's partnership). Saves
   * reading the stream once to check access and again to decide.
   */
  admit?: (state: State) => Partial<CommandContext> | void;
  /** False when the decider's state holds no personal data: the stream is then read without decrypting it. */
  revealPersonalData?: boolean;
  /**
   * Reads what the decision needs from other streams (e.g. another context's answer on the query bus), and
   * may refuse on it (throw). Its value is given to `decide`. It runs on every attempt, after `admit`, the
   * replay of a command already applied and the If-Match check, and the append requires each stream it
   * names still at the revision read (the store's `unchangedStreams`): what was checked still holds when the
   * events are written. When one of them has moved the command is read and decided again, If-Match or not
   * (the client's revision is not the one that went stale).
   */
  readElsewhere?: (state: State) => Promise<ReadElsewhere<Elsewhere>>;
}

export interface HandleResult<State, Event extends DomainEvent> {
  /** The stream's revision after the command: the response's ETag. -1 when the stream does not exist. */
  revision: number;
  state: State;
  events: Event[];
  /** True when this command id had already been applied and nothing new was appended. */
  replayed: boolean;
}

/** How often a command with no If-Match is re-decided after losing a race to another writer. */
const MAX_CONFLICT_RETRIES = 3;

/** An event of a stream as the executor folds it: stored, or decided by the dry run in progress. */
interface HistoryEvent<Event> {
  event: Event;
  commandId: string;
  revision: number;
}

/** What a dry run decided so far, by stream: never encoded, never appended (see `CommandExecutor.dryRun`). */
type DryRunStreams = Map<string, { event: DomainEvent; commandId: string }[]>;

const dryRuns = new AsyncLocalStorage<DryRunStreams>();

/** Streams read ahead by `readTogether`, each answering its stream's next read once. */
const readAhead = new AsyncLocalStorage<Map<string, FoldableEvent[]>>();

/**
 * The one write path: read the stream, fold it into state, decide, append at the revision read.
 * A command id already present in the stream answers with the first outcome instead of deciding
 * again, so a retried request (same Idempotency-Key) appends nothing twice on either store.
 */
export class CommandExecutor {
  constructor(
    private readonly store: EventStore,
    private readonly codec: EventCodec,
  ) {}

  async handle<Command, State, Event extends DomainEvent, Elsewhere = undefined>(
    streamName: string,
    decider: Pick<Decider<Command, State, Event>, 'initialState' | 'evolve'>,
    decide: (state: State, elsewhere: Elsewhere) => Event[],
    options: HandleOptions<State, Elsewhere>,
  ): Promise<HandleResult<State, Event>> {
    for (let attempt = 0; ; attempt++) {
      const history = await this.history<Event>(streamName, options.revealPersonalData);
      const current = history.length - 1;
      const state = history.reduce((s, e) => decider.evolve(s, e.event), decider.initialState());
      const context = { ...options.context, ...options.admit?.(state) };

      const firstTime = history.filter((e) => e.commandId === options.context.commandId);
      if (firstTime.length > 0) {
        const upTo = firstTime[firstTime.length - 1].revision;
        return {
          revision: upTo,
          state: history.slice(0, upTo + 1).reduce((s, e) => decider.evolve(s, e.event), decider.initialState()),
          events: firstTime.map((e) => e.event),
          replayed: true,
        };
      }
      if (options.expectedRevision !== undefined && options.expectedRevision !== current) {
        throw new WrongExpectedVersionError(streamName, options.expectedRevision, current);
      }

      const elsewhere = options.readElsewhere ? await options.readElsewhere(state) : { value: undefined as Elsewhere, streams: [] };
      const events = decide(state, elsewhere.value);
      if (events.length === 0) return { revision: current, state, events, replayed: false };
      const dryRun = dryRuns.getStore();
      if (dryRun) {
        const commandId = options.context.commandId;
        dryRun.set(streamName, [...(dryRun.get(streamName) ?? []), ...events.map((event) => ({ event, commandId }))]);
        return { revision: current + events.length, state: events.reduce(decider.evolve, state), events, replayed: false };
      }

      try {
        const result = await this.store.appendToStream(streamName, await this.codec.encode(events, context), {
          expectedRevision: current === -1 ? 'no_stream' : current,
          // This stream's own expectation is the revision just read.
          unchangedStreams: elsewhere.streams.filter((s) => s.streamName !== streamName),
        });
        return {
          revision: result.nextExpectedRevision,
          state: events.reduce(decider.evolve, state),
          events,
          replayed: false,
        };
      } catch (error) {
        if (!(error instanceof WrongExpectedVersionError) || attempt >= MAX_CONFLICT_RETRIES) throw error;
        const readElsewhereMoved = error.streamName !== streamName;
        if (!readElsewhereMoved && options.expectedRevision !== undefined) throw error;
      }
    }
  }

  /** Reads a stream's current state without deciding anything (queries of a single aggregate). */
  async load<State, Event extends DomainEvent>(
    streamName: string,
    decider: Pick<Decider<unknown, State, Event>, 'initialState' | 'evolve'>,
  ): Promise<{ state: State; revision: number }> {
    const history = await this.history<Event>(streamName);
    return {
      state: history.reduce((s, e) => decider.evolve(s, e.event), decider.initialState()),
      revision: history.length - 1,
    };
  }

  /**
   * Runs `work` as a dry run: every command handled within it (by any handler, through this or another
   * executor) reads its stream as stored plus what the dry run decided on it before, and decides as
   * usual, but appends nothing: its events are kept in memory for the later commands of the same dry run
   * and dropped at the end. Nothing is encoded either, so no data subject's key is made. What other
   * readers see (projections, a direct read of the store) does not include them.
   */
  dryRun<T>(work: () => Promise<T>): Promise<T> {
    return dryRuns.run(new Map(), work);
  }

  /**
   * Runs `work` with these streams read in one round trip (on PostgreSQL; side by side on EventStoreDB):
   * inside it, the first read of each (a command's or a `load`) is answered from that read, and any later one
   * (a retry after a conflict) reads the store again. A command's append is still checked against the
   * revision it read, so what it appends stays right; but it decides on the streams as they were when
   * `work` began, so a client's If-Match is compared with that revision, and a `load` (settings, say) is as
   * of then. For a handler that reads settings and then decides on another stream, in one go.
   */
  async readTogether<T>(streamNames: readonly string[], work: () => Promise<T>): Promise<T> {
    const read = await this.store.readStreamsToFold(streamNames);
    try {
      return await readAhead.run(read, work);
    } finally {
      // Anything `work` left running (a timer, a promise) reads the store itself from here on.
      read.clear();
    }
  }

  /** Whether the caller runs inside a dry run: work beside the executor (an index written at once) must then be left undone. */
  inDryRun(): boolean {
    return dryRuns.getStore() !== undefined;
  }

  /** The stream as stored, then what the dry run in progress (if any) decided on it. */
  private async history<Event extends DomainEvent>(streamName: string, revealPersonalData?: boolean): Promise<HistoryEvent<Event>[]> {
    const read = await this.readStream(streamName);
    const events = await this.codec.decodeEvents<Event>(read, { revealPersonalData });
    const stored = read.map((e, index) => ({ event: events[index], commandId: e.commandId, revision: e.revision }));
    const decided = (dryRuns.getStore()?.get(streamName) ?? []).map((e, index) => ({
      event: e.event as Event,
      commandId: e.commandId,
      revision: stored.length + index,
    }));
    return [...stored, ...decided];
  }

  private async readStream(streamName: string): Promise<FoldableEvent[]> {
    const ahead = readAhead.getStore();
    const read = ahead?.get(streamName);
    if (read) {
      ahead!.delete(streamName);
      return read;
    }
    return (await this.store.readStreamsToFold([streamName])).get(streamName)!;
  }
}
