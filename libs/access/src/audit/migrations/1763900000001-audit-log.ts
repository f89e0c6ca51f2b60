import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The audit log, append-only in the database itself: triggers refuse UPDATE, DELETE and TRUNCATE
 * whoever asks, so the application cannot rewrite history. (A database owner can still drop the
 * triggers; production should run the app as a role that does not own this table.)
 */
export class AuditLog1763900000001 implements MigrationInterface {
  name = 'AuditLog1763900000001';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`CREATE TABLE audit_log (
      id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      occurred_at timestamptz NOT NULL DEFAULT now(),
      actor text NOT NULL,
      actor_roles text[] NOT NULL DEFAULT '{}',
      action text NOT NULL,
      method text,
      route text,
      record_kind text,
      record_id text,
      subject_ids text[] NOT NULL DEFAULT '{}',
      partnership_id text,
      correlation_id text,
      purpose text,
      outcome text NOT NULL,
      status int
    )`);
    await runner.query('CREATE INDEX audit_log_actor ON audit_log (actor, occurred_at)');
    await runner.query('CREATE INDEX audit_log_occurred_at ON audit_log (occurred_at)');
    await runner.query('CREATE INDEX audit_log_subjects ON audit_log USING gin (subject_ids)');
    await runner.query('CREATE INDEX audit_log_record ON audit_log (record_id)');
    await runner.query(`CREATE FUNCTION audit_log_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_log is append-only: % refused', TG_OP;
      END $$`);
    await runner.query(`CREATE TRIGGER audit_log_no_update_or_delete BEFORE UPDATE OR DELETE ON audit_log
      FOR EACH ROW EXECUTE FUNCTION audit_log_is_append_only()`);
    await runner.query(`CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
      FOR EACH STATEMENT EXECUTE FUNCTION audit_log_is_append_only()`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE audit_log');
    await runner.query('DROP FUNCTION audit_log_is_append_only()');
  }
}
