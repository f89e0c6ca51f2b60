import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Every report of a victim (referrals and further reports), for the repeat-victim rule across cases. */
export class VictimServicesReports1766100000000 implements MigrationInterface {
  name = 'VictimServicesReports1766100000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE vs_reports (
        case_id        text NOT NULL,
        report_id      text NOT NULL,
        service_id     text NOT NULL,
        partnership_id text NOT NULL,
        person_id      text NOT NULL,
        reported_on    date NOT NULL,
        PRIMARY KEY (case_id, report_id)
      )`);
    await runner.query('CREATE INDEX vs_reports_person_idx ON vs_reports (partnership_id, person_id, reported_on)');
    await runner.query('CREATE INDEX vs_reports_service_idx ON vs_reports (service_id, reported_on)');
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE vs_reports');
  }
}
