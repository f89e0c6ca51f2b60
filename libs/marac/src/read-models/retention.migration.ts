import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The retention read model: each case's status and closure date (marac_retention_cases) and the data
 * subjects it names, victim and perpetrators (marac_case_subjects), so the retention rule can find the
 * people whose every case closed long enough ago. Also indexes the analysts' case-level query.
 */
export class MaracRetention1763900100004 implements MigrationInterface {
  name = 'MaracRetention1763900100004';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE marac_retention_cases (
        case_id        text PRIMARY KEY,
        marac_id       text NOT NULL,
        partnership_id text NOT NULL,
        status         text NOT NULL,
        closed_on      date,
        last_revision  integer NOT NULL
      )`);
    await runner.query(`
      CREATE TABLE marac_case_subjects (
        case_id    text NOT NULL,
        subject_id text NOT NULL,
        role       text NOT NULL,
        erased     boolean NOT NULL DEFAULT false,
        PRIMARY KEY (case_id, subject_id)
      )`);
    await runner.query('CREATE INDEX marac_case_subjects_subject_idx ON marac_case_subjects (subject_id)');
    await runner.query('CREATE INDEX marac_report_cases_period_idx ON marac_report_cases (marac_id, referral_date)');
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP INDEX marac_report_cases_period_idx');
    await runner.query('DROP TABLE marac_case_subjects');
    await runner.query('DROP TABLE marac_retention_cases');
  }
}
