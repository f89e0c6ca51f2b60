import { jest } from '@jest/globals';
import type pg from 'pg';
import { LogWakeUps, WAKE_EVERY_MS } from './log-wake-ups.js';

/** A pool whose LISTEN connection hears nothing and whose NOTIFY goes nowhere: only in-process wake-ups count. */
const silentPool = () => {
  const client = { on: () => client, query: async () => ({ rows: [] }), release: () => undefined };
  return { connect: async () => client, query: async () => ({ rows: [] }) } as unknown as pg.Pool;
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
});
