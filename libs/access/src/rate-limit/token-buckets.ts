/**
 * Token buckets keyed by caller: `capacity` tokens, refilled continuously over `periodMs`. Idle
 * buckets are forgotten (a full bucket and a missing one behave the same), so memory stays bounded
 * by the callers active in one period.
 */
export class TokenBuckets {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();
  private lastSweep = 0;

  constructor(
    private readonly capacity: number,
    private readonly periodMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Takes one token: 0 when allowed, otherwise milliseconds until one is available. */
  take(key: string): number {
    const now = this.now();
    this.sweep(now);
    const rate = this.capacity / this.periodMs;
    const bucket = this.buckets.get(key) ?? { tokens: this.capacity, at: now };
    bucket.tokens = Math.min(this.capacity, bucket.tokens + (now - bucket.at) * rate);
    bucket.at = now;
    this.buckets.set(key, bucket);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return 0;
    }
    return Math.max(1, Math.ceil((1 - bucket.tokens) / rate));
  }

  private sweep(now: number): void {
    if (now - this.lastSweep < this.periodMs) return;
    this.lastSweep = now;
    for (const [key, bucket] of this.buckets) if (now - bucket.at >= this.periodMs) this.buckets.delete(key);
  }
}
