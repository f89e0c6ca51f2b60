import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * One data key per data subject, wrapped by the master key. Erasure nulls the key and keeps the row
 * as a tombstone; the triggers make erasure final (no key written back, no tombstone deleted).
 */
export class SubjectKeys1763900000000 implements MigrationInterface {
  name = 'SubjectKeys1763900000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`CREATE TABLE subject_keys (
      subject_id text PRIMARY KEY,
      partnership_id text,
      wrapped_key bytea,
      master_key_id text,
      created_at timestamptz NOT NULL DEFAULT now(),
      erased_at timestamptz,
      erased_by text,
      erasure_reason text,
      CONSTRAINT subject_keys_erased_has_no_key CHECK ((wrapped_key IS NULL) = (erased_at IS NOT NULL))
    )`);
    await runner.query(`CREATE FUNCTION subject_keys_erasure_is_final() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'DELETE' THEN
          RAISE EXCEPTION 'subject_keys rows are kept as erasure tombstones and cannot be deleted';
        END IF;
        IF OLD.erased_at IS NOT NULL THEN
          RAISE EXCEPTION 'an erased subject key cannot be changed';
        END IF;
        RETURN NEW;
      END $$`);
    await runner.query(`CREATE TRIGGER subject_keys_erasure_is_final BEFORE UPDATE OR DELETE ON subject_keys
      FOR EACH ROW EXECUTE FUNCTION subject_keys_erasure_is_final()`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE subject_keys');
    await runner.query('DROP FUNCTION subject_keys_erasure_is_final()');
  }
}
