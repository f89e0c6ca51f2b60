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
});
