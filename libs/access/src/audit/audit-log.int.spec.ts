import { openTestPlatform, type TestPlatform } from '@app/testing';
import { accessEntities, accessMigrations } from '../access-schema.js';
import { AuditLog } from './audit-log.js';

describe('audit log in PostgreSQL', () => {
  let platform: TestPlatform;
  let audit: AuditLog;

  beforeAll(async () => {
    platform = await openTestPlatform({ entities: accessEntities, migrations: accessMigrations });
    audit = new AuditLog(platform.dataSource);
    await audit.record({ actor: 'alice', action: 'read', recordKind: 'marac_case', recordId: 'case-1', subjectIds: ['victim-1'], partnershipId: 'north', outcome: 'success' });
    await audit.record({ actor: 'bob', action: 'command', method: 'POST', route: '/x', subjectIds: ['victim-1', 'perp-1'], partnershipId: 'north', outcome: 'success' });
    await audit.record({ actor: 'alice', action: 'read', recordId: 'case-2', subjectIds: ['victim-2'], partnershipId: 'south', outcome: 'success' });
  });
  afterAll(async () => {
    await platform.dispose();
  });

  it('is append-only in the database: UPDATE, DELETE and TRUNCATE are refused', async () => {
    await expect(platform.pool.query(`UPDATE audit_log SET actor = 'mallory'`)).rejects.toThrow(/append-only: UPDATE refused/);
    await expect(platform.pool.query(`DELETE FROM audit_log WHERE actor = 'alice'`)).rejects.toThrow(/append-only: DELETE refused/);
    await expect(platform.pool.query('TRUNCATE audit_log')).rejects.toThrow(/append-only: TRUNCATE refused/);
    await expect(platform.dataSource.query(`UPDATE audit_log SET purpose = 'x'`)).rejects.toThrow(/append-only/);
    expect((await platform.pool.query('SELECT count(*)::int AS c FROM audit_log')).rows[0].c).toBe(3);
  });

  it('answers by person, user and period within the auditor\'s partnerships, paged', async () => {
    const q = (extra: object) => audit.query({ partnerships: ['north'], page: 1, pageSize: 10, ...extra });
    expect((await q({ person: 'victim-1' })).items.map((e) => e.actor).sort()).toEqual(['alice', 'bob']);
    expect((await q({ person: 'case-1' })).total).toBe(1);
    expect((await q({ user: 'alice' })).total).toBe(1); // alice's south entry is out of scope
    expect((await q({ from: new Date(Date.now() + 60_000) })).total).toBe(0);
    expect((await q({ to: new Date(Date.now() + 60_000) })).total).toBe(2);
    const page2 = await audit.query({ partnerships: ['north', 'south'], page: 2, pageSize: 2 });
    expect(page2).toMatchObject({ total: 3, page: 2, pageSize: 2 });
    expect(page2.items).toHaveLength(1);
  });
});
