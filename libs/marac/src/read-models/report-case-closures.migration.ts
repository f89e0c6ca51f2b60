import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * When each case was closed and reopened, so the agency-engagement report counts no overdue action of a case
 * closed on its `asOf`. Filled for cases closed now from the case list (their current closure; a rebuild of
 * marac_reports adds the earlier closures of cases reopened since).
 */
export class MaracReportCaseClosures1765300000010 implements MigrationInterface {
  name = 'MaracReportCaseClosures1765300000010';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE marac_report_case_closures (
        case_id         text NOT NULL,
        closed_revision integer NOT NULL,
        closed_on       date NOT NULL,
        reopened_on     date,
        PRIMARY KEY (case_id, closed_revision)
      )`);
    await runner.query(`
      INSERT INTO marac_report_case_closures (case_id, closed_revision, closed_on)
      SELECT case_id, last_revision, closed_on FROM marac_case_list WHERE status = 'closed' AND closed_on IS NOT NULL`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE marac_report_case_closures');
  }
}
