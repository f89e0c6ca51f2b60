import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Each application's "due soon" working days (the procedure's, on the day received). Rows written before
 * the setting existed were timed by the fixed 2, which the default keeps.
 */
export class CaseReviewDueSoon1767200000000 implements MigrationInterface {
  name = 'CaseReviewDueSoon1767200000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query('ALTER TABLE case_review_applications ADD COLUMN due_soon_working_days integer NOT NULL DEFAULT 2');
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('ALTER TABLE case_review_applications DROP COLUMN due_soon_working_days');
  }
}
