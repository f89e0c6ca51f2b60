/** How often a failing reaction is tried, and how long the waits between tries grow. */
export interface RetryPolicy {
  /** Tries in all, the first included, before the reaction is parked. */
  attempts: number;
  firstDelayMs: number;
  maxDelayMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = { attempts: 5, firstDelayMs: 200, maxDelayMs: 5_000 };

/** The waits between tries: doubling from the first, capped (200, 400, 800, 1600 ms by default). */
export function retryDelays(policy: RetryPolicy): number[] {
  return Array.from({ length: Math.max(policy.attempts - 1, 0) }, (_, i) => Math.min(policy.firstDelayMs * 2 ** i, policy.maxDelayMs));
}
