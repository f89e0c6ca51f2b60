import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ProjectionCheckpoints1763800000000 implements MigrationInterface {
  name = 'ProjectionCheckpoints1763800000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`CREATE TABLE projection_checkpoints (
      name text PRIMARY KEY,
      position text NOT NULL,
      updated_at timestamptz NOT NULL DEFAULT now()
    )`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE projection_checkpoints');
  }
}
