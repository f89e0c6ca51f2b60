/**
 * Pure conversions between the port's types and @eventstore/db-client 6.x, kept apart from the adapter
 * so that they can be tested without a server.
 */
import {
  ANY,
  CancelledError,
  DeadlineExceededError,
  NO_STREAM,
  NotLeaderError,
  START as ESDB_START,
  STREAM_EXISTS,
  TimeoutError,
  UnavailableError,
  WrongExpectedVersionError as EsdbWrongExpectedVersionError,
  jsonEvent,
  type AppendExpectedRevision,
  type CurrentRevision,
  type EventData,
  type JSONType,
  type Position as EsdbPosition,
  type ReadPosition,
  type RecordedEvent as EsdbRecordedEvent,
} from '@eventstore/db-client';
import { EventStoreUnavailableError, WrongExpectedVersionError } from '../errors.js';
import type { EventMetadata, EventToAppend, ExpectedRevision, LogFilter, RecordedEvent } from '../event-store.port.js';
import type { Position } from '../position.js';
import { matchesLogFilter } from '../log-filter.js';

export function toEsdbExpectedRevision(expected: ExpectedRevision): AppendExpectedRevision {
  switch (expected) {
    case 'no_stream':
      return NO_STREAM;
    case 'stream_exists':
      return STREAM_EXISTS;
    case 'any':
      return ANY;
    default:
      if (!Number.isSafeInteger(expected) || expected < 0) throw new Error(`invalid expected revision: ${expected}`);
      return BigInt(expected);
  }
}

/** ESDB has no column for the schema version, so it travels in the event's metadata. */
export function toEventData(event: EventToAppend): EventData {
  return jsonEvent({
    id: event.eventId,
    type: event.type,
    data: event.data as JSONType,
    metadata: { ...event.metadata, schemaVersion: event.schemaVersion },
  });
}

/** ESDB does not reject repeated ids inside one append; the PostgreSQL adapter does, so refuse them here. */
export function assertDistinctEventIds(events: readonly EventToAppend[]): void {
  const seen = new Set<string>();
  for (const { eventId } of events) {
    if (seen.has(eventId)) throw new Error(`event id ${eventId} appears twice in one append`);
    seen.add(eventId);
  }
}

export function fromEsdbPosition(position: EsdbPosition): Position {
  return { commit: position.commit, prepare: position.prepare };
}

/**
 * Our START is (-1, -1), which on the wire is ESDB's *end* of $all (unsigned -1), so it must be sent as
 * the START constant, never as a position.
 */
export function toReadPosition(position: Position | undefined): ReadPosition {
  if (!position || position.commit < 0n || position.prepare < 0n) return ESDB_START;
  return { commit: position.commit, prepare: position.prepare };
}

/**
 * Stream reads on servers before 22.6 carry no position; 0/0 then stands in (as the client would send).
 * Events from $all always have one.
 */
export function toRecordedEvent(event: EsdbRecordedEvent): RecordedEvent {
  const { schemaVersion, ...metadata } = metadataObject(event.metadata);
  return {
    streamName: event.streamId,
    revision: Number(event.revision),
    position: event.position ? fromEsdbPosition(event.position) : { commit: 0n, prepare: 0n },
    eventId: event.id,
    type: event.type,
    // Written by something other than this adapter: treat as the first version.
    schemaVersion: typeof schemaVersion === 'number' ? schemaVersion : 1,
    data: event.data,
    metadata: metadata as unknown as EventMetadata,
    recordedAt: event.created,
  };
}

function metadataObject(metadata: unknown): Record<string, unknown> {
  if (typeof metadata === 'object' && metadata !== null && !Array.isArray(metadata) && !(metadata instanceof Uint8Array)) {
    return metadata as Record<string, unknown>;
  }
  return {};
}

/** System events (`$metadata`, `$>` links, `$statsCollected`...) are never ours; excludeSystemEvents() matches the same. */
export function isSystemEvent(type: string): boolean {
  return type.startsWith('$');
}

/** `marac_case` selects streams `marac_case-<id>`; the dash keeps `marac_case_x` out. */
export function categoryPrefixes(categories: readonly string[]): string[] {
  return categories.map((category) => `${category}-`);
}

export function hasCategories(filter: LogFilter | undefined): filter is { categories: readonly string[] } {
  return (filter?.categories?.length ?? 0) > 0;
}

/** The client-side equivalent of the server filter the subscription uses. */
export function matchesFilter(event: Pick<EsdbRecordedEvent, 'streamId' | 'type'>, filter: LogFilter | undefined): boolean {
  return !isSystemEvent(event.type) && matchesLogFilter(event.streamId, filter);
}

export function actualRevision(current: CurrentRevision): number {
  return current === NO_STREAM ? -1 : Number(current);
}

/** A failed append: the client's concurrency error becomes ours, anything else goes through translateError. */
export function translateAppendError(error: unknown, streamName: string, expected: ExpectedRevision): unknown {
  if (error instanceof EsdbWrongExpectedVersionError) {
    return new WrongExpectedVersionError(streamName, expected, actualRevision(error.actualVersion));
  }
  return translateError(error);
}

// gRPC status codes that mean "could not get an answer", not "the answer is no".
const GRPC_CANCELLED = 1;
const GRPC_DEADLINE_EXCEEDED = 4;
const GRPC_ABORTED = 10;
const GRPC_UNAVAILABLE = 14;
const OUTAGE_GRPC_CODES = new Set([GRPC_CANCELLED, GRPC_DEADLINE_EXCEEDED, GRPC_ABORTED, GRPC_UNAVAILABLE]);
const NODE_CONNECTION_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EHOSTUNREACH', 'EAI_AGAIN']);

/**
 * Outages become EventStoreUnavailableError (a 503); everything else is returned unchanged. A server
 * "timeout" on a write leaves its outcome unknown, which is an outage too: retrying with the same event
 * ids is safe.
 */
export function translateError(error: unknown): unknown {
  if (error instanceof EventStoreUnavailableError) return error;
  if (isOutage(error)) {
    const detail = error instanceof Error && error.message ? `: ${error.message}` : '';
    return new EventStoreUnavailableError(`EventStoreDB is unavailable${detail}`, { cause: error });
  }
  return error;
}

function isOutage(error: unknown): boolean {
  if (
    error instanceof UnavailableError ||
    error instanceof DeadlineExceededError ||
    error instanceof TimeoutError ||
    error instanceof CancelledError ||
    error instanceof NotLeaderError
  ) {
    return true;
  }
  if (typeof error !== 'object' || error === null) return false;
  const { code, message } = error as { code?: unknown; message?: unknown };
  // Some calls (the server-capabilities probe before an append) reject with the raw gRPC error.
  if (typeof code === 'number' && OUTAGE_GRPC_CODES.has(code)) return true;
  if (typeof code === 'string' && NODE_CONNECTION_CODES.has(code)) return true;
  // Thrown as a plain Error by cluster discovery.
  if (typeof message === 'string' && message.startsWith('Failed to discover after')) return true;
  return false;
}
