import { openTestPlatform, type TestPlatform } from '@app/testing';
import { accessEntities, accessMigrations } from '../access-schema.js';
import { AuditLog } from './audit-log.js';

describe('audit log in PostgreSQL', () => {
  let platform: TestPlatform;
  let audit: AuditLog;

  beforeAll(async () => {
    platform = await openTestPlatform({ entities: accessEntities, migrations: accessMigrations });
    audit = new AuditLog(platform.dataSource, platform.pool);
    await audit.record({
      actor: 'alice',
      action: 'read',
      recordKind: 'marac_case',
      recordId: 'case-1',
      subjectIds: ['victim-1'],
      partnershipId: 'north',
      outcome: 'success',
    });
    await audit.record({
      actor: 'bob',
      action: 'command',
      method: 'POST',
      route: '/x',
      subjectIds: ['victim-1', 'perp-1'],
      partnershipId: 'north',
      outcome: 'success',
    });
    await audit.record({
      actor: 'alice',
      action: 'read',
      recordId: 'case-2',
      subjectIds: ['victim-2'],
      partnershipId: 'south',
      outcome: 'success',
    });
  });
  const countAll = async () => (await platform.pool.query('SELECT count(*)::int AS c FROM audit_log')).rows[0].c as number;
  afterAll(async () => {
    await platform.dispose();
  });

  it('is append-only in the database: UPDATE, DELETE and TRUNCATE are refused', async () => {
    await expect(platform.pool.query(`UPDATE audit_log SET actor = 'mallory'`)).rejects.toThrow(/append-only: UPDATE refused/);
    await expect(platform.pool.query(`DELETE FROM audit_log WHERE actor = 'alice'`)).rejects.toThrow(/append-only: DELETE refused/);
    await expect(platform.pool.query('TRUNCATE audit_log')).rejects.toThrow(/append-only: TRUNCATE refused/);
    await expect(platform.dataSource.query(`UPDATE audit_log SET purpose = 'x'`)).rejects.toThrow(/append-only/);
    expect(await countAll()).toBe(3);
  });

  it("answers by person, user and period within the auditor's partnerships, paged", async () => {
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

  it("scopes entries that name no record to the actor's partnerships, and never answers entries of no partnership", async () => {
    await audit.record({
      actor: 'carol',
      actorPartnerships: ['north', 'east'],
      action: 'refusal',
      route: '/marac/referrals',
      outcome: 'denied',
      status: 403,
    });
    await audit.record({
      actor: 'anonymous',
      clientAddress: '192.0.2.1',
      action: 'refusal',
      route: '/audit',
      outcome: 'unauthenticated',
      status: 401,
    });
    const seenBy = async (partnerships: string[]) =>
      (await audit.query({ partnerships, page: 1, pageSize: 50 })).items.map((e) => e.actor).sort();
    expect(await seenBy(['east'])).toEqual(['carol']);
    expect(await seenBy(['south'])).toEqual(['alice']);
    expect(await seenBy(['north'])).toEqual(['alice', 'bob', 'carol']);
    expect(await seenBy(['north', 'south', 'east'])).not.toContain('anonymous');
  });

  it('counts into one entry per key, whose count is the only thing that may change, and only upwards', async () => {
    const before = await countAll();
    const entry = { actor: 'dave', actorPartnerships: ['north'], action: 'refusal', outcome: 'rate-limited', status: 429 };
    await audit.count('2026-01-01T10:00:00.000Z|user:dave', 1, entry);
    await audit.count('2026-01-01T10:00:00.000Z|user:dave', 4, entry);
    await audit.count('2026-01-01T10:01:00.000Z|user:dave', 2, entry);
    expect(await countAll()).toBe(before + 2);
    const rows = await platform.pool.query(`SELECT counted_key, count FROM audit_log WHERE actor = 'dave' ORDER BY counted_key`);
    expect(rows.rows.map((r) => r.count)).toEqual([5, 2]);
    await expect(platform.pool.query(`UPDATE audit_log SET count = 1 WHERE actor = 'dave'`)).rejects.toThrow(/append-only: UPDATE refused/);
    await expect(platform.pool.query(`UPDATE audit_log SET count = count + 1, actor = 'eve' WHERE actor = 'dave'`)).rejects.toThrow(
      /append-only/,
    );
    await expect(platform.pool.query(`UPDATE audit_log SET count = count + 1 WHERE actor = 'alice'`)).rejects.toThrow(/append-only/);
  });
});
