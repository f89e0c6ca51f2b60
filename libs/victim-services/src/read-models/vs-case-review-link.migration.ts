import type { MigrationInterface, QueryRunner } from 'typeorm';

/** A case whose notice of the right to a Case Review an application followed (the link from Case Review). */
export class VictimServicesCaseReviewLink1766300000000 implements MigrationInterface {
  name = 'VictimServicesCaseReviewLink1766300000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query('ALTER TABLE vs_cases ADD COLUMN case_review_applied_on date, ADD COLUMN case_review_application_id text');
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('ALTER TABLE vs_cases DROP COLUMN case_review_applied_on, DROP COLUMN case_review_application_id');
  }
}
