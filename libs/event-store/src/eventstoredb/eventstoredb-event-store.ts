import {
  BACKWARDS,
  END,
  EventStoreDBClient,
  FORWARDS,
  START as ESDB_START,
  StreamNotFoundError,
  excludeSystemEvents,
  streamNameFilter,
  type AllStreamResolvedEvent,
  type AllStreamSubscription,
  type AppendResult as EsdbAppendResult,
  type Position as EsdbPosition,
} from '@eventstore/db-client';
import { WrongExpectedVersionError } from '../errors.js';
import type {
  AppendOptions,
  AppendResult,
  EventStore,
  EventToAppend,
  ExpectedRevision,
  FoldableEvent,
  LogFilter,
  ReadAllOptions,
  ReadAllResult,
  ReadStreamOptions,
  RecordedEvent,
  StreamRevision,
  SubscribeOptions,
  Subscription,
  SubscriptionMessage,
} from '../event-store.port.js';
import { START, comparePositions, type Position } from '../position.js';
import {
  assertDistinctEventIds,
  categoryPrefixes,
  fromEsdbPosition,
  hasCategories,
  matchesFilter,
  toEsdbExpectedRevision,
  toEventData,
  toReadPosition,
  toRecordedEvent,
  translateAppendError,
  translateError,
} from './eventstoredb-mapping.js';

/**
 * readAll has no server-side filter in client 6.x, so it filters here. To keep one call bounded on a
 * large log where few events match, it looks at no more than this many events (or maxCount, if larger)
 * and then returns with `lastPosition` advanced and `isEnd` false.
 */
const READ_ALL_SCAN_WINDOW = 1000;
const DEFAULT_BATCH_SIZE = 500;

/**
 * The event-store port over EventStoreDB (gRPC, server 20.10+). Concurrency, atomic multi-event appends
 * and idempotency are the server's own: an append repeating the same event ids at the same expected
 * revision is acknowledged without writing them again (guaranteed for an exact revision, no_stream and
 * stream_exists; best effort for `any`). EventStoreDB has no transaction across streams, so the streams an
 * append read (`unchangedStreams`) are checked just before it: a write to one of them in between is not seen
 * (ARCHITECTURE.md, Decisions, "An append may require the streams it read unchanged").
 */
export class EventStoreDbEventStore implements EventStore {
  private readonly subscriptions = new Set<EventStoreDbSubscription>();

  /** The store owns the client: close() disposes of it. */
  constructor(private readonly client: EventStoreDBClient) {}

  /** e.g. `esdb://localhost:2113?tls=false`. Connects lazily, on the first call. */
  static fromConnectionString(connectionString: string): EventStoreDbEventStore {
    return new EventStoreDbEventStore(EventStoreDBClient.connectionString(connectionString));
  }

  async appendToStream(
    streamName: string,
    events: readonly EventToAppend[],
    { expectedRevision, unchangedStreams = [] }: AppendOptions,
  ): Promise<AppendResult> {
    if (events.length === 0) throw new Error('appendToStream needs at least one event');
    assertDistinctEventIds(events);
    const moved = await this.firstMoved(unchangedStreams);
    // A repeat of an append that was made (a retried command) is acknowledged as the first, as without streams read.
    if (moved && !(await this.isStored(streamName, events, expectedRevision))) throw moved;
    let result: EsdbAppendResult;
    try {
      result = await this.client.appendToStream(streamName, events.map(toEventData), {
        expectedRevision: toEsdbExpectedRevision(expectedRevision),
      });
    } catch (error) {
      throw translateAppendError(error, streamName, expectedRevision);
    }
    if (!result.success) {
      // Only with a client built with throwOnAppendFailure: false, whose reported revision is unreliable in 6.x.
      const last = await this.lastEventOf(streamName);
      throw new WrongExpectedVersionError(streamName, expectedRevision, last ? last.revision : -1);
    }
    let position = result.position ? fromEsdbPosition(result.position) : undefined;
    if (!position || position.commit < 0n) {
      // An idempotent repeat is acknowledged without a position: answer with where the events were first written.
      const last = await this.lastEventOf(streamName);
      position = last?.position ?? START;
    }
    return { nextExpectedRevision: Number(result.nextExpectedRevision), position };
  }

  async readStream(streamName: string, options: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
    if (options.maxCount === 0) return [];
    const fromRevision = options.fromRevision ?? 0;
    const events: RecordedEvent[] = [];
    try {
      const read = this.client.readStream(streamName, {
        direction: FORWARDS,
        fromRevision: fromRevision > 0 ? BigInt(fromRevision) : ESDB_START,
        ...(options.maxCount !== undefined ? { maxCount: options.maxCount } : {}),
      });
      for await (const resolved of read) {
        if (resolved.event) events.push(toRecordedEvent(resolved.event));
      }
    } catch (error) {
      if (error instanceof StreamNotFoundError) return [];
      throw translateError(error);
    }
    return events;
  }

  /** EventStoreDB reads one stream per call; the reads go out together. */
  async readStreams(streamNames: readonly string[]): Promise<Map<string, RecordedEvent[]>> {
    const names = [...new Set(streamNames)];
    return new Map(await Promise.all(names.map(async (name) => [name, await this.readStream(name)] as const)));
  }

  /** EventStoreDB sends whole events: the narrowing is done here. */
  async readStreamsToFold(streamNames: readonly string[]): Promise<Map<string, FoldableEvent[]>> {
    const streams = await this.readStreams(streamNames);
    return new Map(
      [...streams].map(([name, events]) => [
        name,
        events.map(({ revision, type, schemaVersion, data, metadata }) => ({
          revision,
          type,
          schemaVersion,
          data,
          commandId: metadata.commandId,
        })),
      ]),
    );
  }

  async readAll({ after = START, maxCount, filter }: ReadAllOptions): Promise<ReadAllResult> {
    if (maxCount <= 0) return { events: [], lastPosition: after, isEnd: false };
    const fromPosition = toReadPosition(after);
    // A read from a position includes the event at it; ask for one more to make up for skipping it.
    const requested = Math.max(maxCount, READ_ALL_SCAN_WINDOW) + (fromPosition === ESDB_START ? 0 : 1);
    const events: RecordedEvent[] = [];
    let lastPosition = after;
    let received = 0;
    let full = false;
    const read = this.client.readAll({ direction: FORWARDS, fromPosition, maxCount: requested });
    try {
      for await (const resolved of read) {
        received++;
        const position = positionOf(resolved);
        if (!position || comparePositions(position, after) <= 0) continue;
        lastPosition = position;
        if (resolved.event && matchesFilter(resolved.event, filter)) {
          events.push(toRecordedEvent(resolved.event));
          if (events.length >= maxCount) {
            full = true;
            break;
          }
        }
      }
    } catch (error) {
      throw translateError(error);
    } finally {
      if (full) await read.cancel().catch(() => undefined);
    }
    return { events, lastPosition, isEnd: !full && received < requested };
  }

  subscribeToAll(options: SubscribeOptions): Subscription {
    const subscription = new EventStoreDbSubscription(this.client, options, () => this.subscriptions.delete(subscription));
    this.subscriptions.add(subscription);
    return subscription;
  }

  /**
   * Reads $all backwards from its end, at most READ_ALL_SCAN_WINDOW events (filtered here, as readAll):
   * the first that matches is the head. When none of them match, the oldest looked at stands in: the
   * server's checkpoints carry a filtered follower past non-matching events every batch, so a follower that
   * is caught up is past it, and one that is not is reported behind.
   */
  async headPosition(filter: LogFilter | undefined): Promise<Position> {
    let oldest: Position | undefined;
    const read = this.client.readAll({ direction: BACKWARDS, fromPosition: END, maxCount: READ_ALL_SCAN_WINDOW });
    try {
      for await (const resolved of read) {
        const position = positionOf(resolved);
        if (!position) continue;
        if (resolved.event && matchesFilter(resolved.event, filter)) return position;
        oldest = position;
      }
    } catch (error) {
      throw translateError(error);
    } finally {
      await read.cancel().catch(() => undefined);
    }
    return oldest ?? START;
  }

  /** Reads forward (client-side filtered, as readAll) and stops at `cap`. */
  async countEventsAfter(after: Position | undefined, filter: LogFilter | undefined, cap: number): Promise<number> {
    if (cap <= 0) return 0;
    const from = after ?? START;
    let count = 0;
    const read = this.client.readAll({ direction: FORWARDS, fromPosition: toReadPosition(from) });
    try {
      for await (const resolved of read) {
        const position = positionOf(resolved);
        if (!position || comparePositions(position, from) <= 0) continue;
        if (resolved.event && matchesFilter(resolved.event, filter) && ++count >= cap) break;
      }
    } catch (error) {
      throw translateError(error);
    } finally {
      await read.cancel().catch(() => undefined);
    }
    return count;
  }

  async close(): Promise<void> {
    await Promise.all([...this.subscriptions].map((subscription) => subscription.unsubscribe()));
    await this.client.dispose();
  }

  /** The first of the streams read that is no longer at the revision read, as the error its append fails with. */
  private async firstMoved(streams: readonly StreamRevision[]): Promise<WrongExpectedVersionError | undefined> {
    const last = await Promise.all(streams.map((s) => this.lastEventOf(s.streamName)));
    const index = streams.findIndex((s, i) => (last[i]?.revision ?? -1) !== s.revision);
    if (index === -1) return undefined;
    const { streamName, revision } = streams[index];
    return new WrongExpectedVersionError(streamName, revision === -1 ? 'no_stream' : revision, last[index]?.revision ?? -1);
  }

  /** Whether these events are in the stream already, where an exact or no_stream expectation put them. */
  private async isStored(streamName: string, events: readonly EventToAppend[], expected: ExpectedRevision): Promise<boolean> {
    if (typeof expected !== 'number' && expected !== 'no_stream') return false;
    const stored = await this.readStream(streamName, {
      fromRevision: expected === 'no_stream' ? 0 : expected + 1,
      maxCount: events.length,
    });
    return stored.length === events.length && stored.every((e, i) => e.eventId === events[i].eventId);
  }

  private async lastEventOf(streamName: string): Promise<RecordedEvent | undefined> {
    try {
      for await (const resolved of this.client.readStream(streamName, { direction: BACKWARDS, fromRevision: END, maxCount: 1 })) {
        if (resolved.event) return toRecordedEvent(resolved.event);
      }
    } catch (error) {
      if (error instanceof StreamNotFoundError) return undefined;
      throw translateError(error);
    }
    return undefined;
  }
}

function positionOf(resolved: AllStreamResolvedEvent): Position | undefined {
  const position = resolved.event?.position ?? resolved.link?.position;
  return position ? fromEsdbPosition(position) : undefined;
}

/**
 * Adapts the client's catch-up subscription (a Node stream, plus a checkpoint callback and a caughtUp
 * event) to one ordered AsyncIterable. The callback and the event fire while events before them may
 * still sit in the stream's buffer, so each is queued behind exactly that many events: a consumer
 * that saves a checkpoint has always received every event before it.
 */
class EventStoreDbSubscription implements Subscription {
  private readonly source: AllStreamSubscription;
  private readonly queue: SubscriptionMessage[] = [];
  private readonly pending: { afterEvents: number; message: () => SubscriptionMessage | undefined }[] = [];
  private readonly highWaterMark: number;
  private received = 0;
  private lastPosition: Position;
  /** Boxed, so that "no failure yet" cannot be mistaken for a thrown value. */
  private failure: { error: unknown } | undefined;
  private ended = false;
  private stopped = false;
  private wake: (() => void) | undefined;

  constructor(
    client: EventStoreDBClient,
    private readonly options: SubscribeOptions,
    private readonly onStop: () => void,
  ) {
    const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
    this.highWaterMark = batchSize * 2;
    this.lastPosition = options.after ?? START;
    // The server sends a checkpoint each time it has looked at maxSearchWindow x checkpointInterval events.
    const filterOptions = {
      maxSearchWindow: batchSize,
      checkpointInterval: 1,
      checkpointReached: (_: unknown, position: EsdbPosition) => this.onCheckpoint(fromEsdbPosition(position)),
    };
    const filter = hasCategories(options.filter)
      ? streamNameFilter({ prefixes: categoryPrefixes(options.filter.categories), ...filterOptions })
      : excludeSystemEvents(filterOptions);
    this.source = client.subscribeToAll({ fromPosition: toReadPosition(options.after), filter }, { highWaterMark: batchSize });
    this.source.on('data', (resolved: AllStreamResolvedEvent) => this.onEvent(resolved));
    // Sent by servers from 23.10 on; older servers never send it, so no caught-up message is emitted there.
    this.source.on('caughtUp', () => this.enqueueAfterBuffered(() => ({ kind: 'caught-up', position: this.lastPosition })));
    this.source.on('error', (error: Error) => {
      this.failure = { error: translateError(error) };
      this.notify();
    });
    this.source.on('end', () => {
      this.ended = true;
      this.notify();
    });
  }

  async unsubscribe(): Promise<void> {
    if (this.stopped) return;
    this.stopped = true;
    this.onStop();
    this.notify();
    await this.source.unsubscribe().catch(() => undefined);
    this.source.destroy();
  }

  async *[Symbol.asyncIterator](): AsyncIterator<SubscriptionMessage> {
    try {
      for (;;) {
        if (this.stopped) return;
        const message = this.queue.shift();
        if (message) {
          if (this.source.isPaused() && this.queue.length < this.highWaterMark / 2) this.source.resume();
          yield message;
          continue;
        }
        if (this.failure) throw this.failure.error;
        if (this.ended) return;
        await new Promise<void>((resolve) => (this.wake = resolve));
      }
    } finally {
      await this.unsubscribe();
    }
  }

  private onEvent(resolved: AllStreamResolvedEvent): void {
    this.received++;
    const event = resolved.event;
    // Subscribing from a position starts after it; the check guards against a server that includes it.
    if (event && !this.isAtOrBeforeAfter(event.position) && matchesFilter(event, this.options.filter)) {
      const recorded = toRecordedEvent(event);
      this.queue.push({ kind: 'event', event: recorded });
      this.lastPosition = recorded.position;
    }
    this.flushPending();
    if (this.queue.length >= this.highWaterMark) this.source.pause();
    this.notify();
  }

  private onCheckpoint(position: Position): void {
    this.enqueueAfterBuffered(() => {
      // A checkpoint at or behind what was already delivered tells the consumer nothing new.
      if (comparePositions(position, this.lastPosition) <= 0) return undefined;
      this.lastPosition = position;
      return { kind: 'checkpoint', position };
    });
  }

  /** Queues a message behind the events the source has already produced but not yet handed to us. */
  private enqueueAfterBuffered(message: () => SubscriptionMessage | undefined): void {
    this.pending.push({ afterEvents: this.received + this.source.readableLength, message });
    this.flushPending();
    this.notify();
  }

  private flushPending(): void {
    while (this.pending.length && this.pending[0].afterEvents <= this.received) {
      const message = this.pending.shift()!.message();
      if (message) this.queue.push(message);
    }
  }

  private isAtOrBeforeAfter(position: EsdbPosition): boolean {
    return this.options.after !== undefined && comparePositions(fromEsdbPosition(position), this.options.after) <= 0;
  }

  private notify(): void {
    const wake = this.wake;
    this.wake = undefined;
    wake?.();
  }
}
