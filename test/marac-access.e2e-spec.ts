import fc from 'fast-check';
import pg from 'pg';
import request from 'supertest';
import { bearer, ROLES, type Role } from '@app/access';
import { ProcessManagersService } from '@app/kit';
import { ProjectionsService } from '@app/projections';
import { startTestApp, type TestApp } from '@app/testing';
import { dashAnswers, referralBody } from './support/referral-body.js';
import { boundedContexts } from '@app/contexts';
import { registerTestPerson } from './support/people.js';

/**
 * Access control where it meets MARAC, over HTTP with real tokens: every MARAC endpoint as every role
 * (exactly the admitted roles get through, everyone else 403), another partnership's coordinator,
 * analyst and admin getting the same 404 as for something that does not exist (and changing nothing),
 * analysts' depersonalised case-level data and small-count suppression, and the audit of reads of
 * people's records.
 */
const NORTH = 'north';
const SOUTH = 'south';
const MARAC = 'marac-north';
const STATS = 'marac-stats';
const UNKNOWN_ID = '7c9e6679-7425-40de-944b-e07fc1f90ae7';
let VICTIM_A = '';
let PERP_A = '';

const answers = dashAnswers;

function referral(overrides: Record<string, unknown> = {}, victim: Record<string, unknown> = {}) {
  const body = referralBody({
    partnershipId: NORTH,
    maracId: MARAC,
    victimName: 'Matrix Test Victim',
    perpetratorName: 'Matrix Test Perpetrator',
  });
  return { ...body, victim: { ...body.victim, ...victim }, ...overrides };
}

describe('MARAC access control over HTTP', () => {
  let harness: TestApp;
  let server: ReturnType<TestApp['app']['getHttpServer']>;
  let db: pg.Client;
  const ids: Record<string, string> = {};

  const token = (roles: Role[], partnerships: string[] = [NORTH], id = `${partnerships.join('+')}-${roles.join('+') || 'none'}`) =>
    bearer(harness.app, { id, roles, partnerships });
  const caughtUp = () => harness.app.get(ProjectionsService).waitUntilCaughtUp();
  /** What follows a command in other streams (the victim's history after a referral's void) is written by then. */
  const followed = () => harness.app.get(ProcessManagersService).waitUntilCaughtUp();
  const eventCount = async () => (await db.query('SELECT count(*)::int AS c FROM es_events')).rows[0].c as number;

  async function as(roles: Role[], partnerships: string[] = [NORTH]) {
    const authorization = await token(roles, partnerships);
    return {
      get: (path: string) => request(server).get(path).set('Authorization', authorization),
      post: (path: string, body: object) => request(server).post(path).set('Authorization', authorization).send(body),
      patch: (path: string, body: object) => request(server).patch(path).set('Authorization', authorization).send(body),
    };
  }

  beforeAll(async () => {
    harness = await startTestApp(boundedContexts, { RETENTION_INTERVAL_MS: '0', RATE_LIMIT_PER_MINUTE: '100000' });
    server = harness.app.getHttpServer();
    db = new pg.Client({ connectionString: harness.database.url });
    await db.connect();
    VICTIM_A = await registerTestPerson(harness.app, NORTH, 'Test person VICTIM_A');
    PERP_A = await registerTestPerson(harness.app, NORTH, 'Test person PERP_A');

    const coordinator = await as(['coordinator']);
    const admin = await as(['admin']);
    await admin.patch(`/partnerships/${NORTH}/settings`, { effectiveFrom: '2024-01-01', adultFemalePopulation: 50000 }).expect(200);
    for (const maracId of [MARAC, STATS]) await admin.post('/maracs', { maracId, partnershipId: NORTH, name: maracId }).expect(201);
    await (await as(['admin'], [SOUTH])).post('/maracs', { maracId: 'marac-south', partnershipId: SOUTH, name: 'South' }).expect(201);
    const refer = async (body: object) => (await coordinator.post('/marac/referrals', body).expect(201)).body.caseId as string;

    // Case A (read, and changed by the command rows), listed on meeting M1 with an action to complete.
    ids.a = await refer(
      referral(
        { perpetrators: [{ personId: PERP_A, relationship: 'partner', details: { fullName: 'Matrix Perpetrator A' } }] },
        { personId: VICTIM_A },
      ),
    );
    ids.c = await refer(referral({ referralDate: '2024-04-11' })); // closed by the close row
    ids.d = await refer(referral({ referralDate: '2024-04-12' })); // listed by the agenda row
    ids.m1 = (
      await coordinator.post('/marac/meetings', { partnershipId: NORTH, maracId: MARAC, date: '2024-04-24' }).expect(201)
    ).body.meetingId;
    ids.m2 = (
      await coordinator.post('/marac/meetings', { partnershipId: NORTH, maracId: MARAC, date: '2024-05-08' }).expect(201)
    ).body.meetingId; // cancelled by a row
    await coordinator.post(`/marac/meetings/${ids.m1}/agenda`, { caseId: ids.a }).expect(200);
    await coordinator
      .post(`/marac/cases/${ids.a}/actions`, {
        actionId: 'pre-action',
        agency: 'housing',
        description: 'Fit extra locks',
        dueDate: '2024-05-24',
      })
      .expect(201);
    // Case X, whose records the correction rows amend and void, and case V, whose referral a row voids.
    ids.x = await refer(referral({ referralDate: '2024-04-13' }));
    ids.v = await refer(referral({ referralDate: '2024-04-14' }));
    await coordinator.post(`/marac/meetings/${ids.m1}/agenda`, { caseId: ids.x }).expect(200);
    await coordinator
      .post(`/marac/cases/${ids.x}/hearings`, { meetingId: ids.m1, heardOn: '2024-04-24', agenciesPresent: ['police', 'idva'] })
      .expect(200);
    await coordinator
      .post(`/marac/cases/${ids.x}/actions`, {
        actionId: 'fix-action',
        agency: 'housing',
        description: 'Fit extra locks',
        dueDate: '2024-05-24',
      })
      .expect(201);
    await coordinator
      .post(`/marac/cases/${ids.x}/incidents`, {
        incidentId: 'fix-incident',
        date: '2024-06-01',
        reportingAgency: 'police',
        description: 'Texts',
      })
      .expect(201);

    // South: its own partnership, MARAC and case.
    const southCoordinator = await as(['coordinator'], [SOUTH]);
    ids.s = (
      await southCoordinator.post('/marac/referrals', referral({ partnershipId: SOUTH, maracId: 'marac-south' })).expect(201)
    ).body.caseId;
    await caughtUp();
  });
  afterAll(async () => {
    await db?.end();
    await harness?.close();
  });

  describe('role matrix: every MARAC endpoint as every role', () => {
    interface Row {
      method: 'get' | 'post' | 'patch';
      path: () => string;
      body?: () => object;
      admitted: readonly Role[];
      /** The status the admitted roles get (each command row succeeds once, as the coordinator). */
      status: number;
    }
    const all: [string, Row][] = [
      [
        'refer a case',
        {
          method: 'post',
          path: () => '/marac/referrals',
          body: () => referral({ referralDate: '2024-04-15' }),
          admitted: ['coordinator'],
          status: 201,
        },
      ],
      [
        'police call-out',
        {
          method: 'post',
          path: () => `/marac/victims/${VICTIM_A}/police-call-outs`,
          body: () => ({ partnershipId: NORTH, date: '2024-03-01' }),
          admitted: ['coordinator'],
          status: 201,
        },
      ],
      ['read a case', { method: 'get', path: () => `/marac/cases/${ids.a}`, admitted: ['coordinator'], status: 200 }],
      [
        'DASH',
        {
          method: 'post',
          path: () => `/marac/cases/${ids.a}/dash-assessments`,
          body: () => ({ assessedOn: '2024-04-17', answers: answers(16) }),
          admitted: ['coordinator'],
          status: 201,
        },
      ],
      [
        'hearing',
        {
          method: 'post',
          path: () => `/marac/cases/${ids.a}/hearings`,
          body: () => ({ meetingId: ids.m1, heardOn: '2024-04-24', agenciesPresent: ['police', 'idva'] }),
          admitted: ['coordinator'],
          status: 200,
        },
      ],
      [
        'add action',
        {
          method: 'post',
          path: () => `/marac/cases/${ids.a}/actions`,
          body: () => ({ agency: 'health', description: 'GP review', dueDate: '2024-05-10' }),
          admitted: ['coordinator'],
          status: 201,
        },
      ],
      [
        'complete action',
        {
          method: 'post',
          path: () => `/marac/cases/${ids.a}/actions/pre-action/complete`,
          body: () => ({ completedOn: '2024-05-20' }),
          admitted: ['coordinator'],
          status: 200,
        },
      ],
      [
        'further incident',
        {
          method: 'post',
          path: () => `/marac/cases/${ids.a}/incidents`,
          body: () => ({ date: '2024-09-01', reportingAgency: 'police', description: 'Breach of bail' }),
          admitted: ['coordinator'],
          status: 201,
        },
      ],
      [
        'close a case',
        {
          method: 'post',
          path: () => `/marac/cases/${ids.c}/close`,
          body: () => ({ closedOn: '2024-09-30', reason: 'risk-reduced' }),
          admitted: ['coordinator'],
          status: 200,
        },
      ],
      [
        'schedule a meeting',
        {
          method: 'post',
          path: () => '/marac/meetings',
          body: () => ({ partnershipId: NORTH, maracId: MARAC, date: '2024-06-05' }),
          admitted: ['coordinator'],
          status: 201,
        },
      ],
      [
        'cancel a meeting',
        {
          method: 'post',
          path: () => `/marac/meetings/${ids.m2}/cancel`,
          body: () => ({ cancelledOn: '2024-05-01', reason: 'not-quorate' }),
          admitted: ['coordinator'],
          status: 200,
        },
      ],
      [
        'mark a meeting held',
        {
          method: 'post',
          path: () => `/marac/meetings/${ids.m1}/held`,
          body: () => ({ agenciesPresent: ['police', 'idva', 'health'] }),
          admitted: ['coordinator'],
          status: 200,
        },
      ],
      [
        'list a case on an agenda',
        {
          method: 'post',
          path: () => `/marac/meetings/${ids.m1}/agenda`,
          body: () => ({ caseId: ids.d }),
          admitted: ['coordinator'],
          status: 200,
        },
      ],
      ['read an agenda', { method: 'get', path: () => `/marac/meetings/${ids.m1}/agenda`, admitted: ['coordinator'], status: 200 }],
      ['case list (names)', { method: 'get', path: () => `/maracs/${MARAC}/cases`, admitted: ['coordinator'], status: 200 }],
      [
        'depersonalised cases',
        {
          method: 'get',
          path: () => `/maracs/${MARAC}/cases/depersonalised?financialYear=2024-25`,
          admitted: ['analyst'],
          status: 200,
        },
      ],
      [
        'repeat rate',
        {
          method: 'get',
          path: () => `/maracs/${MARAC}/repeat-rate?financialYear=2024-25`,
          admitted: ['analyst', 'coordinator'],
          status: 200,
        },
      ],
      [
        'repeat rates across MARACs',
        { method: 'get', path: () => '/maracs/repeat-rates?financialYear=2024-25', admitted: ['analyst', 'coordinator'], status: 200 },
      ],
      [
        'repeat rate by quarter',
        {
          method: 'get',
          path: () => `/maracs/${MARAC}/repeat-rate/quarters?financialYear=2024-25`,
          admitted: ['analyst', 'coordinator'],
          status: 200,
        },
      ],
      [
        'SafeLives',
        {
          method: 'get',
          path: () => `/maracs/${MARAC}/safelives?financialYear=2024-25`,
          admitted: ['analyst', 'coordinator'],
          status: 200,
        },
      ],
      [
        'agency engagement',
        {
          method: 'get',
          path: () => `/maracs/${MARAC}/agency-engagement?financialYear=2024-25`,
          admitted: ['analyst', 'coordinator'],
          status: 200,
        },
      ],
      ['read settings', { method: 'get', path: () => `/partnerships/${NORTH}/settings`, admitted: ['admin'], status: 200 }],
      [
        'change settings',
        {
          method: 'patch',
          path: () => `/partnerships/${NORTH}/settings`,
          body: () => ({ effectiveFrom: '2024-01-01', policeCallOutThreshold: 3 }),
          admitted: ['admin'],
          status: 200,
        },
      ],
      [
        'register a MARAC',
        {
          method: 'post',
          path: () => '/maracs',
          body: () => ({ maracId: 'marac-matrix', partnershipId: NORTH, name: 'Matrix MARAC' }),
          admitted: ['admin'],
          status: 201,
        },
      ],
      ['list MARACs', { method: 'get', path: () => '/maracs', admitted: ['admin', 'coordinator', 'analyst'], status: 200 }],
      [
        'rename a MARAC',
        { method: 'patch', path: () => `/maracs/${MARAC}`, body: () => ({ name: 'North MARAC' }), admitted: ['admin'], status: 200 },
      ],
      [
        'override MARAC settings',
        {
          method: 'patch',
          path: () => `/maracs/${MARAC}/settings`,
          body: () => ({ effectiveFrom: '2024-01-01', adultFemalePopulation: 50000 }),
          admitted: ['admin'],
          status: 200,
        },
      ],
      ['audit trail', { method: 'get', path: () => '/audit', admitted: ['auditor'], status: 200 }],
      [
        'erasure',
        {
          method: 'post',
          path: () => '/admin/erasure',
          body: () => ({ subjectId: 'nobody-known', reason: 'role matrix' }),
          admitted: ['admin'],
          status: 404,
        },
      ],
      [
        'amend a referral',
        {
          method: 'post',
          path: () => `/marac/cases/${ids.x}/referral/amend`,
          body: () => ({ reason: 'Wrong agency', referringAgency: 'health' }),
          admitted: ['coordinator'],
          status: 200,
        },
      ],
      [
        'amend a hearing',
        {
          method: 'post',
          path: () => `/marac/cases/${ids.x}/hearings/${ids.m1}/amend`,
          body: () => ({ reason: 'IDVA absent', agenciesPresent: ['police'] }),
          admitted: ['coordinator'],
          status: 200,
        },
      ],
      [
        'void a hearing',
        {
          method: 'post',
          path: () => `/marac/cases/${ids.x}/hearings/${ids.m1}/void`,
          body: () => ({ reason: 'Not heard there' }),
          admitted: ['coordinator'],
          status: 200,
        },
      ],
      [
        'amend an incident',
        {
          method: 'post',
          path: () => `/marac/cases/${ids.x}/incidents/fix-incident/amend`,
          body: () => ({ reason: 'Wrong agency', reportingAgency: 'idva' }),
          admitted: ['coordinator'],
          status: 200,
        },
      ],
      [
        'void an incident',
        {
          method: 'post',
          path: () => `/marac/cases/${ids.x}/incidents/fix-incident/void`,
          body: () => ({ reason: 'Another victim' }),
          admitted: ['coordinator'],
          status: 200,
        },
      ],
      [
        'amend an action',
        {
          method: 'post',
          path: () => `/marac/cases/${ids.x}/actions/fix-action/amend`,
          body: () => ({ reason: 'Wrong date', dueDate: '2024-06-01' }),
          admitted: ['coordinator'],
          status: 200,
        },
      ],
      [
        'void an action',
        {
          method: 'post',
          path: () => `/marac/cases/${ids.x}/actions/fix-action/void`,
          body: () => ({ reason: 'Duplicate' }),
          admitted: ['coordinator'],
          status: 200,
        },
      ],
      [
        'void a referral',
        {
          method: 'post',
          path: () => `/marac/cases/${ids.v}/referral/void`,
          body: () => ({ reason: 'Wrong MARAC' }),
          admitted: ['coordinator'],
          status: 200,
        },
      ],
    ];
    const cases = all.flatMap(([name, row]) => ROLES.map((role) => ({ name, row, role, allowed: row.admitted.includes(role) })));

    it.each(cases)('$name as $role → allowed: $allowed', async ({ row, role, allowed }) => {
      const before = await eventCount();
      const authorization = await token([role]);
      const call = request(server)[row.method](row.path()).set('Authorization', authorization);
      const response = await (row.body ? call.send(row.body()) : call);
      if (allowed) {
        expect({ status: response.status, body: response.status === row.status ? undefined : response.body }).toEqual({
          status: row.status,
          body: undefined,
        });
        await followed();
      } else {
        expect(response.status).toBe(403);
        expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
        expect(await eventCount()).toBe(before);
      }
    });

    it('never lets iom-lead, asb-caseworker or auditor reach any MARAC endpoint, nor an analyst a record with names', () => {
      for (const [, row] of all.filter(([, r]) => /^\/(marac|maracs|partnerships)(\/|$)/.test(r.path()))) {
        expect(row.admitted).not.toContain('iom-lead');
        expect(row.admitted).not.toContain('asb-caseworker');
        expect(row.admitted).not.toContain('auditor');
      }
      const withNames = all.filter(([name]) => ['read a case', 'read an agenda', 'case list (names)'].includes(name));
      expect(withNames.every(([, row]) => !row.admitted.includes('analyst'))).toBe(true);
    });

    it('covers every MARAC route in the OpenAPI document', async () => {
      const doc = await request(server).get('/docs/openapi.json').expect(200);
      const documented = Object.entries(doc.body.paths as Record<string, Record<string, unknown>>)
        // Other contexts' settings under /partnerships are in their own matrices: the Case Review procedure in
        // test/case-review-access.e2e-spec.ts, alerts' in test/alerts.e2e-spec.ts, victim services' in
        // test/victim-services-settings.e2e-spec.ts.
        .filter(
          ([path]) =>
            /^\/(marac|maracs|partnerships)(\/|$)/.test(path) &&
            !path.endsWith('/case-review-settings') &&
            !path.endsWith('/alert-settings') &&
            !path.endsWith('/victim-services-settings'),
        )
        .flatMap(([path, methods]) => Object.keys(methods).map((method) => `${method} ${path.replace(/\{(\w+)\}/g, ':$1')}`))
        .sort();
      const tested = all
        .filter(([, row]) => /^\/(marac|maracs|partnerships)(\/|$)/.test(row.path()))
        .map(([, row]) => `${row.method} ${row.path()}`)
        .map((route) =>
          route
            .split('?')[0]
            .replace(ids.a, ':caseId')
            .replace(ids.c, ':caseId')
            .replace(ids.x, ':caseId')
            .replace(ids.v, ':caseId')
            .replace(ids.m1, ':meetingId')
            .replace(ids.m2, ':meetingId')
            .replace(VICTIM_A, ':personId')
            .replace(`/maracs/${MARAC}`, '/maracs/:maracId')
            .replace(`/partnerships/${NORTH}`, '/partnerships/:partnershipId')
            .replace('/pre-action/', '/:actionId/')
            .replace('/fix-action/', '/:actionId/')
            .replace('/fix-incident/', '/:incidentId/'),
        );
      expect([...new Set(tested)].sort()).toEqual(documented);
    });
  });

  describe("another partnership's records: 404, exactly as for none, and nothing changes", () => {
    it("answers south's coordinator about north's case, meetings and MARAC as if they did not exist", async () => {
      const south = await as(['coordinator'], [SOUTH]);
      const before = await eventCount();
      const revision = (await (await as(['coordinator'])).get(`/marac/cases/${ids.a}`).expect(200)).headers.etag;
      const same = async (foreign: request.Test, missing: request.Test) => {
        const [a, b] = [await foreign, await missing];
        expect([a.status, b.status]).toEqual([404, 404]);
        expect(a.body.detail).toBe(b.body.detail);
        expect(a.headers['content-type']).toMatch(/application\/problem\+json/);
      };

      await same(south.get(`/marac/cases/${ids.a}`), south.get(`/marac/cases/${UNKNOWN_ID}`));
      const caseCommands: [string, object][] = [
        ['dash-assessments', { assessedOn: '2024-04-18', answers: answers(20) }],
        ['hearings', { meetingId: ids.m1, heardOn: '2024-04-24', agenciesPresent: ['police'] }],
        ['actions', { agency: 'housing', description: 'Should never be stored', dueDate: '2024-06-01' }],
        ['actions/pre-action/complete', { completedOn: '2024-05-21' }],
        ['incidents', { date: '2024-10-01', reportingAgency: 'police', description: 'Should never be stored' }],
        ['close', { closedOn: '2024-10-01', reason: 'risk-reduced' }],
        ['referral/amend', { reason: 'Should never be stored', referringAgency: 'idva' }],
        ['referral/void', { reason: 'Should never be stored' }],
        ['actions/pre-action/void', { reason: 'Should never be stored' }],
      ];
      for (const [path, body] of caseCommands) {
        await same(south.post(`/marac/cases/${ids.a}/${path}`, body), south.post(`/marac/cases/${UNKNOWN_ID}/${path}`, body));
      }
      await same(south.get(`/marac/meetings/${ids.m1}/agenda`), south.get(`/marac/meetings/${UNKNOWN_ID}/agenda`));
      await same(
        south.post(`/marac/meetings/${ids.m1}/agenda`, { caseId: ids.s }),
        south.post(`/marac/meetings/${UNKNOWN_ID}/agenda`, { caseId: ids.s }),
      );
      await same(
        south.post(`/marac/meetings/${ids.m1}/cancel`, { cancelledOn: '2024-04-20', reason: 'not-quorate' }),
        south.post(`/marac/meetings/${UNKNOWN_ID}/cancel`, { cancelledOn: '2024-04-20', reason: 'not-quorate' }),
      );
      // Commands naming north's partnership.
      await same(south.post('/marac/referrals', referral()), south.post('/marac/referrals', referral({ partnershipId: 'nowhere' })));
      await same(
        south.post('/marac/meetings', { partnershipId: NORTH, maracId: MARAC, date: '2024-07-01' }),
        south.post('/marac/meetings', { partnershipId: 'nowhere', maracId: MARAC, date: '2024-07-01' }),
      );
      await same(
        south.post(`/marac/victims/${VICTIM_A}/police-call-outs`, { partnershipId: NORTH, date: '2024-03-02' }),
        south.post(`/marac/victims/${VICTIM_A}/police-call-outs`, { partnershipId: 'nowhere', date: '2024-03-02' }),
      );
      // North's victim, named by person id under south's own partnership: their history is not south's to read or add to.
      const foreignVictim = await south
        .post(
          '/marac/referrals',
          referral({ partnershipId: SOUTH, maracId: 'marac-south', referralDate: '2024-05-01' }, { personId: VICTIM_A }),
        )
        .expect(404);
      expect(foreignVictim.body.detail).toBe('There is no such person in your partnerships.');
      await south.post(`/marac/victims/${VICTIM_A}/police-call-outs`, { partnershipId: SOUTH, date: '2024-03-03' }).expect(404);
      // Reads of north's MARAC.
      for (const query of [
        'cases',
        'repeat-rate?from=2024-04-01&to=2025-03-31',
        'repeat-rate/quarters?financialYear=2024-25',
        'safelives?financialYear=2024-25',
        'agency-engagement?from=2024-04-01&to=2025-03-31',
      ]) {
        await same(south.get(`/maracs/${MARAC}/${query}`), south.get(`/maracs/no-such-marac/${query}`));
      }

      expect(await eventCount()).toBe(before);
      const after = await (await as(['coordinator'])).get(`/marac/cases/${ids.a}`).expect(200);
      expect(after.headers.etag).toBe(revision);
      expect(JSON.stringify(after.body)).not.toMatch(/Should never be stored/);
    });

    it("answers south's analyst and admin about north's reports and settings with 404", async () => {
      const analyst = await as(['analyst'], [SOUTH]);
      for (const query of [
        'cases/depersonalised?financialYear=2024-25',
        'repeat-rate?financialYear=2024-25',
        'safelives?financialYear=2024-25&format=csv',
      ]) {
        const [foreign, missing] = [await analyst.get(`/maracs/${MARAC}/${query}`), await analyst.get(`/maracs/no-such-marac/${query}`)];
        expect([foreign.status, missing.status]).toEqual([404, 404]);
        expect(foreign.body.detail).toBe(missing.body.detail);
      }
      const admin = await as(['admin'], [SOUTH]);
      const settings = { repeatBandLow: 0.1, repeatBandHigh: 0.2, adultFemalePopulation: 1, policeCallOutThreshold: 1 };
      await admin.get(`/partnerships/${NORTH}/settings`).expect(404);
      await admin.patch(`/partnerships/${NORTH}/settings`, settings).expect(404);
      await admin.patch(`/maracs/${MARAC}/settings`, { adultFemalePopulation: 1 }).expect(404);
      await admin.post('/maracs', { maracId: 'marac-in-north', partnershipId: NORTH, name: 'Not yours' }).expect(404);
      expect((await admin.get('/maracs').expect(200)).body.maracs.map((m: { maracId: string }) => m.maracId)).toEqual(['marac-south']);
      const north = await (await as(['admin'])).get(`/partnerships/${NORTH}/settings`).expect(200);
      expect(north.body).toMatchObject({ repeatBand: { low: 0.28, high: 0.4 }, adultFemalePopulation: 50000 });
    });

    it("lets north's coordinator see only north's cases in a list, and not south's case", async () => {
      const north = await as(['coordinator']);
      const list = await north.get(`/maracs/${MARAC}/cases?status=all&pageSize=200`).expect(200);
      expect(list.body.items.map((i: { caseId: string }) => i.caseId)).not.toContain(ids.s);
      await north.get(`/marac/cases/${ids.s}`).expect(404);
      await north.get('/maracs/marac-south/cases').expect(404);
    });
  });

  describe("analysts' depersonalised data", () => {
    const victims = { young: '', b: '', c: '' };

    beforeAll(async () => {
      const coordinator = await as(['coordinator']);
      for (const key of ['young', 'b', 'c'] as const) victims[key] = await registerTestPerson(harness.app, NORTH, `Stats victim ${key}`);
      // Every referral here is about the same perpetrator, so the young victim's second one is a repeat.
      const perpetrators = [
        {
          personId: await registerTestPerson(harness.app, NORTH, 'Stats perpetrator'),
          relationship: 'partner',
          details: { fullName: 'Stats Perp' },
        },
      ];
      const refer = async (personId: string, referralDate: string, profile: object, name: string) =>
        (
          await coordinator
            .post(
              '/marac/referrals',
              referral(
                { maracId: STATS, referralDate, perpetrators },
                { personId, details: { fullName: name, dateOfBirth: undefined, address: '1 Secret Lane', phone: '07700 900123' }, profile },
              ),
            )
            .expect(201)
        ).body.caseId as string;
      const profile = (age: number, children: number) => ({
        sex: 'female',
        ageAtReferral: age,
        ethnicity: 'not-known',
        disabled: null,
        lgbtPlus: null,
        childrenInHousehold: children,
      });
      const meeting = (await coordinator.post('/marac/meetings', { partnershipId: NORTH, maracId: STATS, date: '2024-04-25' }).expect(201))
        .body.meetingId;
      const cases = [
        await refer(victims.young, '2024-04-05', profile(17, 2), 'Stats Victim Young'),
        await refer(victims.b, '2024-04-06', profile(40, 3), 'Stats Victim Bee'),
        await refer(victims.c, '2024-04-07', profile(66, 1), 'Stats Victim Cee'),
      ];
      for (const caseId of cases) {
        await coordinator.post(`/marac/meetings/${meeting}/agenda`, { caseId }).expect(200);
        await coordinator
          .post(`/marac/cases/${caseId}/hearings`, { meetingId: meeting, heardOn: '2024-04-25', agenciesPresent: ['police', 'idva'] })
          .expect(200);
      }
      // The young victim is referred again within 12 months: a repeat referral, not heard yet.
      await refer(victims.young, '2024-06-03', profile(17, 2), 'Stats Victim Young');
      await caughtUp();
    });

    it('gives case-level rows with pseudonymous ids, age and risk bands, repeat flag, agency and month, and nothing personal', async () => {
      const analyst = await as(['analyst']);
      const response = await analyst.get(`/maracs/${STATS}/cases/depersonalised?quarter=2024-25-Q1`).expect(200);
      expect(response.body).toMatchObject({ maracId: STATS, from: '2024-04-01', to: '2024-06-30', total: 4, page: 1 });
      for (const item of response.body.items) {
        expect(Object.keys(item).sort()).toEqual([
          'ageBand',
          'caseRef',
          'criterion',
          'isRepeat',
          'referralMonth',
          'referringAgency',
          'riskBand',
          'victimRef',
        ]);
        expect(item.caseRef).toMatch(/^p_[0-9a-f]{24}$/);
        expect(item.victimRef).toMatch(/^p_[0-9a-f]{24}$/);
        expect(item.referralMonth).toMatch(/^2024-0[46]$/);
        expect(item.riskBand).toBe('high');
      }
      const text = JSON.stringify(response.body);
      expect(text).not.toMatch(/Stats Victim|Secret Lane|07700|Matrix Test|2024-04-0[567]|2024-06-03/);
      for (const id of Object.values(victims)) expect(text).not.toContain(id);
      expect(text).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/); // no real case or person ids

      const byVictim = new Map<string, { ageBand: string; isRepeat: boolean; referralMonth: string }[]>();
      for (const item of response.body.items) byVictim.set(item.victimRef, [...(byVictim.get(item.victimRef) ?? []), item]);
      expect(byVictim.size).toBe(3);
      const young = [...byVictim.values()].find((rows) => rows.length === 2)!;
      expect(young.map((r) => [r.referralMonth, r.ageBand, r.isRepeat]).sort()).toEqual([
        ['2024-04', '16-17', false],
        ['2024-06', '16-17', true],
      ]);
      expect(response.body.items.map((i: { ageBand: string }) => i.ageBand).sort()).toEqual(['16-17', '16-17', '35-44', '65+']);

      const paged = await analyst.get(`/maracs/${STATS}/cases/depersonalised?quarter=2024-25-Q1&page=2&pageSize=3`).expect(200);
      expect(paged.body.items).toHaveLength(1);
      // Whole periods only: a range of days would date a row shown by its month.
      await analyst.get(`/maracs/${STATS}/cases/depersonalised?from=2024-04-01&to=2024-06-30`).expect(400);
      await analyst.get(`/maracs/${STATS}/cases/depersonalised?quarter=2024-25-Q5`).expect(400);
      const asYear = await analyst.get(`/maracs/${STATS}/cases/depersonalised?financialYear=2024-25`).expect(200);
      expect(asYear.body).toEqual({ ...response.body, to: '2025-03-31' });
    });

    it('suppresses small counts (1-4 as "<5") in the published tables for analysts; coordinators keep exact figures', async () => {
      const query = `/maracs/${STATS}/safelives?quarter=2024-25-Q1`;
      const exact = (await (await as(['coordinator'])).get(query).expect(200)).body;
      const suppressed = (await (await as(['analyst'])).get(query).expect(200)).body;
      expect(exact).toMatchObject({
        cases: 3,
        repeatCases: 0,
        aged16To17: 1,
        childrenInHouseholds: 6,
        casesPer10kAdultFemales: 0.6,
        annualisedCasesPer10kAdultFemales: 2.4,
      });
      expect(suppressed).toMatchObject({
        cases: '<5',
        aged16To17: '<5',
        // The per-10k figures give the number of cases back with the population, so they are suppressed with it.
        casesPer10kAdultFemales: '<1',
        annualisedCasesPer10kAdultFemales: '<4',
        // A percentage of a suppressed number of cases gives its count back: suppressed with it.
        repeatPercent: 'suppressed',
        malePercent: 'suppressed',
      });
      // Every other figure is the coordinator's, or suppressed.
      for (const [key, value] of Object.entries(suppressed))
        if (typeof value !== 'string' || !/^(<\d+(\.\d+)?|suppressed)$/.test(value)) expect([key, value]).toEqual([key, exact[key]]);

      const csv = await (await as(['analyst'])).get(`${query}&format=csv`).expect(200);
      const [header, row] = csv.text.trim().split('\n');
      const values = Object.fromEntries(header.split(',').map((name, i) => [name, row.split(',')[i]]));
      expect(values).toMatchObject({ cases: '<5', repeatCases: '0', aged16To17: '<5', repeatPercent: 'suppressed' });

      // Repeat rate: the counts are suppressed, and the rate and its status with them (cases x rate = repeats).
      const rateQuery = `/maracs/${STATS}/repeat-rate?quarter=2024-25-Q1`;
      const exactRate = (await (await as(['coordinator'])).get(rateQuery).expect(200)).body;
      const analystRate = (await (await as(['analyst'])).get(rateQuery).expect(200)).body;
      expect(exactRate).toMatchObject({ cases: 3, repeatCases: 0, rate: 0, status: 'below' });
      expect(analystRate).toEqual({ ...exactRate, cases: '<5', rate: 'suppressed', status: 'suppressed' });
      // Analysts get whole periods only; coordinators any range.
      await (await as(['coordinator'])).get(`/maracs/${STATS}/repeat-rate?from=2024-04-01&to=2024-06-30`).expect(200);
      const ranged = await (await as(['analyst'])).get(`/maracs/${STATS}/repeat-rate?from=2024-04-01&to=2024-06-30`).expect(400);
      expect(JSON.stringify(ranged.body)).toContain('from');
      const quarters = (await (await as(['analyst'])).get(`/maracs/${STATS}/repeat-rate/quarters?financialYear=2024-25`).expect(200)).body;
      expect(quarters.quarters[0]).toMatchObject({ cases: '<5', repeatCases: 0, rate: 'suppressed' });
      expect(quarters.year).toMatchObject({ cases: '<5', rate: 'suppressed' });

      // A user who is analyst and coordinator works cases, so sees exact figures.
      expect((await (await as(['analyst', 'coordinator'])).get(query).expect(200)).body).toEqual(exact);
    });

    it("gives every MARAC's repeat rate in the caller's partnerships, each against its own band, and all of them together", async () => {
      const south = await as(['coordinator'], [SOUTH]);
      await (
        await as(['admin'], [SOUTH])
      )
        .patch(`/partnerships/${SOUTH}/settings`, { effectiveFrom: '2024-01-01', repeatBandLow: 0.3, repeatBandHigh: 0.42 })
        .expect(200);
      const meeting = (
        await south.post('/marac/meetings', { partnershipId: SOUTH, maracId: 'marac-south', date: '2024-04-25' }).expect(201)
      ).body.meetingId;
      await south.post(`/marac/meetings/${meeting}/agenda`, { caseId: ids.s }).expect(200);
      await south
        .post(`/marac/cases/${ids.s}/hearings`, { meetingId: meeting, heardOn: '2024-04-25', agenciesPresent: ['police'] })
        .expect(200);
      await caughtUp();

      const period = { from: '2024-04-25', to: '2024-04-25' };
      const query = `/maracs/repeat-rates?from=${period.from}&to=${period.to}`;
      const both = (await (await as(['coordinator'], [NORTH, SOUTH])).get(query).expect(200)).body;
      expect(both).toEqual({
        ...period,
        cases: 4,
        repeatCases: 0,
        rate: 0,
        maracs: [
          {
            maracId: 'marac-south',
            partnershipId: SOUTH,
            ...period,
            cases: 1,
            repeatCases: 0,
            rate: 0,
            band: { low: 0.3, high: 0.42 },
            status: 'below',
          },
          {
            maracId: STATS,
            partnershipId: NORTH,
            ...period,
            cases: 3,
            repeatCases: 0,
            rate: 0,
            band: { low: 0.28, high: 0.4 },
            status: 'below',
          },
        ],
      });
      // Each MARAC's figures are those of its own repeat-rate query.
      expect(both.maracs[1]).toEqual({
        ...(await (await as(['coordinator'])).get(`/maracs/${STATS}/repeat-rate?from=${period.from}&to=${period.to}`).expect(200)).body,
        partnershipId: NORTH,
      });

      // Only the caller's partnerships count.
      const northOnly = (await (await as(['coordinator'])).get(query).expect(200)).body;
      expect(northOnly).toMatchObject({ cases: 3, maracs: [{ maracId: STATS }] });
      expect(northOnly.maracs).toHaveLength(1);

      // Analysts: whole periods only; small counts suppressed, and the rates with them.
      await (await as(['analyst'], [NORTH, SOUTH])).get(query).expect(400);
      const analyst = (await (await as(['analyst'], [NORTH, SOUTH])).get('/maracs/repeat-rates?quarter=2024-25-Q1').expect(200)).body;
      const small = analyst.maracs.filter((m: { maracId: string }) => m.maracId === 'marac-south' || m.maracId === STATS);
      expect(small).toEqual([
        expect.objectContaining({ cases: '<5', rate: 'suppressed' }),
        expect.objectContaining({ cases: '<5', rate: 'suppressed' }),
      ]);

      // The same period as a quarter gives the same answer for that quarter's hearings.
      const quarter = (await (await as(['coordinator'], [NORTH, SOUTH])).get('/maracs/repeat-rates?quarter=2024-25-Q1').expect(200)).body;
      expect(quarter).toMatchObject({ from: '2024-04-01', to: '2024-06-30' });
      expect(quarter.cases).toBeGreaterThanOrEqual(4);
    });

    it.each([
      ['to before from', '?from=2024-05-01&to=2024-04-01', 'to'],
      ['no period', '', 'from'],
      ['a quarter that does not exist', '?quarter=2024-25-Q5', 'quarter'],
      ['a quarter and dates', '?quarter=2024-25-Q1&from=2024-04-01&to=2024-04-30', 'quarter'],
      ['a date that does not exist', '?from=2024-02-30&to=2024-04-01', 'from'],
    ])('refuses repeat rates across MARACs with %s (400 naming the field)', async (_name, search, field) => {
      // As a coordinator, who may name any form (analysts only whole periods: test/analyst-suppression.e2e-spec.ts).
      const response = await (await as(['coordinator'])).get(`/maracs/repeat-rates${search}`).expect(400);
      expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(JSON.stringify(response.body)).toContain(field);
    });
  });

  describe('malformed bodies on every MARAC command endpoint', () => {
    /** Each command endpoint with the fields its body has (generated with wrong types, missing or extra). */
    const endpoints: { method: 'post' | 'patch'; path: () => string; fields: string[] }[] = [
      {
        method: 'post',
        path: () => '/marac/referrals',
        fields: ['partnershipId', 'maracId', 'referralDate', 'referringAgency', 'criterion', 'victim', 'perpetrators', 'dash'],
      },
      { method: 'post', path: () => `/marac/victims/${VICTIM_A}/police-call-outs`, fields: ['partnershipId', 'callOutId', 'date'] },
      { method: 'post', path: () => `/marac/cases/${ids.a}/dash-assessments`, fields: ['assessedOn', 'answers', 'override'] },
      {
        method: 'post',
        path: () => `/marac/cases/${ids.a}/hearings`,
        fields: ['meetingId', 'heardOn', 'agenciesPresent', 'agenciesLeftEarly'],
      },
      {
        method: 'post',
        path: () => `/marac/cases/${ids.a}/actions`,
        fields: ['actionId', 'meetingId', 'agency', 'description', 'dueDate'],
      },
      { method: 'post', path: () => `/marac/cases/${ids.a}/actions/pre-action/complete`, fields: ['completedOn'] },
      {
        method: 'post',
        path: () => `/marac/cases/${ids.a}/incidents`,
        fields: ['incidentId', 'date', 'reportedOn', 'reportingAgency', 'description'],
      },
      { method: 'post', path: () => `/marac/cases/${ids.d}/close`, fields: ['closedOn', 'reason', 'note'] },
      { method: 'post', path: () => '/marac/meetings', fields: ['partnershipId', 'maracId', 'date'] },
      { method: 'post', path: () => `/marac/meetings/${ids.m1}/cancel`, fields: ['cancelledOn', 'reason'] },
      { method: 'post', path: () => `/marac/meetings/${ids.m1}/agenda`, fields: ['caseId'] },
      { method: 'post', path: () => `/marac/meetings/${ids.m1}/held`, fields: ['agenciesPresent'] },
      // PATCH bodies may validly name any few fields: sent with a stale If-Match, a valid one is a 412 and changes nothing too.
      {
        method: 'patch',
        path: () => `/partnerships/${NORTH}/settings`,
        fields: ['effectiveFrom', 'repeatBandLow', 'repeatBandHigh', 'adultFemalePopulation', 'policeCallOutThreshold'],
      },
      { method: 'post', path: () => '/maracs', fields: ['maracId', 'partnershipId', 'name', 'overrides'] },
      { method: 'patch', path: () => `/maracs/${MARAC}`, fields: ['name'] },
      {
        method: 'patch',
        path: () => `/maracs/${MARAC}/settings`,
        fields: ['effectiveFrom', 'repeatBandLow', 'repeatBandHigh', 'adultFemalePopulation'],
      },
      // Corrections name records that do not exist, so even a well-formed body (any reason is one) changes nothing.
      {
        method: 'post',
        path: () => `/marac/cases/${UNKNOWN_ID}/referral/amend`,
        fields: ['reason', 'referralDate', 'referringAgency', 'criterion', 'profile'],
      },
      { method: 'post', path: () => `/marac/cases/${UNKNOWN_ID}/referral/void`, fields: ['reason'] },
      {
        method: 'post',
        path: () => `/marac/cases/${ids.a}/hearings/${UNKNOWN_ID}/amend`,
        fields: ['reason', 'heardOn', 'agenciesPresent'],
      },
      { method: 'post', path: () => `/marac/cases/${ids.a}/hearings/${UNKNOWN_ID}/void`, fields: ['reason'] },
      {
        method: 'post',
        path: () => `/marac/cases/${ids.a}/incidents/no-such-incident/amend`,
        fields: ['reason', 'date', 'reportedOn', 'reportingAgency', 'description'],
      },
      { method: 'post', path: () => `/marac/cases/${ids.a}/incidents/no-such-incident/void`, fields: ['reason'] },
      {
        method: 'post',
        path: () => `/marac/cases/${ids.a}/actions/no-such-action/amend`,
        fields: ['reason', 'agency', 'description', 'dueDate'],
      },
      { method: 'post', path: () => `/marac/cases/${ids.a}/actions/no-such-action/void`, fields: ['reason'] },
    ];
    const malformed = (fields: string[]) =>
      fc.oneof(
        fc.anything(),
        fc.dictionary(fc.string(), fc.anything()),
        fc.record(Object.fromEntries(fields.map((field) => [field, fc.anything()])), { requiredKeys: [] }),
        fc.record({
          ...Object.fromEntries(fields.map((field) => [field, fc.oneof(fc.string(), fc.integer(), fc.constant(null))])),
          unexpected: fc.anything(),
        }),
      );

    it.each(endpoints.map((endpoint) => ({ ...endpoint, name: `${endpoint.method} ${endpoint.fields.join(',')}` })))(
      '$name answers 4xx problem+json and changes nothing',
      async ({ method, path, fields }) => {
        const authorization = await token(['coordinator', 'admin'], [NORTH], 'fuzzer');
        const events = await eventCount();
        await fc.assert(
          fc.asyncProperty(malformed(fields), async (body) => {
            const raw = JSON.stringify(body) ?? 'undefined';
            const response = await request(server)
              [method](path())
              .set('Authorization', authorization)
              .set('If-Match', '"999"')
              .set('Content-Type', 'application/json')
              .send(raw);
            expect(response.status).toBeGreaterThanOrEqual(400);
            expect(response.status).toBeLessThan(500);
            expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
          }),
          { numRuns: 60 },
        );
        expect(await eventCount()).toBe(events);
      },
    );
  });

  describe("audit of reads of people's records", () => {
    it('records who read which case (its people and partnership), including refused reads, for auditors to query', async () => {
      const coordinator = await token(['coordinator'], [NORTH], 'audit-reader');
      await request(server)
        .get(`/marac/cases/${ids.a}`)
        .set('Authorization', coordinator)
        .set('X-Correlation-Id', 'corr-read-a')
        .expect(200);
      await request(server).get(`/maracs/${MARAC}/cases`).set('Authorization', coordinator).expect(200);
      await request(server).get(`/marac/meetings/${ids.m1}/agenda`).set('Authorization', coordinator).expect(200);
      await request(server)
        .get(`/marac/cases/${ids.a}`)
        .set('Authorization', await token(['coordinator'], [SOUTH], 'audit-snooper'))
        .expect(404);

      const { rows } = await db.query(
        `SELECT actor, action, route, record_kind, record_id, subject_ids, partnership_id, correlation_id, outcome, status
         FROM audit_log WHERE actor IN ('audit-reader', 'audit-snooper') ORDER BY id`,
      );
      expect(rows).toEqual([
        expect.objectContaining({
          actor: 'audit-reader',
          action: 'read',
          route: '/marac/cases/:caseId',
          record_kind: 'marac_case',
          record_id: ids.a,
          subject_ids: [VICTIM_A, PERP_A],
          partnership_id: NORTH,
          correlation_id: 'corr-read-a',
          outcome: 'success',
        }),
        expect.objectContaining({
          action: 'read',
          route: '/maracs/:maracId/cases',
          record_kind: 'marac_case_list',
          record_id: MARAC,
          partnership_id: NORTH,
          subject_ids: expect.arrayContaining([VICTIM_A]),
        }),
        expect.objectContaining({
          action: 'read',
          route: '/marac/meetings/:meetingId/agenda',
          record_kind: 'marac_meeting_agenda',
          record_id: ids.m1,
          partnership_id: NORTH,
          subject_ids: expect.arrayContaining([VICTIM_A]),
        }),
        // The refusal is north's to audit: the case's partnership and people, though the snooper learned neither.
        expect.objectContaining({
          actor: 'audit-snooper',
          record_id: ids.a,
          subject_ids: [VICTIM_A, PERP_A],
          partnership_id: NORTH,
          outcome: 'denied',
          status: 404,
        }),
      ]);

      const auditor = await as(['auditor']);
      const byPerson = await auditor.get(`/audit?person=${VICTIM_A}&pageSize=200`).expect(200);
      const actors = byPerson.body.items.map((e: { actor: string }) => e.actor);
      expect(actors).toEqual(expect.arrayContaining(['audit-reader']));
      const byRecord = await auditor.get(`/audit?person=${ids.a}&user=audit-snooper`).expect(200);
      expect(byRecord.body.items).toEqual([expect.objectContaining({ outcome: 'denied', status: 404 })]);
      // An auditor of south sees none of north's reads.
      const southAuditor = await as(['auditor'], [SOUTH]);
      expect((await southAuditor.get(`/audit?user=audit-reader`).expect(200)).body.total).toBe(0);
    });

    it('records each referral with the case, the people it names and the partnership', async () => {
      const body = referral({ referralDate: '2024-07-01' });
      const created = await request(server)
        .post('/marac/referrals')
        .set('Authorization', await token(['coordinator'], [NORTH], 'audit-referrer'))
        .send(body)
        .expect(201);
      const { rows } = await db.query(
        `SELECT action, record_kind, record_id, subject_ids, partnership_id FROM audit_log WHERE actor = 'audit-referrer'`,
      );
      expect(rows).toEqual([
        {
          action: 'command',
          record_kind: 'marac_case',
          record_id: created.body.caseId,
          subject_ids: [created.body.personId, ...created.body.perpetratorPersonIds],
          partnership_id: NORTH,
        },
      ]);
    });
  });
});
