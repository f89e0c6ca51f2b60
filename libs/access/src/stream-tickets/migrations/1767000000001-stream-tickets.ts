import type { MigrationInterface, QueryRunner } from 'typeorm';

export class StreamTickets1767000000001 implements MigrationInterface {
  name = 'StreamTickets1767000000001';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE stream_tickets (
        ticket_hash  text PRIMARY KEY,
        "user"       jsonb NOT NULL,
        expires_at   timestamptz NOT NULL,
        used_at      timestamptz
      )`);
    await runner.query(`CREATE INDEX stream_tickets_expires_at ON stream_tickets (expires_at)`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE stream_tickets`);
  }
}
