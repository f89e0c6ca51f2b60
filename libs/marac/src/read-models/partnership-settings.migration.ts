import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Per-partnership MARAC configuration (not a projection: written by PUT /partnerships/:id/settings). */
export class PartnershipSettings1763900100003 implements MigrationInterface {
  name = 'PartnershipSettings1763900100003';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE partnership_settings (
        partnership_id            text PRIMARY KEY,
        repeat_band_low           numeric(5, 4) NOT NULL,
        repeat_band_high          numeric(5, 4) NOT NULL,
        adult_female_population   integer,
        police_call_out_threshold integer NOT NULL,
        updated_at                timestamptz NOT NULL
      )`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE partnership_settings');
  }
}
