import { TokenBuckets } from './token-buckets.js';

describe('token buckets', () => {
  it('allows a burst of the capacity, then refills over the period, per key', () => {
    let now = 0;
    const buckets = new TokenBuckets(3, 60_000, () => now);
    expect([buckets.take('a'), buckets.take('a'), buckets.take('a')]).toEqual([0, 0, 0]);
    expect(buckets.take('a')).toBe(20_000);
    expect(buckets.take('b')).toBe(0);
    now = 20_000;
    expect(buckets.take('a')).toBe(0);
    expect(buckets.take('a')).toBeGreaterThan(0);
  });
});
