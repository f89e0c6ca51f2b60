import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ProcessManagerDeadLetters1764700000000 implements MigrationInterface {
  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE process_manager_dead_letters (
        command_id uuid PRIMARY KEY,
        process_manager text NOT NULL,
        outcome text NOT NULL,
        event_id uuid NOT NULL,
        event_type text NOT NULL,
        stream_name text NOT NULL,
        stream_revision integer NOT NULL,
        reaction_index integer NOT NULL,
        attempts integer NOT NULL,
        error text NOT NULL,
        parked_at timestamptz NOT NULL DEFAULT now(),
        replayed_at timestamptz
      )`);
    await runner.query(
      'CREATE INDEX process_manager_dead_letters_open ON process_manager_dead_letters (process_manager) WHERE replayed_at IS NULL',
    );
  }
  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE process_manager_dead_letters');
  }
}
