import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Repeat rates across every MARAC read a period's hearings whatever their MARAC: an index by date that
 * carries what the count needs, so a national year is an index-only scan rather than a read of the table.
 */
export class MaracReportHearingsByDate1763900100005 implements MigrationInterface {
  name = 'MaracReportHearingsByDate1763900100005';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(
      'CREATE INDEX marac_report_hearings_heard_on_idx ON marac_report_hearings (heard_on) INCLUDE (partnership_id, marac_id, as_repeat)',
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP INDEX marac_report_hearings_heard_on_idx');
  }
}
