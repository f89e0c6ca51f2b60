import pg from 'pg';
import request from 'supertest';
import { bearer, ROLES, type Role } from '@app/access';
import { boundedContexts } from '@app/contexts';
import { Deadlines, ProcessManagersService } from '@app/kit';
import { ProjectionsService } from '@app/projections';
import { startTestApp, type TestApp } from '@app/testing';
import { registerTestPerson } from './support/people.js';

/**
 * Case Review's role matrix: every route as every role. The single point of contact (asb-caseworker) runs
 * applications; the figures (statutory, counts only) are read by the single point of contact, analysts and
 * admins; an admin sets the procedure. Anyone else gets a 403 problem and nothing is written. Reading an
 * application is audited with the people it names.
 */
const NORTH = 'csp-cr-access';

describe('Case Review access over HTTP', () => {
  let harness: TestApp;
  let server: ReturnType<TestApp['app']['getHttpServer']>;
  let db: pg.Client;
  const ids: Record<string, string> = {};

  const token = (roles: Role[], id = `cr-access-${roles.join('+') || 'none'}`) => bearer(harness.app, { id, roles, partnerships: [NORTH] });
  const eventCount = async () => (await db.query('SELECT count(*)::int AS c FROM es_events')).rows[0].c as number;
  // An application received on a past date has stage deadlines already due: they fire now (and what they
  // raise is followed), not while a later row counts the events of a refused request.
  const followed = async () => {
    await harness.app.get(ProcessManagersService).waitUntilCaughtUp();
    await harness.app.get(Deadlines).waitUntilDueFired();
    await harness.app.get(ProcessManagersService).waitUntilCaughtUp();
    await harness.app.get(ProjectionsService).waitUntilCaughtUp();
  };

  beforeAll(async () => {
    harness = await startTestApp(boundedContexts, { RETENTION_INTERVAL_MS: '0', RATE_LIMIT_PER_MINUTE: '100000' });
    server = harness.app.getHttpServer();
    db = new pg.Client({ connectionString: harness.database.url });
    await db.connect();
    ids.victim = await registerTestPerson(harness.app, NORTH, 'Harriet Quinlan');
  });
  afterAll(async () => {
    await db?.end();
    await harness?.close();
  });

  interface Row {
    method: 'get' | 'post' | 'patch';
    path: () => string;
    body?: () => object;
    admitted: readonly Role[];
    status: number;
  }
  const SPOC: Role[] = ['asb-caseworker'];
  const all: [string, Row][] = [
    [
      'log an application',
      {
        method: 'post',
        path: () => '/case-reviews',
        body: () => ({
          partnershipId: NORTH,
          receivedOn: '2025-03-03',
          channel: 'email',
          applicantPersonId: ids.victim,
          victimPersonId: ids.victim,
          behaviourTypes: ['harassment'],
          description: 'Threats on the stairwell.',
          complaints: ['2025-01-06', '2025-02-03', '2025-02-24'].map((madeOn) => ({ body: 'police', madeOn, behaviourDates: [madeOn] })),
        }),
        admitted: SPOC,
        status: 201,
      },
    ],
    [
      'acknowledge',
      {
        method: 'post',
        path: () => `/case-reviews/${ids.app}/acknowledgement`,
        body: () => ({ acknowledgedOn: '2025-03-05' }),
        admitted: SPOC,
        status: 200,
      },
    ],
    [
      'decide the threshold',
      {
        method: 'post',
        path: () => `/case-reviews/${ids.app}/threshold-decision`,
        body: () => ({ decidedOn: '2025-03-10' }),
        admitted: SPOC,
        status: 200,
      },
    ],
    [
      'record the review',
      {
        method: 'post',
        path: () => `/case-reviews/${ids.app}/review`,
        body: () => ({
          heldOn: '2025-03-20',
          bodiesPresent: [{ body: 'police' }, { body: 'council' }],
          chair: 'Independent chair',
          chairIndependent: true,
          victimConsulted: true,
          recommendations: [{ recommendationId: 'r1', body: 'police', action: 'Named officer', dueOn: '2025-04-30' }],
        }),
        admitted: SPOC,
        status: 200,
      },
    ],
    [
      "record a recommendation's outcome",
      {
        method: 'post',
        path: () => `/case-reviews/${ids.app}/recommendations/r1/outcome`,
        body: () => ({ recordedOn: '2025-04-20', completed: true }),
        admitted: SPOC,
        status: 200,
      },
    ],
    [
      'send the outcome',
      {
        method: 'post',
        path: () => `/case-reviews/${ids.app}/outcome`,
        body: () => ({ sentOn: '2025-03-24', channel: 'letter' }),
        admitted: SPOC,
        status: 200,
      },
    ],
    [
      'ask for an escalation',
      {
        method: 'post',
        path: () => `/case-reviews/${ids.app}/escalation`,
        body: () => ({ requestedOn: '2025-03-26', grounds: ['evidence-ignored'] }),
        admitted: SPOC,
        status: 200,
      },
    ],
    [
      'decide an escalation',
      {
        method: 'post',
        path: () => `/case-reviews/${ids.app}/escalation/decision`,
        body: () => ({ decidedOn: '2025-03-31', outcome: 'upheld' }),
        admitted: SPOC,
        status: 200,
      },
    ],
    ['read an application', { method: 'get', path: () => `/case-reviews/${ids.app}`, admitted: SPOC, status: 200 }],
    ['the log', { method: 'get', path: () => `/case-reviews?partnershipId=${NORTH}`, admitted: SPOC, status: 200 }],
    [
      'the statutory figures',
      {
        method: 'get',
        path: () => `/case-reviews/figures?partnershipId=${NORTH}&financialYear=2024-25`,
        admitted: ['asb-caseworker', 'analyst', 'admin'],
        status: 200,
      },
    ],
    [
      'recommendations per body',
      {
        method: 'get',
        path: () => `/case-reviews/recommendations?partnershipId=${NORTH}&financialYear=2024-25`,
        admitted: ['asb-caseworker', 'analyst', 'admin'],
        status: 200,
      },
    ],
    [
      'read the procedure',
      { method: 'get', path: () => `/partnerships/${NORTH}/case-review-settings`, admitted: ['asb-caseworker', 'admin'], status: 200 },
    ],
    [
      'change the procedure',
      {
        method: 'patch',
        path: () => `/partnerships/${NORTH}/case-review-settings`,
        body: () => ({ effectiveFrom: '2026-01-01', threshold: 2 }),
        admitted: ['admin'],
        status: 200,
      },
    ],
  ];
  const cases = all.flatMap(([name, row]) => ROLES.map((role) => ({ name, row, role, allowed: row.admitted.includes(role) })));

  it.each(cases)('$name as $role → allowed: $allowed', async ({ row, role, allowed }) => {
    const before = await eventCount();
    const call = request(server)
      [row.method](row.path())
      .set('Authorization', await token([role]));
    const response = await (row.body ? call.send(row.body()) : call);
    if (allowed) {
      expect({ status: response.status, body: response.status === row.status ? undefined : response.body }).toEqual({
        status: row.status,
        body: undefined,
      });
      if (row.path() === '/case-reviews') ids.app = response.body.applicationId;
      await followed();
    } else {
      expect(response.status).toBe(403);
      expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(await eventCount()).toBe(before);
    }
  });

  it('the figures an analyst reads are the exact counts, and hold no person id', async () => {
    const response = await request(server)
      .get(`/case-reviews/figures?partnershipId=${NORTH}&financialYear=2024-25`)
      .set('Authorization', await token(['analyst']))
      .expect(200);
    expect(response.body).toMatchObject({
      applications: 1,
      thresholdNotMet: 0,
      reviewsCarriedOut: 1,
      reviewsWithRecommendations: 1,
      escalations: 1,
      escalationsUpheld: 1,
    });
    expect(JSON.stringify(response.body)).not.toContain(ids.victim);
  });

  it('reading an application is audited with the person it names', async () => {
    const actor = 'cr-access-audited';
    await request(server)
      .get(`/case-reviews/${ids.app}`)
      .set('Authorization', await token(['asb-caseworker'], actor))
      .expect(200);
    const { rows } = await db.query('SELECT record_kind, record_id, subject_ids FROM audit_log WHERE actor = $1 ORDER BY id', [actor]);
    expect(rows).toEqual([{ record_kind: 'case_review_application', record_id: ids.app, subject_ids: [ids.victim] }]);
  });
});
