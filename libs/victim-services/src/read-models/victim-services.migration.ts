import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The victim-services read models: services and their aims, cases and contacts (no personal data). */
export class VictimServices1766000000000 implements MigrationInterface {
  name = 'VictimServices1766000000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE vs_services (
        service_id     text PRIMARY KEY,
        partnership_id text NOT NULL,
        name           text NOT NULL,
        provider       text NOT NULL,
        kind           text NOT NULL,
        last_revision  integer NOT NULL
      )`);
    await runner.query('CREATE INDEX vs_services_partnership_idx ON vs_services (partnership_id, name)');
    await runner.query(`
      CREATE TABLE vs_service_aims (
        service_id     text NOT NULL,
        financial_year text NOT NULL,
        row_name       text NOT NULL,
        aim            integer NOT NULL,
        PRIMARY KEY (service_id, financial_year, row_name)
      )`);
    await runner.query(`
      CREATE TABLE vs_cases (
        case_id                 text PRIMARY KEY,
        service_id              text NOT NULL,
        partnership_id          text NOT NULL,
        person_id               text NOT NULL,
        referral_date           date NOT NULL,
        route                   text NOT NULL,
        referring_partner       text,
        asb_category            text NOT NULL,
        first_needs_assessed_on date,
        first_high_risk_on      date,
        risk_level              text,
        last_risk_assessed_on   date,
        last_contact_on         date,
        closed_on               date,
        closure_reason          text,
        survey_status           text,
        survey_answers          jsonb,
        last_report_on          date NOT NULL,
        repeat_reports          integer NOT NULL DEFAULT 0,
        case_review_notice_due  boolean NOT NULL DEFAULT false,
        case_review_notice_given_on date,
        erased                  boolean NOT NULL DEFAULT false,
        last_revision           integer NOT NULL
      )`);
    await runner.query('CREATE INDEX vs_cases_service_idx ON vs_cases (service_id, referral_date)');
    await runner.query('CREATE INDEX vs_cases_person_idx ON vs_cases (person_id)');
    await runner.query(`
      CREATE TABLE vs_contacts (
        case_id      text NOT NULL,
        contact_id   text NOT NULL,
        service_id   text NOT NULL,
        person_id    text NOT NULL,
        contact_date date NOT NULL,
        kind         text NOT NULL,
        PRIMARY KEY (case_id, contact_id)
      )`);
    await runner.query('CREATE INDEX vs_contacts_service_idx ON vs_contacts (service_id, contact_date)');
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE vs_contacts');
    await runner.query('DROP TABLE vs_cases');
    await runner.query('DROP TABLE vs_service_aims');
    await runner.query('DROP TABLE vs_services');
  }
}
