import { DEFAULT_RETRY_POLICY, retryDelays } from './retry-policy.js';

describe('retry backoff', () => {
  it('doubles from the first delay, one wait between each pair of tries', () => {
    expect(retryDelays(DEFAULT_RETRY_POLICY)).toEqual([200, 400, 800, 1600]);
  });

  it('is capped', () => {
    expect(retryDelays({ attempts: 8, firstDelayMs: 1000, maxDelayMs: 5000 })).toEqual([1000, 2000, 4000, 5000, 5000, 5000, 5000]);
  });

  it('has no waits for a single try', () => {
    expect(retryDelays({ attempts: 1, firstDelayMs: 100, maxDelayMs: 100 })).toEqual([]);
    expect(retryDelays({ attempts: 0, firstDelayMs: 100, maxDelayMs: 100 })).toEqual([]);
  });
});
