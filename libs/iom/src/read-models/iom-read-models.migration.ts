import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The IOM read model: cohorts, members (periods, statuses, strands as the measures need them) and offences. */
export class IomReadModels1766000000000 implements MigrationInterface {
  name = 'IomReadModels1766000000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE iom_cohorts (
        cohort_id           text PRIMARY KEY,
        partnership_id      text NOT NULL,
        area                text NOT NULL,
        name                text NOT NULL,
        strands             jsonb NOT NULL,
        before_after_months integer NOT NULL
      )`);
    await runner.query(`
      CREATE TABLE iom_members (
        offender_id    text PRIMARY KEY,
        cohort_id      text NOT NULL,
        partnership_id text NOT NULL,
        person_id      text NOT NULL,
        on_cohort      boolean NOT NULL,
        last_exited_on date,
        periods        jsonb NOT NULL,
        statuses       jsonb NOT NULL,
        strands        jsonb NOT NULL,
        erased         boolean NOT NULL DEFAULT false,
        last_revision  integer NOT NULL
      )`);
    await runner.query('CREATE INDEX iom_members_cohort_idx ON iom_members (cohort_id)');
    await runner.query('CREATE INDEX iom_members_person_idx ON iom_members (person_id)');
    await runner.query(`
      CREATE TABLE iom_offences (
        offender_id         text NOT NULL,
        offence_id          text NOT NULL,
        cohort_id           text NOT NULL,
        offence_date        date NOT NULL,
        category            text NOT NULL,
        neighbourhood_crime boolean NOT NULL,
        severity_weight     double precision NOT NULL,
        during_custody      boolean NOT NULL,
        outcome             text,
        outcome_date        date,
        PRIMARY KEY (offender_id, offence_id)
      )`);
    await runner.query('CREATE INDEX iom_offences_cohort_idx ON iom_offences (cohort_id, offence_date)');
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE iom_offences');
    await runner.query('DROP TABLE iom_members');
    await runner.query('DROP TABLE iom_cohorts');
  }
}
