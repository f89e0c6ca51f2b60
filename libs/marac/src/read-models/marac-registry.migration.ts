import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The MARAC registry's list (marac_panels) and the history of MARAC settings (marac_settings_history), both
 * projections. The undated partnership_settings table is left as it was: the start-up upgrade turns each of
 * its rows into a partnership's first MaracSettingsChanged event (see upgradeMaracRegistry), so the
 * history, rebuilt from the log, keeps them.
 */
export class MaracRegistry1764800000000 implements MigrationInterface {
  name = 'MaracRegistry1764800000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE marac_panels (
        marac_id       text PRIMARY KEY,
        partnership_id text NOT NULL,
        name           text NOT NULL,
        registered_at  timestamptz NOT NULL,
        last_revision  integer NOT NULL
      )`);
    await runner.query('CREATE INDEX marac_panels_partnership_idx ON marac_panels (partnership_id, name)');
    await runner.query(`
      CREATE TABLE marac_settings_history (
        owner_kind     text NOT NULL,
        owner_id       text NOT NULL,
        revision       integer NOT NULL,
        partnership_id text NOT NULL,
        effective_from date NOT NULL,
        changes        jsonb NOT NULL,
        recorded_at    timestamptz NOT NULL,
        PRIMARY KEY (owner_kind, owner_id, revision)
      )`);
    await runner.query('CREATE INDEX marac_settings_history_partnership_idx ON marac_settings_history (partnership_id)');
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE marac_settings_history');
    await runner.query('DROP TABLE marac_panels');
  }
}
