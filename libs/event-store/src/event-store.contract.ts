import { randomUUID } from 'node:crypto';
import type { EventStore, EventToAppend, RecordedEvent } from './event-store.port.js';
import { WrongExpectedVersionError } from './errors.js';
import { comparePositions } from './position.js';
import { streamName } from './stream-name.js';

/**
 * The behaviour every event-store adapter must have (EventStoreDB's semantics). Run by
 * postgres-event-store.int.spec.ts always and by eventstoredb-event-store.int.spec.ts against a server.
 */
export function eventStoreContract(open: () => Promise<{ store: EventStore; dispose: () => Promise<void> }>): void {
  let store: EventStore;
  let dispose: () => Promise<void>;
  // Categories are unique per test so that tests sharing one EventStoreDB server do not see each other.
  let category: string;

  beforeAll(async () => {
    ({ store, dispose } = await open());
  });
  afterAll(async () => {
    await dispose();
  });
  beforeEach(() => {
    category = `contract_${randomUUID().slice(0, 8)}`;
  });

  const stream = () => streamName(category, randomUUID());
  const event = (n: number, type = 'Counted'): EventToAppend => ({
    eventId: randomUUID(),
    type,
    schemaVersion: 1,
    data: { n },
    metadata: {
      eventId: '',
      commandId: randomUUID(),
      correlationId: randomUUID(),
      causationId: randomUUID(),
      actor: 'contract-test',
      occurredAt: '2026-01-01T00:00:00.000Z',
    },
  });

  it('appends to a new stream and reads the events back in order with revisions from 0', async () => {
    const name = stream();
    const result = await store.appendToStream(name, [event(1), event(2), event(3)], { expectedRevision: 'no_stream' });
    expect(result.nextExpectedRevision).toBe(2);
    const events = await store.readStream(name);
    expect(events.map((e) => [e.revision, (e.data as { n: number }).n, e.type, e.schemaVersion])).toEqual([
      [0, 1, 'Counted', 1],
      [1, 2, 'Counted', 1],
      [2, 3, 'Counted', 1],
    ]);
    expect(events[0].metadata.actor).toBe('contract-test');
    expect(events[0].streamName).toBe(name);
  });

  it('reads an unknown stream as empty', async () => {
    expect(await store.readStream(stream())).toEqual([]);
  });

  it('reads a stream from a revision with a maximum count', async () => {
    const name = stream();
    await store.appendToStream(name, [event(1), event(2), event(3), event(4)], { expectedRevision: 'no_stream' });
    const events = await store.readStream(name, { fromRevision: 1, maxCount: 2 });
    expect(events.map((e) => e.revision)).toEqual([1, 2]);
  });

  it('reads several streams at once, each in order, an unknown one as empty', async () => {
    const [first, second, unknown] = [stream(), stream(), stream()];
    await store.appendToStream(first, [event(1), event(2)], { expectedRevision: 'no_stream' });
    await store.appendToStream(second, [event(3)], { expectedRevision: 'no_stream' });
    const streams = await store.readStreams([second, unknown, first, second]);
    expect([...streams.keys()]).toEqual([second, unknown, first]);
    expect([...streams].map(([name, events]) => [name, events.map((e) => [e.revision, (e.data as { n: number }).n])])).toEqual([
      [second, [[0, 3]]],
      [unknown, []],
      [
        first,
        [
          [0, 1],
          [1, 2],
        ],
      ],
    ]);
    expect(await store.readStreams([])).toEqual(new Map());
  });

  it('reads several streams to fold: what readStream gives, narrowed to what a command decides on', async () => {
    const [first, second, unknown] = [stream(), stream(), stream()];
    await store.appendToStream(first, [event(1), event(2)], { expectedRevision: 'no_stream' });
    await store.appendToStream(second, [event(3)], { expectedRevision: 'no_stream' });
    const folded = await store.readStreamsToFold([second, unknown, first, second]);
    expect([...folded.keys()]).toEqual([second, unknown, first]);
    for (const name of [first, second, unknown]) {
      const full = await store.readStream(name);
      expect(folded.get(name)).toEqual(
        full.map((e) => ({
          revision: e.revision,
          type: e.type,
          schemaVersion: e.schemaVersion,
          data: e.data,
          commandId: e.metadata.commandId,
        })),
      );
    }
    expect(folded.get(first)!.map((e) => (e.data as { n: number }).n)).toEqual([1, 2]);
    expect(await store.readStreamsToFold([])).toEqual(new Map());
  });

  it('enforces an exact expected revision at write time', async () => {
    const name = stream();
    await store.appendToStream(name, [event(1)], { expectedRevision: 'no_stream' });
    const second = await store.appendToStream(name, [event(2)], { expectedRevision: 0 });
    expect(second.nextExpectedRevision).toBe(1);
    await expect(store.appendToStream(name, [event(3)], { expectedRevision: 0 })).rejects.toMatchObject({
      name: 'WrongExpectedVersionError',
      actual: 1,
    });
    await expect(store.appendToStream(name, [event(3)], { expectedRevision: 5 })).rejects.toBeInstanceOf(WrongExpectedVersionError);
    expect(await store.readStream(name)).toHaveLength(2);
  });

  it('refuses no_stream for an existing stream and stream_exists for a missing one', async () => {
    const name = stream();
    await expect(store.appendToStream(name, [event(1)], { expectedRevision: 'stream_exists' })).rejects.toMatchObject({
      actual: -1,
    });
    await store.appendToStream(name, [event(1)], { expectedRevision: 'no_stream' });
    await expect(store.appendToStream(name, [event(2)], { expectedRevision: 'no_stream' })).rejects.toBeInstanceOf(
      WrongExpectedVersionError,
    );
    const exists = await store.appendToStream(name, [event(2)], { expectedRevision: 'stream_exists' });
    expect(exists.nextExpectedRevision).toBe(1);
    const any = await store.appendToStream(name, [event(3)], { expectedRevision: 'any' });
    expect(any.nextExpectedRevision).toBe(2);
  });

  it('lets exactly one of two concurrent appends at the same expected revision succeed', async () => {
    const name = stream();
    await store.appendToStream(name, [event(0)], { expectedRevision: 'no_stream' });
    const outcomes = await Promise.allSettled([
      store.appendToStream(name, [event(1)], { expectedRevision: 0 }),
      store.appendToStream(name, [event(2)], { expectedRevision: 0 }),
    ]);
    expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
    const rejected = outcomes.filter((o): o is PromiseRejectedResult => o.status === 'rejected');
    expect(rejected).toHaveLength(1);
    expect(rejected[0].reason).toBeInstanceOf(WrongExpectedVersionError);
    const revisions = (await store.readStream(name)).map((e) => e.revision);
    expect(revisions).toEqual([0, 1]);
  });

  it('stores an event id once: a retried append is idempotent and answers as the first did', async () => {
    const name = stream();
    const batch = [event(1), event(2)];
    const first = await store.appendToStream(name, batch, { expectedRevision: 'no_stream' });
    const retry = await store.appendToStream(name, batch, { expectedRevision: 'no_stream' });
    expect(retry.nextExpectedRevision).toBe(first.nextExpectedRevision);
    expect(await store.readStream(name)).toHaveLength(2);
  });

  it('appends on condition that the streams the writer read are unchanged, an absent one still absent', async () => {
    const [target, read, absent] = [stream(), stream(), stream()];
    await store.appendToStream(read, [event(1), event(2)], { expectedRevision: 'no_stream' });
    const result = await store.appendToStream(target, [event(3)], {
      expectedRevision: 'no_stream',
      unchangedStreams: [
        { streamName: read, revision: 1 },
        { streamName: absent, revision: -1 },
      ],
    });
    expect(result.nextExpectedRevision).toBe(0);
    expect((await store.readStream(target)).map((e) => (e.data as { n: number }).n)).toEqual([3]);
    expect(await store.readStream(absent)).toEqual([]);
  });

  it('refuses an append whose stream read has moved with a wrong expected version naming that stream, and writes nothing', async () => {
    const [target, read] = [stream(), stream()];
    await store.appendToStream(target, [event(0)], { expectedRevision: 'no_stream' });
    await store.appendToStream(read, [event(1)], { expectedRevision: 'no_stream' });
    await store.appendToStream(read, [event(2)], { expectedRevision: 0 });
    const refusal = store.appendToStream(target, [event(3)], {
      expectedRevision: 0,
      unchangedStreams: [{ streamName: read, revision: 0 }],
    });
    await expect(refusal).rejects.toBeInstanceOf(WrongExpectedVersionError);
    await expect(refusal).rejects.toMatchObject({ streamName: read, expected: 0, actual: 1 });
    expect(await store.readStream(target)).toHaveLength(1);
    // The stream's own expectation still holds, so the same append on the revision now read goes through.
    const retried = await store.appendToStream(target, [event(3)], {
      expectedRevision: 0,
      unchangedStreams: [{ streamName: read, revision: 1 }],
    });
    expect(retried.nextExpectedRevision).toBe(1);
  });

  it('refuses an append on a stream read as absent once it exists', async () => {
    const [target, read] = [stream(), stream()];
    await store.appendToStream(read, [event(1)], { expectedRevision: 'no_stream' });
    await expect(
      store.appendToStream(target, [event(2)], { expectedRevision: 'no_stream', unchangedStreams: [{ streamName: read, revision: -1 }] }),
    ).rejects.toMatchObject({ name: 'WrongExpectedVersionError', streamName: read, expected: 'no_stream', actual: 0 });
    expect(await store.readStream(target)).toEqual([]);
  });

  it('answers a retried append on unchanged streams as the first did, even after a stream read has moved', async () => {
    const [target, read] = [stream(), stream()];
    await store.appendToStream(read, [event(1)], { expectedRevision: 'no_stream' });
    const batch = [event(2), event(3)];
    const options = { expectedRevision: 'no_stream' as const, unchangedStreams: [{ streamName: read, revision: 0 }] };
    const first = await store.appendToStream(target, batch, options);
    await store.appendToStream(read, [event(4)], { expectedRevision: 0 });
    const retry = await store.appendToStream(target, batch, options);
    expect(retry.nextExpectedRevision).toBe(first.nextExpectedRevision);
    expect(await store.readStream(target)).toHaveLength(2);
  });

  it('appends a large batch in one call, then continues it at the exact revision', async () => {
    const name = stream();
    const batch = Array.from({ length: 25 }, (_, i) => event(i));
    const first = await store.appendToStream(name, batch, { expectedRevision: 'no_stream' });
    expect(first.nextExpectedRevision).toBe(24);
    const more = await store.appendToStream(
      name,
      Array.from({ length: 12 }, (_, i) => event(25 + i)),
      { expectedRevision: 24 },
    );
    expect(more.nextExpectedRevision).toBe(36);
    const events = await store.readStream(name);
    expect(events.map((e) => (e.data as { n: number }).n)).toEqual(Array.from({ length: 37 }, (_, i) => i));
    expect(events.map((e) => e.revision)).toEqual(Array.from({ length: 37 }, (_, i) => i));
  });

  it('answers an idempotent retry made with "any" without storing the events again', async () => {
    const name = stream();
    const batch = [event(1), event(2)];
    const first = await store.appendToStream(name, batch, { expectedRevision: 'any' });
    const retry = await store.appendToStream(name, batch, { expectedRevision: 'any' });
    expect(retry.nextExpectedRevision).toBe(first.nextExpectedRevision);
    expect(await store.readStream(name)).toHaveLength(2);
  });

  it('appends all events of one call or none', async () => {
    const name = stream();
    const duplicate = event(1);
    await expect(
      store.appendToStream(name, [event(0), duplicate, { ...duplicate, data: { n: 2 } }], { expectedRevision: 'no_stream' }),
    ).rejects.toBeDefined();
    expect(await store.readStream(name)).toEqual([]);
  });

  it('reads the global log forward from a position, filtered by category, in append order', async () => {
    const a = stream();
    const b = streamName(`${category}_other`, randomUUID());
    const first = await store.appendToStream(a, [event(1)], { expectedRevision: 'no_stream' });
    await store.appendToStream(b, [event(2)], { expectedRevision: 'no_stream' });
    await store.appendToStream(a, [event(3)], { expectedRevision: 0 });

    const mine = await readAllOf(store, [category]);
    expect(mine.map((e) => (e.data as { n: number }).n)).toEqual([1, 3]);
    const both = await readAllOf(store, [category, `${category}_other`]);
    expect(both.map((e) => (e.data as { n: number }).n)).toEqual([1, 2, 3]);

    const after = await store.readAll({ after: first.position, maxCount: 100, filter: { categories: [category] } });
    expect(after.events.map((e) => (e.data as { n: number }).n)).toEqual([3]);
    for (let i = 1; i < both.length; i++) expect(comparePositions(both[i - 1].position, both[i].position)).toBeLessThan(0);
  });

  it('names the newest event a filtered reader would be given as the head of the log', async () => {
    const mine = stream();
    const other = `${category}_head_other`;
    await store.appendToStream(mine, [event(1)], { expectedRevision: 'no_stream' });
    const last = await store.appendToStream(mine, [event(2)], { expectedRevision: 0 });
    const otherLast = await store.appendToStream(streamName(other, randomUUID()), [event(3)], { expectedRevision: 'no_stream' });
    expect(await store.headPosition({ categories: [category] })).toEqual(last.position);
    expect(await store.headPosition({ categories: [other, category] })).toEqual(otherLast.position);
    expect(await store.headPosition(undefined)).toEqual(otherLast.position);
    expect(comparePositions(await store.headPosition({ categories: [`${category}_never_written`] }), last.position)).toBeLessThan(0);
  });

  it('counts the events after a position', async () => {
    const name = stream();
    const first = await store.appendToStream(name, [event(1)], { expectedRevision: 'no_stream' });
    await store.appendToStream(name, [event(2), event(3)], { expectedRevision: 0 });
    expect(await store.countEventsAfter(first.position, { categories: [category] }, 100)).toBe(2);
    expect(await store.countEventsAfter(first.position, { categories: [category] }, 1)).toBe(1);
  });

  it('delivers history and then live events to a catch-up subscription filtered by category', async () => {
    const name = stream();
    await store.appendToStream(name, [event(1)], { expectedRevision: 'no_stream' });
    await store.appendToStream(streamName(`${category}_other`, randomUUID()), [event(99)], { expectedRevision: 'no_stream' });
    const subscription = store.subscribeToAll({ filter: { categories: [category] }, batchSize: 10 });
    const seen: number[] = [];
    const iterator = subscription[Symbol.asyncIterator]();
    const nextEvent = async (): Promise<RecordedEvent> => {
      for (;;) {
        const next = await iterator.next();
        if (next.done) throw new Error('subscription ended');
        if (next.value.kind === 'event') return next.value.event;
      }
    };
    seen.push(((await nextEvent()).data as { n: number }).n);
    await store.appendToStream(name, [event(2)], { expectedRevision: 0 });
    seen.push(((await nextEvent()).data as { n: number }).n);
    await subscription.unsubscribe();
    expect(seen).toEqual([1, 2]);
  });
}

async function readAllOf(store: EventStore, categories: string[]): Promise<RecordedEvent[]> {
  const events: RecordedEvent[] = [];
  let page = await store.readAll({ maxCount: 2, filter: { categories } });
  events.push(...page.events);
  while (!page.isEnd) {
    page = await store.readAll({ after: page.lastPosition, maxCount: 2, filter: { categories } });
    events.push(...page.events);
  }
  return events;
}
