import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The people directory and its blind index (people-directory.projection.ts). */
export class PeopleDirectory1765200000000 implements MigrationInterface {
  name = 'PeopleDirectory1765200000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE people_directory (
        person_id      uuid PRIMARY KEY,
        partnership_id text NOT NULL,
        revision       integer NOT NULL,
        erased         boolean NOT NULL DEFAULT false
      )`);
    await runner.query('CREATE INDEX people_directory_partnership_idx ON people_directory (partnership_id)');
    await runner.query(`
      CREATE TABLE people_search_tokens (
        token     bigint NOT NULL,
        person_id uuid NOT NULL,
        PRIMARY KEY (token, person_id)
      )`);
    await runner.query('CREATE INDEX people_search_tokens_person_idx ON people_search_tokens (person_id)');
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE people_search_tokens');
    await runner.query('DROP TABLE people_directory');
  }
}
