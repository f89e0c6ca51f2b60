import { jest } from '@jest/globals';
import type pg from 'pg';
import { LogWakeUps, notifyPayload, parseNotifyPayload, WAKE_EVERY_MS } from './log-wake-ups.js';

/** A pool whose LISTEN connection hears nothing and whose NOTIFY goes nowhere: only in-process wake-ups count. */
const silentPool = () => {
  const client = { on: () => client, query: async () => ({ rows: [] }), release: () => undefined };
  return { connect: async () => client, query: async () => ({ rows: [] }) } as unknown as pg.Pool;
};

/**
 * A pool whose LISTEN connection hears what `hear` is given (as another process's NOTIFY would arrive) and
 * which records the NOTIFY payloads this process sends.
 */
const listeningPool = () => {
  const sent: string[] = [];
  let onNotification: (message: { payload?: string }) => void = () => undefined;
  const client = {
    on: (event: string, listener: typeof onNotification) => {
      if (event === 'notification') onNotification = listener;
      return client;
    },
    query: async () => ({ rows: [] }),
    release: () => undefined,
  };
  const pool = {
    connect: async () => client,
    query: async (_text: string, [, payload]: [string, string]) => {
      sent.push(payload);
      return { rows: [] };
    },
  } as unknown as pg.Pool;
  return { pool, sent, hear: (payload: string | undefined) => onNotification({ payload }) };
};

const settled = async (promise: Promise<unknown>): Promise<boolean> => {
  let done = false;
  void promise.then(() => (done = true));
  await new Promise((resolve) => setImmediate(resolve));
  return done;
};

describe('LogWakeUps', () => {
  const forever = new AbortController().signal;

  // The wake-up interval is driven by a fake clock: on a loaded machine real time can pass the interval
  // between two statements and wake the subscriber early, which is not what the test is about.
  beforeEach(() => jest.useFakeTimers({ doNotFake: ['setImmediate', 'nextTick', 'queueMicrotask'] }));
  afterEach(() => jest.useRealTimers());

  it('wakes this process’s subscribers at once after a quiet spell, then at most once more per interval', async () => {
    const wakeUps = new LogWakeUps(silentPool());
    try {
      const first = wakeUps.next(forever);
      wakeUps.notify();
      expect(await settled(first)).toBe(true);

      // Appends right behind the first are read together: the subscriber is woken once, a little later.
      const second = wakeUps.next(forever);
      wakeUps.notify();
      wakeUps.notify();
      expect(await settled(second)).toBe(false);
      jest.advanceTimersByTime(WAKE_EVERY_MS);
      expect(await settled(second)).toBe(true);

      // No append since that wake-up: nothing wakes the next wait.
      const third = wakeUps.next(forever);
      jest.advanceTimersByTime(3 * WAKE_EVERY_MS);
      expect(await settled(third)).toBe(false);
    } finally {
      await wakeUps.close();
    }
  });

  it('wakes only the subscribers whose filter takes the stream appended to, and every one for an unknown append', async () => {
    const wakeUps = new LogWakeUps(silentPool());
    try {
      const cases = wakeUps.next(forever, { categories: ['marac_case'] });
      const people = wakeUps.next(forever, { categories: ['person'] });
      const everything = wakeUps.next(forever);
      wakeUps.notify('marac_case-1');
      expect(await settled(cases)).toBe(true);
      expect(await settled(everything)).toBe(true);
      expect(await settled(people)).toBe(false);

      // Later appends in the same interval are remembered for the wake-up that ends it.
      jest.advanceTimersByTime(WAKE_EVERY_MS);
      const casesAgain = wakeUps.next(forever, { categories: ['marac_case'] });
      wakeUps.notify('person-1');
      expect(await settled(people)).toBe(true);
      expect(await settled(casesAgain)).toBe(false);

      jest.advanceTimersByTime(3 * WAKE_EVERY_MS);
      wakeUps.notify();
      expect(await settled(casesAgain)).toBe(true);
    } finally {
      await wakeUps.close();
    }
  });

  it("names the categories appended to in its NOTIFY, ignores its own, and wakes only the subscribers another process's concerns", async () => {
    const { pool, sent, hear } = listeningPool();
    const wakeUps = new LogWakeUps(pool);
    try {
      wakeUps.notify('marac_case-1');
      wakeUps.notify('alert-2');
      jest.advanceTimersByTime(WAKE_EVERY_MS);
      await new Promise((resolve) => setImmediate(resolve));
      expect(sent).toHaveLength(1);
      const { sender, categories } = parseNotifyPayload(sent[0]);
      expect(categories).toEqual(['marac_case', 'alert']);
      jest.advanceTimersByTime(WAKE_EVERY_MS); // past the interval those appends opened

      const cases = wakeUps.next(forever, { categories: ['marac_case'] });
      const people = wakeUps.next(forever, { categories: ['person'] });
      await new Promise((resolve) => setImmediate(resolve)); // the listener is connected
      hear(sent[0]); // this process's own NOTIFY: its subscribers were woken when it appended
      expect(await settled(cases)).toBe(false);
      hear(notifyPayload('another-process', new Set(['marac_case'])));
      expect(await settled(cases)).toBe(true);
      expect(await settled(people)).toBe(false);

      // A NOTIFY that names nothing (too many categories, or a build before payloads) wakes everyone.
      jest.advanceTimersByTime(WAKE_EVERY_MS);
      hear('');
      expect(await settled(people)).toBe(true);
      expect(sender).not.toBe('another-process');
    } finally {
      await wakeUps.close();
    }
  });

  it('sends an empty payload, read as "anything", when it cannot name the categories', () => {
    expect(notifyPayload('p', undefined)).toBe('');
    expect(notifyPayload('p', new Set(Array.from({ length: 101 }, (_, i) => `c${i}`)))).toBe('');
    expect(parseNotifyPayload('')).toEqual({ sender: undefined, categories: undefined });
    expect(parseNotifyPayload(undefined)).toEqual({ sender: undefined, categories: undefined });
    expect(parseNotifyPayload(notifyPayload('p', new Set()))).toEqual({ sender: 'p', categories: [] });
  });
});
