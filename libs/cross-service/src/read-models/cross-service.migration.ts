import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Victims' first contacts per record and service, for repeat victimisation across services (no personal data). */
export class CrossService1766500000002 implements MigrationInterface {
  name = 'CrossService1766500000002';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE cross_service_contacts (
        record_id        text PRIMARY KEY,
        partnership_id   text NOT NULL,
        person_id        text NOT NULL,
        service          text NOT NULL,
        first_contact_on date NOT NULL
      )`);
    await runner.query('CREATE INDEX cross_service_contacts_partnership_idx ON cross_service_contacts (partnership_id, person_id)');
    await runner.query('CREATE TABLE cross_service_victim_services (service_id text PRIMARY KEY, kind text NOT NULL)');
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE cross_service_victim_services');
    await runner.query('DROP TABLE cross_service_contacts');
  }
}
