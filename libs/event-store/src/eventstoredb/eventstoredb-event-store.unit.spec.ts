import { Transform, type TransformCallback, type TransformOptions } from 'node:stream';
import {
  AccessDeniedError,
  DeadlineExceededError,
  EventStoreDBClient,
  StreamDeletedError,
  StreamNotFoundError,
  UnavailableError,
  WrongExpectedVersionError as EsdbWrongExpectedVersionError,
  type AllStreamResolvedEvent,
  type Filter,
  type Position as EsdbPosition,
  type RecordedEvent as EsdbRecordedEvent,
  type SubscribeToAllOptions,
} from '@eventstore/db-client';
import { EventStoreUnavailableError, WrongExpectedVersionError } from '../errors.js';
import type { EventToAppend, SubscriptionMessage } from '../event-store.port.js';
import { START } from '../position.js';
import { EventStoreDbEventStore } from './eventstoredb-event-store.js';
import {
  assertDistinctEventIds,
  matchesFilter,
  toEsdbExpectedRevision,
  toEventData,
  toReadPosition,
  toRecordedEvent,
  translateAppendError,
  translateError,
} from './eventstoredb-mapping.js';

const metadata = {
  eventId: '9b2f7c1e-1d4a-4c55-8a3e-0c6d5b8f2a10',
  commandId: 'c0mmand',
  correlationId: 'corr',
  causationId: 'cause',
  actor: 'user-1',
  occurredAt: '2026-03-01T10:00:00.000Z',
  partnershipId: 'p-1',
};

const toAppend: EventToAppend = {
  eventId: '9b2f7c1e-1d4a-4c55-8a3e-0c6d5b8f2a10',
  type: 'ReferralReceived',
  schemaVersion: 3,
  data: { caseId: 'c-1', risk: 'high' },
  metadata,
};

/** What the client hands back for an event, shaped as convertGrpcRecord builds it. */
function recorded(overrides: Partial<Record<keyof EsdbRecordedEvent, unknown>> = {}): EsdbRecordedEvent {
  return {
    streamId: 'marac_case-1',
    id: toAppend.eventId,
    isJson: true,
    revision: 4n,
    type: 'ReferralReceived',
    created: new Date('2026-03-01T10:00:01.000Z'),
    data: { caseId: 'c-1', risk: 'high' },
    metadata: { ...metadata, schemaVersion: 3 },
    position: { commit: 1234n, prepare: 1200n },
    ...overrides,
  } as EsdbRecordedEvent;
}

describe('EventStoreDB mapping', () => {
  describe('expected revision', () => {
    it.each([
      ['no_stream', 'no_stream'],
      ['stream_exists', 'stream_exists'],
      ['any', 'any'],
    ] as const)('maps %s to the client constant %s', (ours, theirs) => {
      expect(toEsdbExpectedRevision(ours)).toBe(theirs);
    });

    it('maps an exact revision to a bigint', () => {
      expect(toEsdbExpectedRevision(0)).toBe(0n);
      expect(toEsdbExpectedRevision(41)).toBe(41n);
    });

    it('refuses revisions that are not non-negative integers', () => {
      expect(() => toEsdbExpectedRevision(-1)).toThrow('invalid expected revision');
      expect(() => toEsdbExpectedRevision(1.5)).toThrow('invalid expected revision');
    });
  });

  describe('events', () => {
    it('writes a JSON event with our id and type, and the schema version inside the metadata', () => {
      expect(toEventData(toAppend)).toEqual({
        id: toAppend.eventId,
        contentType: 'application/json',
        type: 'ReferralReceived',
        data: { caseId: 'c-1', risk: 'high' },
        metadata: { ...metadata, schemaVersion: 3 },
      });
    });

    it('reads the schema version back out of the metadata and leaves the rest of the metadata as written', () => {
      const event = toRecordedEvent(recorded());
      expect(event).toEqual({
        streamName: 'marac_case-1',
        revision: 4,
        position: { commit: 1234n, prepare: 1200n },
        eventId: toAppend.eventId,
        type: 'ReferralReceived',
        schemaVersion: 3,
        data: { caseId: 'c-1', risk: 'high' },
        metadata,
        recordedAt: new Date('2026-03-01T10:00:01.000Z'),
      });
      expect(event.metadata).not.toHaveProperty('schemaVersion');
    });

    it('round-trips an appended event through what the server stores', () => {
      const written = toEventData(toAppend);
      const read = toRecordedEvent(recorded({ id: written.id, type: written.type, data: written.data, metadata: written.metadata }));
      expect({ ...read, streamName: undefined, revision: undefined, position: undefined, recordedAt: undefined }).toEqual({
        ...toAppend,
        streamName: undefined,
        revision: undefined,
        position: undefined,
        recordedAt: undefined,
      });
    });

    it('treats an event written without a schema version (or with binary metadata) as version 1', () => {
      expect(toRecordedEvent(recorded({ metadata: { actor: 'x' } })).schemaVersion).toBe(1);
      const binary = toRecordedEvent(recorded({ metadata: new Uint8Array([1, 2]) }));
      expect(binary.schemaVersion).toBe(1);
      expect(binary.metadata).toEqual({});
    });

    it('refuses an append that repeats an event id', () => {
      expect(() => assertDistinctEventIds([toAppend, { ...toAppend, data: {} }])).toThrow('appears twice');
      expect(() => assertDistinctEventIds([toAppend, { ...toAppend, eventId: 'other' }])).not.toThrow();
    });
  });

  describe('positions', () => {
    it('sends our START (-1/-1, which ESDB reads as its end) as the START constant', () => {
      expect(toReadPosition(START)).toBe('start');
      expect(toReadPosition(undefined)).toBe('start');
    });

    it('sends any other position as its commit/prepare pair', () => {
      expect(toReadPosition({ commit: 10n, prepare: 9n })).toEqual({ commit: 10n, prepare: 9n });
      expect(toReadPosition({ commit: 0n, prepare: 0n })).toEqual({ commit: 0n, prepare: 0n });
    });
  });

  describe('filters', () => {
    it('keeps the events of the listed categories only, and never system events', () => {
      const filter = { categories: ['marac_case'] };
      expect(matchesFilter({ streamId: 'marac_case-1', type: 'ReferralReceived' }, filter)).toBe(true);
      expect(matchesFilter({ streamId: 'marac_case_other-1', type: 'ReferralReceived' }, filter)).toBe(false);
      expect(matchesFilter({ streamId: 'asb_case-1', type: 'ReferralReceived' }, filter)).toBe(false);
      expect(matchesFilter({ streamId: 'marac_case-1', type: '$metadata' }, filter)).toBe(false);
      expect(matchesFilter({ streamId: 'asb_case-1', type: 'ReferralReceived' }, undefined)).toBe(true);
      expect(matchesFilter({ streamId: '$stats-127.0.0.1:2113', type: '$statsCollected' }, {})).toBe(false);
    });
  });

  describe('errors', () => {
    it("turns the client's wrong-expected-version error into ours, with the revision the stream is at", () => {
      const error = new EsdbWrongExpectedVersionError(undefined, { streamName: 'marac_case-1', expected: 0n, current: 2n });
      const translated = translateAppendError(error, 'marac_case-1', 0);
      expect(translated).toBeInstanceOf(WrongExpectedVersionError);
      expect(translated).toMatchObject({ streamName: 'marac_case-1', expected: 0, actual: 2 });
    });

    it('reports a missing stream as revision -1', () => {
      const error = new EsdbWrongExpectedVersionError(undefined, {
        streamName: 'marac_case-1',
        expected: 'stream_exists',
        current: 'no_stream',
      });
      expect(translateAppendError(error, 'marac_case-1', 'stream_exists')).toMatchObject({ expected: 'stream_exists', actual: -1 });
    });

    it.each([
      ['the unavailable error', new UnavailableError()],
      ['a deadline', new DeadlineExceededError()],
      [
        'a raw gRPC UNAVAILABLE (the capabilities probe before an append)',
        Object.assign(new Error('14 UNAVAILABLE: No connection established'), { code: 14 }),
      ],
      ['a failed cluster discovery', new Error('Failed to discover after 10 attempts.')],
      ['a refused connection', Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' })],
    ])('reports %s as an outage, never as a conflict', (_, error) => {
      for (const translated of [translateError(error), translateAppendError(error, 'marac_case-1', 0)]) {
        expect(translated).toBeInstanceOf(EventStoreUnavailableError);
        expect((translated as Error).cause).toBe(error);
      }
    });

    it('passes on errors that are neither a conflict nor an outage', () => {
      const deleted = StreamDeletedError.fromStreamName('marac_case-1');
      const denied = new AccessDeniedError();
      const bug = new TypeError('boom');
      expect(translateError(deleted)).toBe(deleted);
      expect(translateError(denied)).toBe(denied);
      expect(translateError(bug)).toBe(bug);
      expect(translateAppendError(bug, 'marac_case-1', 0)).toBe(bug);
    });
  });
});

/** Behaves as the client's Subscription does: a Transform whose checkpoint callback is awaited mid-stream. */
type FakeMessage = { event?: AllStreamResolvedEvent; checkpoint?: EsdbPosition; caughtUp?: true };

class FakeSubscription extends Transform {
  constructor(
    options: TransformOptions,
    private readonly checkpointReached: Filter['checkpointReached'],
  ) {
    super({ ...options, objectMode: true });
  }

  override _transform(message: FakeMessage, _encoding: string, next: TransformCallback): void {
    if (message.caughtUp) this.emit('caughtUp');
    const pass = () => (message.event ? next(null, message.event) : next());
    // A checkpoint is passed on once the callback has settled; its failure fails the stream.
    if (message.checkpoint && this.checkpointReached)
      void Promise.resolve(this.checkpointReached(this, message.checkpoint)).then(pass, next);
    else pass();
  }

  async unsubscribe(): Promise<void> {
    this.end();
  }
}

function fakeClient(overrides: Partial<Record<'appendToStream' | 'readStream' | 'readAll', unknown>> = {}) {
  const subscriptions: { options: SubscribeToAllOptions; source: FakeSubscription }[] = [];
  const client = {
    subscribeToAll(options: SubscribeToAllOptions, readableOptions: TransformOptions) {
      const source = new FakeSubscription(readableOptions, options.filter?.checkpointReached);
      subscriptions.push({ options, source });
      return source;
    },
    dispose: async () => undefined,
    ...overrides,
  };
  return { client: client as unknown as EventStoreDBClient, subscriptions };
}

const at = (n: number): EsdbPosition => ({ commit: BigInt(n * 100), prepare: BigInt(n * 100) });
const resolved = (streamId: string, n: number, type = 'Counted'): AllStreamResolvedEvent => ({
  event: recorded({ streamId, type, data: { n }, position: at(n), revision: BigInt(n) }) as AllStreamResolvedEvent['event'],
});

async function take(iterator: AsyncIterator<SubscriptionMessage>, until: (m: SubscriptionMessage) => boolean) {
  const seen: SubscriptionMessage[] = [];
  for (;;) {
    const { value, done } = await iterator.next();
    if (done) return seen;
    seen.push(value);
    if (until(value)) return seen;
    await new Promise((resolve) => setImmediate(resolve)); // a slow consumer, so the source backs up
  }
}

describe('EventStoreDbEventStore over a fake client', () => {
  it('subscribes with a server-side category filter from the given position', () => {
    const { client, subscriptions } = fakeClient();
    new EventStoreDbEventStore(client).subscribeToAll({
      after: { commit: 500n, prepare: 400n },
      filter: { categories: ['case'] },
      batchSize: 50,
    });
    const { options } = subscriptions[0];
    expect(options.fromPosition).toEqual({ commit: 500n, prepare: 400n });
    expect(options.filter).toMatchObject({ filterOn: 'streamName', prefixes: ['case-'], maxSearchWindow: 50, checkpointInterval: 1 });
  });

  it('excludes system events on the server when no category is given', () => {
    const { client, subscriptions } = fakeClient();
    new EventStoreDbEventStore(client).subscribeToAll({});
    expect(subscriptions[0].options.fromPosition).toBe('start');
    expect(subscriptions[0].options.filter).toMatchObject({ filterOn: 'eventType', regex: '^[^$].*' });
  });

  it('delivers every event before a checkpoint or caught-up that follows it, even when the source has backed up', async () => {
    const { client, subscriptions } = fakeClient();
    const subscription = new EventStoreDbEventStore(client).subscribeToAll({
      after: at(1),
      filter: { categories: ['case'] },
      batchSize: 4,
    });
    const { source } = subscriptions[0];
    const messages: FakeMessage[] = [{ event: resolved('case-a', 1) }]; // the `after` event itself
    for (let n = 2; n <= 14; n++) messages.push({ event: resolved(n === 7 ? 'other-a' : 'case-a', n) });
    messages.push({ event: resolved('case-a', 15, '$metadata') }, { checkpoint: at(20) }, { caughtUp: true });
    for (const message of messages) source.write(message);

    const seen = await take(subscription[Symbol.asyncIterator](), (m) => m.kind === 'caught-up');
    const expectedEvents = [2, 3, 4, 5, 6, 8, 9, 10, 11, 12, 13, 14];
    expect(seen.map((m) => (m.kind === 'event' ? (m.event.data as { n: number }).n : m.kind))).toEqual([
      ...expectedEvents,
      'checkpoint',
      'caught-up',
    ]);
    expect(seen.at(-2)).toEqual({ kind: 'checkpoint', position: { commit: 2000n, prepare: 2000n } });
    expect(seen.at(-1)).toEqual({ kind: 'caught-up', position: { commit: 2000n, prepare: 2000n } });
    await subscription.unsubscribe();
  });

  it('ends the iteration on unsubscribe', async () => {
    const { client } = fakeClient();
    const subscription = new EventStoreDbEventStore(client).subscribeToAll({});
    const iterator = subscription[Symbol.asyncIterator]();
    const next = iterator.next();
    await subscription.unsubscribe();
    await expect(next).resolves.toEqual({ done: true, value: undefined });
  });

  it('fails the iteration with an outage when the subscription drops', async () => {
    const { client, subscriptions } = fakeClient();
    const subscription = new EventStoreDbEventStore(client).subscribeToAll({});
    const next = subscription[Symbol.asyncIterator]().next();
    subscriptions[0].source.destroy(new UnavailableError());
    await expect(next).rejects.toBeInstanceOf(EventStoreUnavailableError);
  });

  it('appends JSON events at the mapped revision and answers with the next revision and position', async () => {
    const calls: unknown[][] = [];
    const appendToStream = async (...args: unknown[]) => {
      calls.push(args);
      return { success: true, nextExpectedRevision: 5n, position: { commit: 90n, prepare: 80n } };
    };
    const { client } = fakeClient({ appendToStream });
    const result = await new EventStoreDbEventStore(client).appendToStream('marac_case-1', [toAppend], { expectedRevision: 4 });
    expect(result).toEqual({ nextExpectedRevision: 5, position: { commit: 90n, prepare: 80n } });
    expect(calls).toEqual([['marac_case-1', [toEventData(toAppend)], { expectedRevision: 4n }]]);
  });

  it('reports a conflicting append as WrongExpectedVersionError and an unreachable server as an outage', async () => {
    const conflict = new EsdbWrongExpectedVersionError(undefined, { streamName: 'marac_case-1', expected: 'no_stream', current: 0n });
    const down = Object.assign(new Error('14 UNAVAILABLE: No connection established'), { code: 14 });
    const failures: Error[] = [conflict, down];
    const appendToStream = async () => {
      throw failures.shift()!;
    };
    const store = new EventStoreDbEventStore(fakeClient({ appendToStream }).client);
    await expect(store.appendToStream('marac_case-1', [toAppend], { expectedRevision: 'no_stream' })).rejects.toMatchObject({
      name: 'WrongExpectedVersionError',
      expected: 'no_stream',
      actual: 0,
    });
    await expect(store.appendToStream('marac_case-1', [toAppend], { expectedRevision: 'no_stream' })).rejects.toBeInstanceOf(
      EventStoreUnavailableError,
    );
  });

  describe('an append on unchanged streams (checked just before the append: EventStoreDB has no multi-stream transaction)', () => {
    /** A server holding these streams (name -> event ids), read as the client reads them, forwards or backwards. */
    const serverWith = (streams: Record<string, string[]>) => {
      const appended: unknown[][] = [];
      const readStream = (name: string, options: { direction: string; fromRevision: bigint | string; maxCount?: number }) =>
        (async function* () {
          const ids = streams[name];
          if (!ids) throw new StreamNotFoundError(undefined, name);
          const events = ids.map((id, revision) => ({ event: recorded({ streamId: name, id, revision: BigInt(revision) }) }));
          if (options.direction === 'backwards') yield* events.reverse().slice(0, options.maxCount);
          else yield* events.slice(typeof options.fromRevision === 'bigint' ? Number(options.fromRevision) : 0).slice(0, options.maxCount);
        })();
      const appendToStream = async (...args: unknown[]) => {
        appended.push(args);
        return { success: true, nextExpectedRevision: 1n, position: { commit: 90n, prepare: 80n } };
      };
      return { store: new EventStoreDbEventStore(fakeClient({ readStream, appendToStream }).client), appended };
    };

    it('appends when each stream read is at the revision read, an absent one still absent', async () => {
      const { store, appended } = serverWith({ 'sharing-1': ['a', 'b'] });
      await store.appendToStream('marac_case-1', [toAppend], {
        expectedRevision: 0,
        unchangedStreams: [
          { streamName: 'sharing-1', revision: 1 },
          { streamName: 'sharing_defaults-p-1', revision: -1 },
        ],
      });
      expect(appended).toHaveLength(1);
    });

    it('refuses with a wrong expected version naming the stream that moved, and appends nothing', async () => {
      const { store, appended } = serverWith({ 'sharing-1': ['a', 'b'], 'sharing_defaults-p-1': ['c'] });
      await expect(
        store.appendToStream('marac_case-1', [toAppend], {
          expectedRevision: 0,
          unchangedStreams: [{ streamName: 'sharing-1', revision: 0 }],
        }),
      ).rejects.toMatchObject({ name: 'WrongExpectedVersionError', streamName: 'sharing-1', expected: 0, actual: 1 });
      await expect(
        store.appendToStream('marac_case-1', [toAppend], {
          expectedRevision: 0,
          unchangedStreams: [{ streamName: 'sharing_defaults-p-1', revision: -1 }],
        }),
      ).rejects.toMatchObject({ streamName: 'sharing_defaults-p-1', expected: 'no_stream', actual: 0 });
      expect(appended).toEqual([]);
    });

    it('lets a repeat of an append already made through, for the server to acknowledge as the first', async () => {
      const { store, appended } = serverWith({ 'sharing-1': ['a', 'b'], 'marac_case-1': ['x', toAppend.eventId] });
      await store.appendToStream('marac_case-1', [toAppend], {
        expectedRevision: 0,
        unchangedStreams: [{ streamName: 'sharing-1', revision: 0 }],
      });
      expect(appended).toHaveLength(1);
    });
  });

  it('reads a stream the server does not know as empty', async () => {
    const readStream = () =>
      // eslint-disable-next-line require-yield -- the fake stream fails before its first event, as the server's does
      (async function* () {
        throw new StreamNotFoundError(undefined, 'marac_case-1');
      })();
    const store = new EventStoreDbEventStore(fakeClient({ readStream }).client);
    await expect(store.readStream('marac_case-1')).resolves.toEqual([]);
  });

  it('finds the head of a filtered log in one bounded backwards read of $all, skipping system and other events', async () => {
    const reads: Record<string, unknown>[] = [];
    const newestFirst = [resolved('$stats-1', 9, '$statsCollected'), resolved('other-1', 8), resolved('case-2', 7), resolved('case-1', 6)];
    const readAll = (options: Record<string, unknown>) => {
      reads.push(options);
      return Object.assign(
        (async function* () {
          yield* newestFirst;
        })(),
        { cancel: async () => undefined },
      );
    };
    const store = new EventStoreDbEventStore(fakeClient({ readAll }).client);
    expect(await store.headPosition({ categories: ['case'] })).toEqual(at(7));
    expect(await store.headPosition(undefined)).toEqual(at(8));
    // None of the newest events match: the oldest looked at stands in (a follower past it has nothing to read).
    expect(await store.headPosition({ categories: ['iom'] })).toEqual(at(6));
    expect(reads[0]).toMatchObject({ direction: 'backwards', maxCount: 1000 });
  });
});
