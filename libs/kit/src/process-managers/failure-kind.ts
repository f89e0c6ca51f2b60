import { DomainError } from '@app/domain';
import { isConnectionError } from '@app/platform';

/**
 * What a failed reaction means:
 * - `rejected`: the domain refused the command (a DomainError: 409/404/400). That is a business outcome, not
 *   a fault: it is recorded (kept, listable, replayable) and never retried, because deciding again on the same
 *   facts gives the same answer.
 * - `outage`: the database cannot be reached. Nothing can work, so the batch is retried as a whole later and
 *   nothing is parked (an outage would otherwise park every event it touched).
 * - `poison`: anything else (a bug, a broken invariant, a timeout). Retried with backoff, then parked.
 */
export type FailureKind = 'rejected' | 'outage' | 'poison';

export function failureKind(error: unknown): FailureKind {
  if (error instanceof DomainError) return 'rejected';
  if (isConnectionError(error)) return 'outage';
  return 'poison';
}
