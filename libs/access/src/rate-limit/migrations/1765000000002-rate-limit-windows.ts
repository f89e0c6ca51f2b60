import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The rate limiter's counters, shared by every API process. UNLOGGED: a counter is worth nothing after a
 * crash (the table comes back empty, which only forgives the current minute), and it saves a WAL write on
 * every request.
 */
export class RateLimitWindows1765000000002 implements MigrationInterface {
  name = 'RateLimitWindows1765000000002';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`CREATE UNLOGGED TABLE rate_limit_windows (
      key text PRIMARY KEY,
      hits integer NOT NULL,
      window_ends_at timestamptz NOT NULL,
      blocked_until timestamptz
    )`);
    await runner.query('CREATE INDEX rate_limit_windows_window_ends_at ON rate_limit_windows (window_ends_at)');
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE rate_limit_windows');
  }
}
