import { Inject, Injectable, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import type pg from 'pg';
import { EVENT_STORE_POOL } from '@app/platform';

/** How often each process deletes windows that have ended (any process may delete anyone's). */
const SWEEP_EVERY_MS = 60_000;

export interface RateLimitHit {
  /** Requests counted in the current window, this one included. */
  hits: number;
  /** Seconds until the caller may be served again; 0 when this request is allowed. */
  retryAfterSeconds: number;
}

/**
 * The rate limiter's counters on the product's PostgreSQL, so N API processes share one limit instead of
 * allowing N times it. Fixed windows: one atomic upsert per request counts the hit, starts a new window when
 * the last one has ended, and blocks the key until its window ends once it goes over the limit; concurrent
 * requests of one key serialise on its row, so none is lost. The upsert commits without waiting for the WAL
 * flush (a counter needs no durability: a crash forgets at most the last moments' hits), which saves every
 * request a flush of its own; the command's append and audit entry after it flush it anyway.
 */
@Injectable()
export class RateLimitStore implements OnModuleInit, OnModuleDestroy {
  private sweeper?: NodeJS.Timeout;

  constructor(@Inject(EVENT_STORE_POOL) private readonly pool: pg.Pool) {}

  onModuleInit(): void {
    this.sweeper = setInterval(() => void this.sweep().catch(() => undefined), SWEEP_EVERY_MS).unref();
  }

  onModuleDestroy(): void {
    clearInterval(this.sweeper);
  }

  async hit(key: string, limit: number, windowMs: number): Promise<RateLimitHit> {
    // Prepared once per connection on the pg pool: every request but the health probes counts a hit.
    const {
      rows: [row],
    } = await this.pool.query<{ hits: number; blocked_for: number | null }>({
      name: 'rate_limit_hit',
      text: `INSERT INTO rate_limit_windows AS w (key, hits, window_ends_at, blocked_until)
       VALUES ($1, 1, now() + make_interval(secs => $3 / 1000.0), CASE WHEN 1 > $2 THEN now() + make_interval(secs => $3 / 1000.0) END)
       ON CONFLICT (key) DO UPDATE SET
         hits = CASE WHEN w.window_ends_at <= now() THEN 1 ELSE w.hits + 1 END,
         window_ends_at = CASE WHEN w.window_ends_at <= now() THEN EXCLUDED.window_ends_at ELSE w.window_ends_at END,
         blocked_until = CASE
           WHEN w.window_ends_at <= now() THEN EXCLUDED.blocked_until
           WHEN w.hits + 1 > $2 THEN w.window_ends_at
         END
       RETURNING hits, extract(epoch FROM blocked_until - now())::float8 AS blocked_for,
         set_config('synchronous_commit', 'off', true) AS commits_without_flush`,
      values: [key, limit, windowMs],
    });
    return { hits: row.hits, retryAfterSeconds: row.blocked_for && row.blocked_for > 0 ? Math.ceil(row.blocked_for) : 0 };
  }

  /** Deletes windows that ended (an idle caller and a missing row count the same). */
  async sweep(): Promise<void> {
    await this.pool.query('DELETE FROM rate_limit_windows WHERE window_ends_at < now()');
  }
}
