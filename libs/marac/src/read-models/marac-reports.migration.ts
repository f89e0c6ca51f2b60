import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The analysts' depersonalised read model: case profiles (no names, no dates of birth), hearings and
 * agency actions. Repeat rate, SafeLives quarterly data and agency engagement are computed from it.
 */
export class MaracReports1763900100002 implements MigrationInterface {
  name = 'MaracReports1763900100002';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE marac_report_cases (
        case_id               text PRIMARY KEY,
        marac_id              text NOT NULL,
        partnership_id        text NOT NULL,
        referral_date         date NOT NULL,
        referring_agency      text NOT NULL,
        criterion             text NOT NULL,
        repeat_referral       boolean NOT NULL,
        sex                   text NOT NULL,
        age_band              text NOT NULL,
        aged_16_17            boolean NOT NULL,
        ethnicity             text NOT NULL,
        disabled              boolean,
        lgbt_plus             boolean,
        children_in_household integer
      )`);
    await runner.query(`
      CREATE TABLE marac_report_hearings (
        case_id          text NOT NULL,
        meeting_id       text NOT NULL,
        marac_id         text NOT NULL,
        partnership_id   text NOT NULL,
        heard_on         date NOT NULL,
        as_repeat        boolean NOT NULL,
        risk_band        text,
        agencies_present text[] NOT NULL,
        PRIMARY KEY (case_id, meeting_id)
      )`);
    await runner.query('CREATE INDEX marac_report_hearings_period_idx ON marac_report_hearings (marac_id, heard_on)');
    await runner.query(`
      CREATE TABLE marac_report_actions (
        case_id        text NOT NULL,
        action_id      text NOT NULL,
        marac_id       text NOT NULL,
        partnership_id text NOT NULL,
        agency         text NOT NULL,
        due_date       date NOT NULL,
        completed_on   date,
        PRIMARY KEY (case_id, action_id)
      )`);
    await runner.query('CREATE INDEX marac_report_actions_due_idx ON marac_report_actions (marac_id, due_date)');
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE marac_report_actions');
    await runner.query('DROP TABLE marac_report_hearings');
    await runner.query('DROP TABLE marac_report_cases');
  }
}
