import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The alert e-mails' recipients (from their tokens) and the record of what was sent. */
export class AlertEmails1767000000002 implements MigrationInterface {
  name = 'AlertEmails1767000000002';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE alert_recipients (
        user_id       text PRIMARY KEY,
        email         text NOT NULL,
        roles         text[] NOT NULL,
        partnerships  text[] NOT NULL,
        teams         text[] NOT NULL,
        seen_at       timestamptz NOT NULL
      )`);
    await runner.query(`CREATE TABLE alert_emails_sent (key text PRIMARY KEY, sent_at timestamptz NOT NULL)`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE alert_emails_sent`);
    await runner.query(`DROP TABLE alert_recipients`);
  }
}
