import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The audit log says on what basis (consent, a lawful basis) each record of a person was read. */
export class AuditSharingBasis1766500000001 implements MigrationInterface {
  name = 'AuditSharingBasis1766500000001';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query('ALTER TABLE audit_log ADD COLUMN sharing_basis text');
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('ALTER TABLE audit_log DROP COLUMN sharing_basis');
  }
}
