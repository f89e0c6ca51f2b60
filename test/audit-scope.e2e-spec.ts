import pg from 'pg';
import request from 'supertest';
import { bearer, RefusalAudit, type Role } from '@app/access';
import { startTestApp, type TestApp } from '@app/testing';
import { registerTestMarac } from './support/marac-registration.js';
import { boundedContexts } from '@app/contexts';
import { registerTestPerson } from './support/people.js';

/**
 * Issue 12, defect 3, over HTTP: every audit entry carries its partnership and the people it concerns
 * (so `?person=` finds a victim's hearings, actions, incidents and closure), an auditor sees only their
 * partnerships' entries, refusals by the guards (401, 403) are audited without the body, and 401s and 429s
 * are counted per address or user and minute in one entry instead of one entry each.
 */
const NORTH = 'north';
const SOUTH = 'south';
let VICTIM = '';
let PERPETRATOR = '';
const RATE_LIMIT = 20;

const answers = (yes: number) => [...Array(yes).fill('yes'), ...Array(24 - yes).fill('no')];

function referral(partnershipId: string, victimId: string, perpetratorId: string) {
  return {
    partnershipId,
    maracId: `marac-${partnershipId}`,
    referralDate: '2024-04-10',
    referringAgency: 'police',
    criterion: 'visible-high-risk',
    victim: {
      personId: victimId,
      details: { fullName: 'Audit Scope Victim' },
      profile: {
        sex: 'female',
        ageAtReferral: 30,
        ethnicity: 'not-racially-minoritised',
        disabled: false,
        lgbtPlus: false,
        childrenInHousehold: 0,
      },
    },
    perpetrators: [{ personId: perpetratorId, relationship: 'ex-partner', details: { fullName: 'Audit Scope Perpetrator' } }],
    dash: { answers: answers(15) },
  };
}

interface Entry {
  actor: string;
  route: string | null;
  recordId: string | null;
  subjectIds: string[];
  partnershipId: string | null;
  outcome: string;
  status: number | null;
}

describe('audit entries: partnership, people and refusals', () => {
  let harness: TestApp;
  let server: ReturnType<TestApp['app']['getHttpServer']>;
  let db: pg.Client;
  const north: Record<string, string> = {};

  // Each user its own id, so the rate limit of one never touches another's requests.
  const as = async (id: string, roles: Role[], partnerships: string[]) => {
    const authorization = await bearer(harness.app, { id, roles, partnerships });
    return {
      get: (path: string) => request(server).get(path).set('Authorization', authorization),
      post: (path: string, body: object) => request(server).post(path).set('Authorization', authorization).send(body),
    };
  };
  const everyEntry = async (auditor: Awaited<ReturnType<typeof as>>, query = ''): Promise<Entry[]> => {
    const entries: Entry[] = [];
    for (let page = 1; ; page++) {
      const body = (await auditor.get(`/audit?pageSize=200&page=${page}${query}`).expect(200)).body as { items: Entry[]; total: number };
      entries.push(...body.items);
      if (entries.length >= body.total || body.items.length === 0) return entries;
    }
  };

  beforeAll(async () => {
    harness = await startTestApp(boundedContexts, { RETENTION_INTERVAL_MS: '0', RATE_LIMIT_PER_MINUTE: String(RATE_LIMIT) });
    server = harness.app.getHttpServer();
    db = new pg.Client({ connectionString: harness.database.url });
    await db.connect();

    for (const partnership of [NORTH, SOUTH]) await registerTestMarac(harness.app, `marac-${partnership}`, partnership);
    VICTIM = await registerTestPerson(harness.app, NORTH, 'Test person VICTIM');
    PERPETRATOR = await registerTestPerson(harness.app, NORTH, 'Test person PERPETRATOR');
    const coordinator = await as('north-coordinator', ['coordinator'], [NORTH]);
    north.caseId = (await coordinator.post('/marac/referrals', referral(NORTH, VICTIM, PERPETRATOR)).expect(201)).body.caseId;
    north.meetingId = (
      await coordinator.post('/marac/meetings', { partnershipId: NORTH, maracId: 'marac-north', date: '2024-04-24' }).expect(201)
    ).body.meetingId;
    await coordinator.post(`/marac/meetings/${north.meetingId}/agenda`, { caseId: north.caseId }).expect(200);
    await coordinator
      .post(`/marac/cases/${north.caseId}/hearings`, {
        meetingId: north.meetingId,
        heardOn: '2024-04-24',
        agenciesPresent: ['police', 'idva'],
      })
      .expect(200);
    await coordinator
      .post(`/marac/cases/${north.caseId}/actions`, {
        actionId: 'locks',
        agency: 'housing',
        description: 'Fit locks',
        dueDate: '2024-05-24',
      })
      .expect(201);
    await coordinator.post(`/marac/cases/${north.caseId}/actions/locks/complete`, { completedOn: '2024-05-20' }).expect(200);
    await coordinator
      .post(`/marac/cases/${north.caseId}/incidents`, { date: '2024-06-01', reportingAgency: 'police', description: 'Breach' })
      .expect(201);
    await coordinator.post(`/marac/cases/${north.caseId}/close`, { closedOn: '2024-09-30', reason: 'risk-reduced' }).expect(200);
    await coordinator.post(`/marac/meetings/${north.meetingId}/cancel`, { cancelledOn: '2024-04-20', reason: 'not-quorate' }).expect(200);

    const southCoordinator = await as('south-coordinator', ['coordinator'], [SOUTH]);
    north.southCaseId = (
      await southCoordinator
        .post(
          '/marac/referrals',
          referral(
            SOUTH,
            await registerTestPerson(harness.app, SOUTH, 'South victim'),
            await registerTestPerson(harness.app, SOUTH, 'South perpetrator'),
          ),
        )
        .expect(201)
    ).body.caseId;
    // South's coordinator probes north's case: refused (404), and north's to audit.
    await southCoordinator.post(`/marac/cases/${north.caseId}/close`, { closedOn: '2024-09-30', reason: 'risk-reduced' }).expect(404);
  });
  afterAll(async () => {
    await db?.end();
    await harness?.close();
  });

  it('gives every command its partnership, and the case commands the people of the case', async () => {
    const { rows } = await db.query(
      `SELECT route, partnership_id, record_id, subject_ids FROM audit_log WHERE action = 'command' AND actor = 'north-coordinator'`,
    );
    expect(rows.length).toBe(9);
    for (const row of rows) expect(row).toMatchObject({ partnership_id: NORTH, record_id: expect.any(String) });
    const caseRoutes = rows.filter(
      (row) => row.route.startsWith('/marac/cases/') || row.route.endsWith('/agenda') || row.route === '/marac/referrals',
    );
    for (const row of caseRoutes)
      expect(row).toMatchObject({ record_id: north.caseId, subject_ids: expect.arrayContaining([VICTIM, PERPETRATOR]) });
    expect(rows.filter((row) => row.route === '/marac/meetings' || row.route.endsWith('/cancel'))).toEqual([
      expect.objectContaining({ record_id: north.meetingId }),
      expect.objectContaining({ record_id: north.meetingId }),
    ]);
  });

  it("finds a victim's hearing, actions, incident and closure by ?person=", async () => {
    const auditor = await as('north-auditor', ['auditor'], [NORTH]);
    const routes = (await everyEntry(auditor, `&person=${VICTIM}`)).map((entry) => entry.route);
    expect(routes).toEqual(
      expect.arrayContaining([
        '/marac/referrals',
        '/marac/meetings/:meetingId/agenda',
        '/marac/cases/:caseId/hearings',
        '/marac/cases/:caseId/actions',
        '/marac/cases/:caseId/actions/:actionId/complete',
        '/marac/cases/:caseId/incidents',
        '/marac/cases/:caseId/close',
      ]),
    );
    // South's refused probe is north's to see, with the people it concerned.
    expect((await everyEntry(auditor, '&user=south-coordinator')).filter((e) => e.partnershipId === NORTH)).toEqual([
      expect.objectContaining({ status: 404, recordId: north.caseId, subjectIds: [VICTIM, PERPETRATOR] }),
    ]);
  });

  it("shows a second partnership's auditor none of the first's entries", async () => {
    const southAuditor = await as('south-auditor', ['auditor'], [SOUTH]);
    const entries = await everyEntry(southAuditor);
    expect(entries.map((entry) => entry.recordId)).toContain(north.southCaseId);
    const northIds = new Set([north.caseId, north.meetingId, VICTIM, PERPETRATOR, NORTH]);
    const leaks = entries.filter(
      (entry) =>
        entry.partnershipId !== SOUTH &&
        (entry.partnershipId !== null ||
          entry.actor.startsWith('north') ||
          [entry.recordId, ...entry.subjectIds].some((id) => northIds.has(id ?? ''))),
    );
    expect(leaks).toEqual([]);
    expect(entries.some((entry) => [entry.recordId, ...entry.subjectIds].some((id) => northIds.has(id ?? '')))).toBe(false);
    expect((await southAuditor.get(`/audit?person=${VICTIM}`).expect(200)).body.total).toBe(0);
  });

  it('audits a 401 and a 403 refused by the guards, without the body', async () => {
    await request(server).post(`/marac/cases/${north.caseId}/close`).send({ closedOn: '2024-09-30', reason: 'secret-reason' }).expect(401);
    const analyst = await as('north-analyst', ['analyst'], [NORTH]);
    await analyst.post('/marac/referrals', referral(NORTH, VICTIM, PERPETRATOR)).expect(403);
    await harness.app.get(RefusalAudit).flush();

    const { rows } = await db.query(
      `SELECT actor, actor_partnerships, client_address, action, method, route, record_id, subject_ids, partnership_id, outcome, status, count
       FROM audit_log WHERE action = 'refusal' AND status IN (401, 403) ORDER BY id`,
    );
    expect(rows).toEqual([
      expect.objectContaining({
        actor: 'anonymous',
        client_address: expect.any(String),
        method: 'POST',
        route: '/marac/cases/:caseId/close',
        record_id: null,
        subject_ids: [],
        partnership_id: null,
        outcome: 'unauthenticated',
        status: 401,
        count: 1,
      }),
      expect.objectContaining({
        actor: 'north-analyst',
        actor_partnerships: [NORTH],
        client_address: null,
        route: '/marac/referrals',
        subject_ids: [],
        outcome: 'denied',
        status: 403,
        count: 1,
      }),
    ]);
    expect(JSON.stringify(rows)).not.toContain('secret-reason');
    expect(JSON.stringify(rows)).not.toContain('Audit Scope Victim');

    // The 403 is the analyst's partnership's to audit; south's auditor does not see it.
    const northAuditor = await as('north-auditor-2', ['auditor'], [NORTH]);
    expect((await northAuditor.get('/audit?user=north-analyst').expect(200)).body.items).toEqual([
      expect.objectContaining({ status: 403, outcome: 'denied' }),
    ]);
    const southAuditor = await as('south-auditor-2', ['auditor'], [SOUTH]);
    expect((await southAuditor.get('/audit?user=north-analyst').expect(200)).body.total).toBe(0);
  });

  it('counts a burst of 429s in one entry per user and minute', async () => {
    const flooder = await as('north-flooder', ['auditor'], [NORTH]);
    const statuses: number[] = [];
    for (let i = 0; i < RATE_LIMIT + 25; i++) statuses.push((await flooder.get('/audit?pageSize=1')).status);
    const refused = statuses.filter((status) => status === 429).length;
    expect(refused).toBeGreaterThanOrEqual(25);
    await harness.app.get(RefusalAudit).flush();

    const { rows } = await db.query(`SELECT counted_key, count, outcome FROM audit_log WHERE actor = 'north-flooder' AND status = 429`);
    // One entry per minute the burst touched (it may straddle a minute boundary), together counting every 429.
    expect(rows.length).toBeGreaterThanOrEqual(1);
    expect(rows.length).toBeLessThanOrEqual(2);
    expect(new Set(rows.map((row) => row.counted_key)).size).toBe(rows.length);
    expect(rows.reduce((sum, row) => sum + row.count, 0)).toBe(refused);
    for (const row of rows)
      expect(row).toMatchObject({
        outcome: 'rate-limited',
        counted_key: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:00\.000Z\|429\|user:north-flooder$/),
      });
  });

  it('counts a flood of 401s (bad or missing tokens) in one entry per address and minute', async () => {
    const minuteOf = (time: number) => Math.floor(time / 60_000);
    const started = Date.now();
    const BURST = 40;
    for (let i = 0; i < BURST; i++) {
      const call = request(server).get(i % 2 === 0 ? '/audit' : `/marac/cases/${north.caseId}`);
      await (i % 3 === 0 ? call : call.set('Authorization', `Bearer forged.token.${i}`)).expect(401);
    }
    const minutes = minuteOf(Date.now()) - minuteOf(started) + 1;
    await harness.app.get(RefusalAudit).flush();

    const { rows } = await db.query<{ counted_key: string; count: number; client_address: string; actor: string }>(
      `SELECT counted_key, count, client_address, actor FROM audit_log WHERE action = 'refusal' AND status = 401`,
    );
    // The earlier test's single 401 came from the same address, maybe in an earlier minute.
    expect(rows.length).toBeLessThanOrEqual(minutes + 1);
    expect(rows.reduce((sum, row) => sum + row.count, 0)).toBe(BURST + 1);
    expect(new Set(rows.map((row) => row.client_address)).size).toBe(1);
    for (const row of rows)
      expect(row).toMatchObject({
        actor: 'anonymous',
        counted_key: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:00\.000Z\|401\|address:/),
      });
  });
});
