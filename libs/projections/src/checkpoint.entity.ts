import { Column, Entity, PrimaryColumn } from 'typeorm';

/** How far each projection has applied the global log (a position string `commit/prepare`). */
@Entity({ name: 'projection_checkpoints' })
export class ProjectionCheckpoint {
  @PrimaryColumn({ type: 'text' })
  name: string;

  @Column({ type: 'text' })
  position: string;

  @Column({ type: 'timestamptz', name: 'updated_at', default: () => 'now()' })
  updatedAt: Date;

  /** Since when the batch at `position` has kept failing (null: it is not stuck). */
  @Column({ type: 'timestamptz', name: 'stalled_since', nullable: true })
  stalledSince: Date | null;

  /** The last failure's summary (an error code, never the data: see errorSummary). */
  @Column({ type: 'text', name: 'stall_error', nullable: true })
  stallError: string | null;

  @Column({ type: 'integer', name: 'stall_attempts', default: 0 })
  stallAttempts: number;
}
