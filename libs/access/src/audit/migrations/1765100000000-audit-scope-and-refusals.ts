import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Entries scoped to partnerships even when no record was known (the actor's partnerships), refusals
 * without a verified caller (the client's address), and counted entries (429s: one per caller and
 * minute whose count rises, so a flood of refused requests is not a flood of rows). The append-only
 * trigger still refuses every other change: an UPDATE may only raise the count of a counted entry.
 */
export class AuditScopeAndRefusals1765100000000 implements MigrationInterface {
  name = 'AuditScopeAndRefusals1765100000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE audit_log
      ADD COLUMN actor_partnerships text[] NOT NULL DEFAULT '{}',
      ADD COLUMN client_address text,
      ADD COLUMN count int NOT NULL DEFAULT 1,
      ADD COLUMN counted_key text`);
    await runner.query('CREATE UNIQUE INDEX audit_log_counted_key ON audit_log (counted_key)');
    await runner.query('CREATE INDEX audit_log_partnership ON audit_log (partnership_id, occurred_at)');
    await runner.query(`CREATE OR REPLACE FUNCTION audit_log_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'UPDATE' AND OLD.counted_key IS NOT NULL AND NEW.count > OLD.count
           AND to_jsonb(NEW) - 'count' = to_jsonb(OLD) - 'count' THEN
          RETURN NEW;
        END IF;
        RAISE EXCEPTION 'audit_log is append-only: % refused', TG_OP;
      END $$`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`CREATE OR REPLACE FUNCTION audit_log_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_log is append-only: % refused', TG_OP;
      END $$`);
    await runner.query('DROP INDEX audit_log_partnership');
    await runner.query('DROP INDEX audit_log_counted_key');
    await runner.query(
      'ALTER TABLE audit_log DROP COLUMN counted_key, DROP COLUMN count, DROP COLUMN client_address, DROP COLUMN actor_partnerships',
    );
  }
}
