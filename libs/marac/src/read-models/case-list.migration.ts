import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The coordinators' case list (marac_case_list) and the actions counted on it (marac_case_actions). */
export class MaracCaseList1763900100000 implements MigrationInterface {
  name = 'MaracCaseList1763900100000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE marac_case_list (
        case_id            text PRIMARY KEY,
        marac_id           text NOT NULL,
        partnership_id     text NOT NULL,
        victim_person_id   text NOT NULL,
        victim_name        text,
        referral_date      date NOT NULL,
        referring_agency   text NOT NULL,
        criterion          text NOT NULL,
        status             text NOT NULL,
        is_repeat          boolean NOT NULL,
        previous_case_id   text,
        risk_band          text,
        dash_score         integer,
        dash_assessed_on   date,
        awaiting_relisting boolean NOT NULL DEFAULT false,
        closed_on          date,
        last_revision      integer NOT NULL
      )`);
    await runner.query('CREATE INDEX marac_case_list_marac_idx ON marac_case_list (marac_id, status, referral_date)');
    await runner.query('CREATE INDEX marac_case_list_victim_idx ON marac_case_list (victim_person_id)');
    await runner.query(`
      CREATE TABLE marac_case_actions (
        case_id        text NOT NULL,
        action_id      text NOT NULL,
        marac_id       text NOT NULL,
        partnership_id text NOT NULL,
        agency         text NOT NULL,
        due_date       date NOT NULL,
        completed_on   date,
        PRIMARY KEY (case_id, action_id)
      )`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE marac_case_actions');
    await runner.query('DROP TABLE marac_case_list');
  }
}
