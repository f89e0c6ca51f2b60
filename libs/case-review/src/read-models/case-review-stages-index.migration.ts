import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The figures' share of stages done on time reads one partnership's stages done in a period: an index for it (benchmark 3b). */
export class CaseReviewStagesIndex1766100000000 implements MigrationInterface {
  name = 'CaseReviewStagesIndex1766100000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query('CREATE INDEX case_review_stages_partnership_idx ON case_review_stages (partnership_id, done_on)');
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP INDEX case_review_stages_partnership_idx');
  }
}
