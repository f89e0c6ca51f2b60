import type { ReadAllOptions, ReadAllResult, RecordedEvent } from '../event-store.port.js';
import { matchesLogFilter } from '../log-filter.js';
import { comparePositions, START, type Position } from '../position.js';
import { SharedLogReads } from './shared-log-reads.js';

const at = (n: number): Position => ({ commit: BigInt(n), prepare: BigInt(n) });

/** A log of `count` events, every third of category `b`, the rest `a`, read as the PostgreSQL store does. */
function fakeLog(count: number) {
  const events: RecordedEvent[] = Array.from({ length: count }, (_, i) => ({
    streamName: `${i % 3 === 2 ? 'b' : 'a'}-${i}`,
    revision: 0,
    position: at(i + 1),
    eventId: `e${i}`,
    type: 'T',
    schemaVersion: 1,
    data: {},
    metadata: {} as RecordedEvent['metadata'],
    recordedAt: new Date(0),
  }));
  const queries: ReadAllOptions[] = [];
  const readAlone = async ({ after = START, maxCount, filter }: ReadAllOptions): Promise<ReadAllResult> => {
    queries.push({ after, maxCount, filter });
    const page = events.filter((e) => comparePositions(e.position, after) > 0 && matchesLogFilter(e.streamName, filter)).slice(0, maxCount);
    return { events: page, lastPosition: page.length ? page[page.length - 1].position : after, isEnd: page.length < maxCount };
  };
  return { readAlone, queries };
}

const ids = (result: ReadAllResult) => result.events.map((e) => e.eventId);

describe('SharedLogReads', () => {
  it('answers reads asked together with one query, each as its own query would have', async () => {
    const { readAlone, queries } = fakeLog(30);
    const shared = new SharedLogReads(readAlone);
    const asked: ReadAllOptions[] = [
      { after: at(20), maxCount: 50, filter: { categories: ['a'] } },
      { after: at(25), maxCount: 50, filter: { categories: ['b'] } },
      { after: at(10), maxCount: 3 },
      { after: at(29), maxCount: 50 },
    ];
    const results = await Promise.all(asked.map((options) => shared.read(options)));
    expect(queries).toHaveLength(1);
    const expected = await Promise.all(asked.map((options) => fakeLog(30).readAlone(options)));
    expect(results.map(ids)).toEqual(expected.map(ids));
    expect(results.map((r) => [r.lastPosition, r.isEnd])).toEqual(expected.map((r) => [r.lastPosition, r.isEnd]));
  });

  it('lets a reader read alone when the shared read stopped short of its page, and one far behind read alone from the start', async () => {
    const { readAlone, queries } = fakeLog(2000);
    const shared = new SharedLogReads(readAlone);
    const near = { after: at(1200), maxCount: 500, filter: { categories: ['b'] } };
    const nearest = { after: at(1199), maxCount: 100, filter: { categories: ['a'] } };
    const farBehind = { after: at(10), maxCount: 500 };
    const [b, a, all] = await Promise.all([shared.read(near), shared.read(nearest), shared.read(farBehind)]);
    expect(ids(b)).toEqual(ids(await fakeLog(2000).readAlone(near)));
    expect(ids(a)).toEqual(ids(await fakeLog(2000).readAlone(nearest)));
    expect(ids(all)).toEqual(ids(await fakeLog(2000).readAlone(farBehind)));
    // Far behind: alone. The two near ones shared a read of 500 events from 1199, which held all of a's page
    // (100 events) but only a third of b's 500: b read again on its own.
    expect(queries.map((q) => q.after)).toEqual([at(10), at(1199), at(1200)]);
  });

  it('gives every reader of a failed shared read the error', async () => {
    const shared = new SharedLogReads(() => Promise.reject(new Error('database down')));
    const reads = [shared.read({ after: at(1), maxCount: 10 }), shared.read({ after: at(2), maxCount: 10 })];
    for (const read of reads) await expect(read).rejects.toThrow('database down');
  });

  it('reads again later: a read asked after the shared one was sent is not answered by it', async () => {
    const { readAlone, queries } = fakeLog(10);
    const shared = new SharedLogReads(readAlone);
    await Promise.all([shared.read({ after: at(1), maxCount: 10 }), shared.read({ after: at(2), maxCount: 10 })]);
    await shared.read({ after: at(5), maxCount: 10 });
    expect(queries).toHaveLength(2);
  });
});
