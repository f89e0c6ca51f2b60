import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The people registry's merges, for the repeat rule and the Case Review notice across a person's records. */
export class VictimServicesPersonMerges1767100000000 implements MigrationInterface {
  name = 'VictimServicesPersonMerges1767100000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE vs_person_merges (
        partnership_id text NOT NULL,
        person_id      text NOT NULL,
        merged_into    text,
        last_revision  integer NOT NULL,
        PRIMARY KEY (partnership_id, person_id)
      )`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE vs_person_merges');
  }
}
