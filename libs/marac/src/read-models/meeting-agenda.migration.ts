import type { MigrationInterface, QueryRunner } from 'typeorm';

/** MARAC meetings and the cases listed on their agendas. */
export class MaracMeetingAgenda1763900100001 implements MigrationInterface {
  name = 'MaracMeetingAgenda1763900100001';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE marac_meetings (
        meeting_id     text PRIMARY KEY,
        marac_id       text NOT NULL,
        partnership_id text NOT NULL,
        meeting_date   date NOT NULL,
        status         text NOT NULL,
        last_revision  integer NOT NULL
      )`);
    await runner.query('CREATE INDEX marac_meetings_marac_idx ON marac_meetings (marac_id, meeting_date)');
    await runner.query(`
      CREATE TABLE marac_agenda_items (
        meeting_id       text NOT NULL,
        case_id          text NOT NULL,
        marac_id         text NOT NULL,
        partnership_id   text NOT NULL,
        meeting_date     date NOT NULL,
        relisting        boolean NOT NULL,
        heard_on         date,
        agencies_present text[],
        PRIMARY KEY (meeting_id, case_id)
      )`);
    await runner.query('CREATE INDEX marac_agenda_items_case_idx ON marac_agenda_items (case_id, meeting_date)');
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE marac_agenda_items');
    await runner.query('DROP TABLE marac_meetings');
  }
}
