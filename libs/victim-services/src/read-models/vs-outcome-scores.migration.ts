import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Each case's first and last Outcome Star scores, for distance travelled. */
export class VictimServicesOutcomeScores1766200000000 implements MigrationInterface {
  name = 'VictimServicesOutcomeScores1766200000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE vs_outcome_scores (
        case_id         text PRIMARY KEY,
        service_id      text NOT NULL,
        first_scored_on date,
        first_scores    jsonb,
        last_scored_on  date,
        last_scores     jsonb,
        scorings        integer NOT NULL DEFAULT 0,
        last_revision   integer NOT NULL
      )`);
    await runner.query('CREATE INDEX vs_outcome_scores_service_idx ON vs_outcome_scores (service_id)');
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE vs_outcome_scores');
  }
}
