import request from 'supertest';
import { bearer, ROLES, type Role } from '@app/access';
import { boundedContexts } from '@app/contexts';
import { ProjectionsService } from '@app/projections';
import { startTestApp, type TestApp } from '@app/testing';
import { registerTestMarac } from './support/marac-registration.js';
import { registerTestPerson } from './support/people.js';
import { referralBody } from './support/referral-body.js';
import { requestsAs } from './support/requests-as.js';
import { asbServiceBody, asbReferralBody } from './support/asb-bodies.js';

/**
 * Repeat victimisation across services over HTTP (issue 16): a MARAC victim later referred to the ASB support
 * service appears in the analysts' cross-service table and list as one person (also when the ASB referral named
 * a duplicate record later merged into hers); small counts are suppressed; nothing personal is in the answers;
 * it says it is a second measure beside the SafeLives rate; the role matrix.
 */
const NORTH = 'csp-cross-north';
const SOUTH = 'csp-cross-south';
const MARAC = 'marac-cross-north';
const SERVICE = 'asb-support-cross';
const YEAR = '2025-26';

describe('repeat victimisation across services over HTTP', () => {
  let harness: TestApp;
  let server: ReturnType<TestApp['app']['getHttpServer']>;
  const caughtUp = () => harness.app.get(ProjectionsService).waitUntilCaughtUp();
  const tokens: Record<string, string> = {};
  const as = requestsAs(() => server, tokens);
  const toMarac = (victimId: string, referralDate: string) =>
    as('coordinator')
      .post('/marac/referrals', { ...referralBody({ partnershipId: NORTH, maracId: MARAC, victimId }), referralDate })
      .expect(201);
  const toAsb = (personId: string, referralDate: string) =>
    as('caseworker')
      .post(`/victim-services/${SERVICE}/referrals`, asbReferralBody(personId, referralDate, 'Elm Road'))
      .expect(201);
  const table = async (who = 'analyst') =>
    (await as(who).get(`/cross-service/repeat-victimisation?partnershipId=${NORTH}&financialYear=${YEAR}`).expect(200)).body;
  const victims = async () =>
    (await as('analyst').get(`/cross-service/victims?partnershipId=${NORTH}&financialYear=${YEAR}`).expect(200)).body;
  let victim: string;

  beforeAll(async () => {
    harness = await startTestApp(boundedContexts, { RETENTION_INTERVAL_MS: '0', RATE_LIMIT_PER_MINUTE: '1000000' });
    server = harness.app.getHttpServer();
    tokens.coordinator = await bearer(harness.app, { id: 'cross-coordinator', roles: ['coordinator'], partnerships: [NORTH] });
    tokens.caseworker = await bearer(harness.app, { id: 'cross-caseworker', roles: ['asb-caseworker'], partnerships: [NORTH] });
    tokens.admin = await bearer(harness.app, { id: 'cross-admin', roles: ['admin'], partnerships: [NORTH] });
    tokens.analyst = await bearer(harness.app, { id: 'cross-analyst', roles: ['analyst'], partnerships: [NORTH] });
    tokens.south = await bearer(harness.app, { id: 'cross-south', roles: ['analyst'], partnerships: [SOUTH] });
    await registerTestMarac(harness.app, MARAC, NORTH);
    await as('admin').post('/victim-services', asbServiceBody(SERVICE, NORTH)).expect(201);
  });
  afterAll(async () => harness.close());

  it('counts a MARAC victim later referred to the ASB service as one person, through a duplicate record merged into hers', async () => {
    victim = await registerTestPerson(harness.app, NORTH, 'Crossing Victim');
    await toMarac(victim, '2025-04-07');
    const duplicate = await registerTestPerson(harness.app, NORTH, 'Crosing Victim');
    await toAsb(duplicate, '2025-05-07');
    await toAsb(victim, '2025-06-01');
    await as('coordinator').post(`/people/${duplicate}/merge`, { intoPersonId: victim, reason: 'Same person, name misspelt' }).expect(200);
    // Five more people in both services in Q1, so the quarter is published (the threshold is 5).
    for (let i = 0; i < 5; i++) {
      const other = await registerTestPerson(harness.app, NORTH, `Other Crossing Victim ${i}`);
      await toMarac(other, '2025-04-14');
      await toAsb(other, '2025-05-14');
    }
    // Victims in one service only are in neither answer.
    await toMarac(await registerTestPerson(harness.app, NORTH, 'Marac Only'), '2025-04-20');
    await caughtUp();

    const answer = await table();
    expect(answer).toMatchObject({
      measure: 'cross_service.repeat_victimisation',
      financialYear: YEAR,
      windowMonths: 12,
      columns: ['2025-26-Q1', '2025-26-Q2', '2025-26-Q3', '2025-26-Q4', '2025-26'],
    });
    expect(answer.definition).toMatch(/second measure beside the SafeLives repeat rate.*within MARAC/);
    expect(answer.pairs).toEqual([{ services: ['asb-support', 'marac'], people: [6, 0, 0, 0, 6], medianDays: [30, null, null, null, 30] }]);

    const list = await victims();
    expect(list.people).toHaveLength(6);
    const services = list.people.map((p: { services: unknown }) => p.services);
    for (const s of services)
      expect(s).toEqual([
        { service: 'marac', firstContactQuarter: '2025-26-Q1' },
        { service: 'asb-support', firstContactQuarter: '2025-26-Q1' },
      ]);
    const text = JSON.stringify([answer, list]);
    expect(text).not.toMatch(/Crossing Victim|Elm Road|2025-04-07/);
    expect(text).not.toContain(victim);
    expect(text).not.toContain(duplicate);
  });

  it('suppresses a small count and the median beside it', async () => {
    const late = await registerTestPerson(harness.app, NORTH, 'Later Crossing Victim');
    await toMarac(late, '2025-07-01');
    await toAsb(late, '2025-08-01');
    await caughtUp();
    const answer = await table();
    const [row] = answer.pairs;
    // Q2's one person is `<5`; Q1 is hidden too, or the year (7) less Q1 (6) would give Q2 back.
    expect(row.people).toEqual(['suppressed', '<5', 0, 0, 7]);
    expect(row.medianDays).toEqual(['suppressed', 'suppressed', null, null, 30]);
    expect(answer.totals).toEqual(['suppressed', '<5', 0, 0, 7]);
    expect((await table('admin')).pairs[0].people[1]).toBe('<5');
  });

  it('refuses what a caller can get wrong, and another partnership', async () => {
    await as('analyst').get(`/cross-service/repeat-victimisation?partnershipId=${NORTH}&financialYear=2025`).expect(400);
    await as('analyst').get(`/cross-service/victims?financialYear=${YEAR}`).expect(400);
    await as('south').get(`/cross-service/repeat-victimisation?partnershipId=${NORTH}&financialYear=${YEAR}`).expect(404);
    await as('south').get(`/cross-service/victims?partnershipId=${NORTH}&financialYear=${YEAR}`).expect(404);
  });

  describe('role matrix', () => {
    const routes: { path: string; admitted: Role[] }[] = [
      { path: `/cross-service/repeat-victimisation?partnershipId=${NORTH}&financialYear=${YEAR}`, admitted: ['analyst', 'admin'] },
      { path: `/cross-service/victims?partnershipId=${NORTH}&financialYear=${YEAR}`, admitted: ['analyst', 'admin'] },
    ];
    it.each(routes.map((r) => [`GET ${r.path}`, r] as const))('%s admits exactly its roles', async (_, route) => {
      for (const role of ROLES) {
        const authorization = await bearer(harness.app, { id: `matrix-${role}`, roles: [role], partnerships: [NORTH] });
        const response = await request(server).get(route.path).set('Authorization', authorization);
        if (route.admitted.includes(role)) expect([role, response.status]).toEqual([role, 200]);
        else expect([role, response.status]).toEqual([role, 403]);
      }
      await request(server).get(route.path).expect(401);
    });

    it('covers every cross-service route in the OpenAPI document', async () => {
      const doc = await request(server).get('/docs/openapi.json').expect(200);
      const documented = Object.entries(doc.body.paths as Record<string, Record<string, unknown>>)
        .filter(([path]) => path.startsWith('/cross-service'))
        .flatMap(([path, methods]) => Object.keys(methods).map((method) => `${method} ${path}`))
        .sort();
      expect(routes.map((r) => `get ${r.path.split('?')[0]}`).sort()).toEqual(documented);
    });
  });
});
