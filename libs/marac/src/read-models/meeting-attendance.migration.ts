import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The agencies present at a held meeting (MeetingHeld version 2), shown on its agenda; null until it is marked held. */
export class MaracMeetingAttendance1763900100031 implements MigrationInterface {
  name = 'MaracMeetingAttendance1763900100031';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query('ALTER TABLE marac_meetings ADD COLUMN agencies_present text[]');
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('ALTER TABLE marac_meetings DROP COLUMN agencies_present');
  }
}
