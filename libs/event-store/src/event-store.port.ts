/**
 * The event-store port: EventStoreDB's semantics, implemented by the PostgreSQL adapter (default)
 * and the EventStoreDB adapter. Everything above this file depends only on these types.
 */
import type { Position } from './position.js';

/** What the writer expects the stream to look like at write time (checked inside the append). */
export type ExpectedRevision = 'no_stream' | 'stream_exists' | 'any' | number;

/** A stream as a writer read it: the revision of its last event, -1 when it did not exist. */
export interface StreamRevision {
  streamName: string;
  revision: number;
}

export interface AppendOptions {
  expectedRevision: ExpectedRevision;
  /**
   * Other streams the writer read and decided on: the events are appended only if each is still at the
   * revision read (a stream read at -1 still absent), checked at write time as the expectation is. A
   * stream that moved fails the append with the same WrongExpectedVersionError, naming that stream.
   */
  unchangedStreams?: readonly StreamRevision[];
}

export interface EventMetadata {
  eventId: string;
  commandId: string;
  correlationId: string;
  causationId: string;
  /** The user (subject of the token) on whose behalf the event was written. */
  actor: string;
  /** When the fact happened according to the command (ISO 8601), not when it was stored. */
  occurredAt: string;
  /** Data-ownership unit; lets projections and erasure scope by partnership without reading the data. */
  partnershipId?: string;
}

/** An event about to be appended. `eventId` must be stable across retries of one command. */
export interface EventToAppend<Data = unknown> {
  eventId: string;
  type: string;
  schemaVersion: number;
  data: Data;
  metadata: EventMetadata;
}

export interface RecordedEvent<Data = unknown> {
  streamName: string;
  /** 0-based position of the event inside its stream. */
  revision: number;
  /** Position in the global log ($all). */
  position: Position;
  eventId: string;
  type: string;
  schemaVersion: number;
  data: Data;
  metadata: EventMetadata;
  recordedAt: Date;
}

/** A stored event as a command folds it: no log position, time or metadata beyond the command's id. */
export interface FoldableEvent<Data = unknown> {
  /** 0-based position of the event inside its stream. */
  revision: number;
  type: string;
  schemaVersion: number;
  data: Data;
  /** The command that appended it (its metadata's `commandId`): how a retried command is recognised. */
  commandId: string;
}

export interface AppendResult {
  /** Revision of the last event now in the stream: the next append's expected revision. */
  nextExpectedRevision: number;
  position: Position;
}

export interface ReadStreamOptions {
  fromRevision?: number;
  maxCount?: number;
}

/** Server-side filter for the global log. An empty filter keeps every non-system event. */
export interface LogFilter {
  /** Stream categories (`marac_case` for `marac_case-<id>`). */
  categories?: readonly string[];
}

export interface ReadAllOptions {
  /** Exclusive: events strictly after this position. */
  after?: Position;
  maxCount: number;
  filter?: LogFilter;
}

export interface ReadAllResult {
  events: RecordedEvent[];
  /** How far the read looked; a filtered read may advance past events it did not return. */
  lastPosition: Position;
  /** True when nothing that can be read yet lies after `lastPosition`. */
  isEnd: boolean;
}

export type SubscriptionMessage =
  | { kind: 'event'; event: RecordedEvent }
  /** The subscription has looked at everything up to `position` (a filtered stream may return nothing). */
  | { kind: 'checkpoint'; position: Position }
  /** Everything readable so far has been delivered; live events follow. */
  | { kind: 'caught-up'; position: Position };

export interface SubscribeOptions {
  after?: Position;
  filter?: LogFilter;
  /** Largest number of events read at once; also how often checkpoints are emitted. */
  batchSize?: number;
}

export interface Subscription extends AsyncIterable<SubscriptionMessage> {
  unsubscribe(): Promise<void>;
}

export interface EventStore {
  appendToStream(streamName: string, events: readonly EventToAppend[], options: AppendOptions): Promise<AppendResult>;
  /** The stream's events in order; an empty array when the stream does not exist. */
  readStream(streamName: string, options?: ReadStreamOptions): Promise<RecordedEvent[]>;
  /** Several streams' events (each in order; [] for a stream that does not exist), in one round trip where the store allows. */
  readStreams(streamNames: readonly string[]): Promise<Map<string, RecordedEvent[]>>;
  /**
   * As `readStreams`, with only what a command folds and decides on (a lighter read, for the write path: the
   * rows carry no position, time or metadata to parse).
   */
  readStreamsToFold(streamNames: readonly string[]): Promise<Map<string, FoldableEvent[]>>;
  readAll(options: ReadAllOptions): Promise<ReadAllResult>;
  /** A catch-up subscription to the global log: history first, then live events. */
  subscribeToAll(options: SubscribeOptions): Subscription;
  /**
   * The position of the newest event a reader with this filter would be given (START when none): a
   * follower whose checkpoint is at or past it has nothing left to read. Cheap at any log size (an index
   * lookup; a short backwards read on EventStoreDB), so readiness probes can call it.
   */
  headPosition(filter: LogFilter | undefined): Promise<Position>;
  /** How many events matching the filter lie after `after`, counting at most `cap` (reads them: not for probes). */
  countEventsAfter(after: Position | undefined, filter: LogFilter | undefined, cap: number): Promise<number>;
  close(): Promise<void>;
}

/** Nest injection token for the configured adapter. */
export const EVENT_STORE = Symbol('EVENT_STORE');
