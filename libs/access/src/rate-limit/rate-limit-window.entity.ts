import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** One caller's requests in the current window (`user:<id>` or `address:<ip>`), shared by every API process. */
@Entity({ name: 'rate_limit_windows' })
@Index('rate_limit_windows_window_ends_at', ['windowEndsAt'])
export class RateLimitWindow {
  @PrimaryColumn({ type: 'text' })
  key: string;

  @Column({ type: 'integer' })
  hits: number;

  @Column({ type: 'timestamptz', name: 'window_ends_at' })
  windowEndsAt: Date;

  /** Set when the caller went over the limit: refused until then. */
  @Column({ type: 'timestamptz', name: 'blocked_until', nullable: true })
  blockedUntil: Date | null;
}
