import pg from 'pg';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { bearer, type Role } from '@app/access';
import { EVENT_STORE, EventCodec } from '@app/event-store';
import { maracContext } from '@app/marac';
import { ProjectionsService, rebuildProjection } from '@app/projections';
import { startTestApp, type TestApp } from '@app/testing';
import { registerTestMarac } from './support/marac-registration.js';
import { dashAnswers, referralBody } from './support/referral-body.js';
import { waitFor } from './support/task-ledger.js';

/**
 * Issue 12: erasure does not depend on projections. The case list (the one read model holding names) is
 * stuck on an event it cannot apply when an admin erases a victim: the erasure blanks the name in the read
 * model itself, so no table and no response (case list, agendas) names the victim while the projection is
 * stuck, after it is unstuck and applies the rest of the log, or after a rebuild (the key is gone). The stall
 * is provoked as an operator's mistake would: a constraint the case list's next update breaks.
 */
const PARTNERSHIP = 'csp-erasure-stalled';
const MARAC = 'marac-erasure-stalled';
const VICTIM = 'd1111111-1111-4111-8111-111111111111';
const NAME = 'Zephyrine Coldharbourne';
const SURNAME = 'Coldharbourne';
const OTHER_NAME = 'Keepme Stalledlist';

describe('erasure while the case-list projection is stuck', () => {
  let harness: TestApp;
  let server: ReturnType<TestApp['app']['getHttpServer']>;
  let db: pg.Client;
  const ids: Record<string, string> = {};

  const auth = (roles: Role[]) => bearer(harness.app, { id: `stalled-${roles.join('+')}`, roles, partnerships: [PARTNERSHIP] });
  const post = async (path: string, body: object, status: number) =>
    (
      await request(server)
        .post(path)
        .set('Authorization', await auth(['coordinator']))
        .send(body)
        .expect(status)
    ).body;
  const get = async (path: string) =>
    (
      await request(server)
        .get(path)
        .set('Authorization', await auth(['coordinator']))
        .expect(200)
    ).body;
  const responses = async () =>
    JSON.stringify([
      await get(`/maracs/${MARAC}/cases?status=all`),
      await get(`/marac/meetings/${ids.meeting}/agenda?asOf=2024-04-20`),
      await get(`/marac/cases/${ids.victimCase}`),
    ]);
  const caseListHealth = async () =>
    (await harness.app.get(ProjectionsService).health()).find((projection) => projection.name === 'marac_case_list')!;
  /** Tables (every one in the public schema) with a row mentioning the text. */
  const tablesMentioning = async (text: string) => {
    const { rows: tables } = await db.query<{ name: string }>(`SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public'`);
    const found: string[] = [];
    for (const { name } of tables) {
      const { rows } = await db.query(`SELECT 1 FROM public."${name}" t WHERE t::text ILIKE $1 LIMIT 1`, [`%${text}%`]);
      if (rows.length > 0) found.push(name);
    }
    return found.sort();
  };

  beforeAll(async () => {
    harness = await startTestApp([maracContext], { RETENTION_INTERVAL_MS: '0' });
    server = harness.app.getHttpServer();
    db = new pg.Client({ connectionString: harness.database.url });
    await db.connect();
    await registerTestMarac(harness.app, MARAC, PARTNERSHIP);
    ids.victimCase = (
      await post('/marac/referrals', referralBody({ partnershipId: PARTNERSHIP, maracId: MARAC, victimId: VICTIM, victimName: NAME }), 201)
    ).caseId;
    ids.otherCase = (
      await post('/marac/referrals', referralBody({ partnershipId: PARTNERSHIP, maracId: MARAC, victimName: OTHER_NAME }), 201)
    ).caseId;
    ids.meeting = (await post('/marac/meetings', { partnershipId: PARTNERSHIP, maracId: MARAC, date: '2024-04-24' }, 201)).meetingId;
    for (const caseId of [ids.victimCase, ids.otherCase]) await post(`/marac/meetings/${ids.meeting}/agenda`, { caseId }, 200);
    await harness.app.get(ProjectionsService).waitUntilCaughtUp();
  });
  afterAll(async () => {
    await db?.end();
    await harness?.close();
  });

  it('leaves no name in the case list, the agendas or any response, stuck, unstuck and rebuilt', async () => {
    expect(await tablesMentioning(SURNAME)).toEqual(['marac_case_list']);
    expect(await responses()).toContain(SURNAME);

    // The case list's next update of the other case (a DASH of 13) breaks a constraint: it is stuck there.
    await db.query('ALTER TABLE marac_case_list ADD CONSTRAINT test_stall CHECK (dash_score IS DISTINCT FROM 13)');
    await post(`/marac/cases/${ids.otherCase}/dash-assessments`, { assessedOn: '2024-04-26', answers: dashAnswers(13) }, 201);
    await waitFor(async () => ((await caseListHealth()).stall?.attempts ?? 0) >= 1, 30_000);

    await request(server)
      .post('/admin/erasure')
      .set('Authorization', await auth(['admin']))
      .send({ subjectId: VICTIM, reason: 'Right to erasure request RTE-0077' })
      .expect(200);

    // Still stuck, and nothing names the victim.
    expect((await caseListHealth()).stall).toBeDefined();
    expect(await tablesMentioning(SURNAME)).toEqual([]);
    expect(await tablesMentioning('Zephyrine')).toEqual([]);
    expect(await responses()).not.toMatch(new RegExp(`${SURNAME}|Zephyrine`, 'i'));
    const list = await get(`/maracs/${MARAC}/cases?status=all`);
    expect(list.items.find((item: { caseId: string }) => item.caseId === ids.victimCase)).toMatchObject({ victimName: null });
    expect(list.items.find((item: { caseId: string }) => item.caseId === ids.otherCase)).toMatchObject({ victimName: OTHER_NAME });
    const agenda = await get(`/marac/meetings/${ids.meeting}/agenda?asOf=2024-04-20`);
    expect(agenda.cases.map((item: { victimName: string | null }) => item.victimName).sort()).toEqual([OTHER_NAME, null]);

    // Unstuck, the projection applies the rest of the log (the erasure event too) without bringing the name back.
    await db.query('ALTER TABLE marac_case_list DROP CONSTRAINT test_stall');
    await waitFor(async () => (await caseListHealth()).lag === 0, 60_000);
    expect(await tablesMentioning(SURNAME)).toEqual([]);

    // Rebuilt from the log, the name stays blank: the key is gone.
    await rebuildProjection(
      harness.app.get(DataSource),
      harness.app.get(EVENT_STORE),
      harness.app.get(EventCodec),
      harness.app.get(ProjectionsService).find('marac_case_list')!,
    );
    expect(await tablesMentioning(SURNAME)).toEqual([]);
    expect(await tablesMentioning(OTHER_NAME)).toEqual(['marac_case_list']);
    expect(await responses()).not.toMatch(new RegExp(SURNAME, 'i'));
  });
});
