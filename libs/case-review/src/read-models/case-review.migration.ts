import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The Case Review read models: the applications (log and figures), the stages done, the recommendations. */
export class CaseReview1766000000000 implements MigrationInterface {
  name = 'CaseReview1766000000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE case_review_applications (
        application_id          text PRIMARY KEY,
        partnership_id          text NOT NULL,
        received_on             date NOT NULL,
        channel                 text NOT NULL,
        behaviour_types         text[] NOT NULL,
        bodies_notified         text[] NOT NULL,
        on_behalf_of_victim     boolean NOT NULL,
        stage                   text NOT NULL,
        due_on                  date,
        acknowledged_on         date,
        decided_on              date,
        threshold_met           boolean,
        qualifying_complaints   integer,
        required_complaints     integer,
        discretionary_review    boolean NOT NULL,
        review_held_on          date,
        recommendations         integer NOT NULL,
        outcome_sent_on         date,
        escalation_requested_on date,
        escalation_decided_on   date,
        escalation_outcome      text,
        applicant_person_id     text NOT NULL,
        victim_person_id        text NOT NULL,
        last_revision           integer NOT NULL
      )`);
    await runner.query('CREATE INDEX case_review_applications_partnership_idx ON case_review_applications (partnership_id, received_on)');
    await runner.query(`
      CREATE TABLE case_review_stages (
        application_id text NOT NULL,
        revision       integer NOT NULL,
        partnership_id text NOT NULL,
        stage          text NOT NULL,
        due_on         date NOT NULL,
        done_on        date NOT NULL,
        late           boolean NOT NULL,
        PRIMARY KEY (application_id, revision)
      )`);
    await runner.query(`
      CREATE TABLE case_review_recommendations (
        application_id    text NOT NULL,
        recommendation_id text NOT NULL,
        partnership_id    text NOT NULL,
        body              text NOT NULL,
        made_on           date NOT NULL,
        due_on            date NOT NULL,
        completed         boolean,
        recorded_on       date,
        PRIMARY KEY (application_id, recommendation_id)
      )`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE case_review_recommendations');
    await runner.query('DROP TABLE case_review_stages');
    await runner.query('DROP TABLE case_review_applications');
  }
}
