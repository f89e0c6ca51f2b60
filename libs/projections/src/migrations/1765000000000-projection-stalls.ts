import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Where a follower is stuck: the batch at its checkpoint keeps failing (cleared when the checkpoint moves). */
export class ProjectionStalls1765000000000 implements MigrationInterface {
  name = 'ProjectionStalls1765000000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE projection_checkpoints
      ADD COLUMN stalled_since timestamptz,
      ADD COLUMN stall_error text,
      ADD COLUMN stall_attempts integer NOT NULL DEFAULT 0`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('ALTER TABLE projection_checkpoints DROP COLUMN stalled_since, DROP COLUMN stall_error, DROP COLUMN stall_attempts');
  }
}
