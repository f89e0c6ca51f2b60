import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Consent and the basis for sharing: per person, agency and purpose, and the shares recorded (no personal data). */
export class Sharing1766500000000 implements MigrationInterface {
  name = 'Sharing1766500000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE sharing_statuses (
        person_id           text NOT NULL,
        agency              text NOT NULL,
        purpose             text NOT NULL,
        partnership_id      text NOT NULL,
        consent             text,
        consent_on          date,
        consent_how         text,
        consent_recorded_by text,
        consent_revision    integer NOT NULL DEFAULT -1,
        basis               text,
        basis_decided_by    text,
        basis_on            date,
        basis_recorded_by   text,
        basis_revision      integer NOT NULL DEFAULT -1,
        PRIMARY KEY (person_id, agency, purpose)
      )`);
    await runner.query('CREATE INDEX sharing_statuses_partnership_idx ON sharing_statuses (partnership_id, purpose)');
    await runner.query(`
      CREATE TABLE sharing_shares (
        share_id       text PRIMARY KEY,
        person_id      text NOT NULL,
        partnership_id text NOT NULL,
        agency         text NOT NULL,
        purpose        text NOT NULL,
        shared_on      date NOT NULL,
        standing       text NOT NULL,
        basis          text,
        recorded_by    text NOT NULL
      )`);
    await runner.query('CREATE INDEX sharing_shares_person_idx ON sharing_shares (person_id, shared_on)');
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE sharing_shares');
    await runner.query('DROP TABLE sharing_statuses');
  }
}
