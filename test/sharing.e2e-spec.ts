import request from 'supertest';
import { DataSource } from 'typeorm';
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
 * Consent and the basis for sharing over HTTP (issue 16): the MARAC default (s.115 with the DPA 2018) keeps
 * what works today working; a refusal sets the default aside until someone decides to share without consent;
 * an action or a share for an agency with neither consent nor a basis is a 409 naming the agency; the case
 * record shows each agency's status; the audit entry of a read says on what basis; the role matrix.
 */
const NORTH = 'csp-sharing-north';
const SOUTH = 'csp-sharing-south';
const MARAC = 'marac-sharing-north';
const UNKNOWN_ID = '7c9e6679-7425-40de-944b-e07fc1f90ae7';

interface Status {
  agency: string;
  purpose: string;
  standing: string;
  basis: string | null;
  consent: { decision: string; on: string; how: string; recordedBy: string } | null;
  decision: { basis: string; decidedBy: string; on: string; recordedBy: string } | null;
}

describe('consent and the basis for sharing over HTTP', () => {
  let harness: TestApp;
  let server: ReturnType<TestApp['app']['getHttpServer']>;
  const caughtUp = () => harness.app.get(ProjectionsService).waitUntilCaughtUp();
  const tokens: Record<string, string> = {};
  const as = requestsAs(() => server, tokens);
  let victim: string;
  let caseId: string;
  const action = (agency: string, actionId: string) =>
    as('coordinator').post(`/marac/cases/${caseId}/actions`, { actionId, agency, description: 'Agreed at MARAC', dueDate: '2026-12-01' });
  const agencyOnCase = async (agency: string): Promise<Status> =>
    ((await as('coordinator').get(`/marac/cases/${caseId}`).expect(200)).body.sharing as Status[]).find((s) => s.agency === agency)!;

  beforeAll(async () => {
    harness = await startTestApp(boundedContexts, { RETENTION_INTERVAL_MS: '0', RATE_LIMIT_PER_MINUTE: '1000000' });
    server = harness.app.getHttpServer();
    tokens.coordinator = await bearer(harness.app, { id: 'sharing-coordinator', roles: ['coordinator'], partnerships: [NORTH] });
    tokens.admin = await bearer(harness.app, { id: 'sharing-admin', roles: ['admin'], partnerships: [NORTH] });
    tokens.caseworker = await bearer(harness.app, { id: 'sharing-caseworker', roles: ['asb-caseworker'], partnerships: [NORTH] });
    tokens.auditor = await bearer(harness.app, { id: 'sharing-auditor', roles: ['auditor'], partnerships: [NORTH] });
    tokens.south = await bearer(harness.app, { id: 'sharing-south', roles: ['coordinator', 'admin'], partnerships: [SOUTH] });
    await registerTestMarac(harness.app, MARAC, NORTH);
    victim = await registerTestPerson(harness.app, NORTH, 'Shared Victim');
    const referral = await as('coordinator')
      .post('/marac/referrals', { ...referralBody({ partnershipId: NORTH, maracId: MARAC, victimId: victim }), referralDate: '2026-06-01' })
      .expect(201);
    caseId = referral.body.caseId;
  });
  afterAll(async () => harness.close());

  it("stands every MARAC agency on the partnership's default (s.115 with the DPA 2018), so actions work as before", async () => {
    const sharing = (await as('coordinator').get(`/marac/cases/${caseId}`).expect(200)).body.sharing as Status[];
    expect(sharing.map((s) => s.agency)).toEqual(expect.arrayContaining(['police', 'idva', 'housing', 'health']));
    for (const status of sharing)
      expect(status).toMatchObject({ purpose: 'marac', standing: 'default-basis', basis: 'crime-and-disorder-act-s115', consent: null });
    await action('health', 'a-health').expect(201);
    const defaults = await as('coordinator').get(`/sharing/partnerships/${NORTH}/defaults`).expect(200);
    expect(defaults.body.defaults).toEqual(
      expect.arrayContaining([
        { purpose: 'marac', basis: 'crime-and-disorder-act-s115' },
        { purpose: 'iom', basis: 'dpa-2018-part-3' },
        { purpose: 'victim-services', basis: 'crime-and-disorder-act-s115' },
        { purpose: 'case-review', basis: 'crime-and-disorder-act-s115' },
      ]),
    );
  });

  it('refuses an action for an agency whose consent was refused, naming the agency, and writes nothing', async () => {
    const refused = await as('coordinator')
      .post(`/sharing/people/${victim}/consent`, {
        agency: 'housing',
        purpose: 'marac',
        decision: 'refused',
        on: '2026-06-02',
        how: 'verbal',
      })
      .expect(201);
    expect(refused.body).toMatchObject({ personId: victim, revision: 0, shareId: null });
    expect(await agencyOnCase('housing')).toMatchObject({
      standing: 'none',
      basis: null,
      consent: { decision: 'refused', on: '2026-06-02', how: 'verbal', recordedBy: 'sharing-coordinator' },
    });
    const before = (await as('coordinator').get(`/marac/cases/${caseId}`).expect(200)).body.revision;
    const refusal = await action('housing', 'a-housing').expect(409);
    expect(refusal.body.detail).toMatch(/may not be shared with housing for marac: there is neither their consent nor a lawful basis/);
    expect(refusal.body.detail).not.toMatch(/Shared Victim/);
    expect((await as('coordinator').get(`/marac/cases/${caseId}`).expect(200)).body.revision).toBe(before);
  });

  it('admits the action once someone decides to share without consent on a lawful basis, and the case says who', async () => {
    await as('coordinator')
      .post(`/sharing/people/${victim}/decisions`, {
        agency: 'housing',
        purpose: 'marac',
        basis: 'crime-and-disorder-act-s115',
        decidedBy: 'MARAC chair',
        reason: 'Shared Victim is at risk from her ex-partner; housing must change the locks.',
        on: '2026-06-03',
      })
      .expect(201);
    expect(await agencyOnCase('housing')).toMatchObject({
      standing: 'basis',
      basis: 'crime-and-disorder-act-s115',
      decision: {
        basis: 'crime-and-disorder-act-s115',
        decidedBy: 'MARAC chair',
        reason: 'Shared Victim is at risk from her ex-partner; housing must change the locks.',
        on: '2026-06-03',
        recordedBy: 'sharing-coordinator',
      },
    });
    // The reason may name someone: it is kept in the person's personal-data envelope, never in plain text.
    const stored: { data: string }[] = await harness.app
      .get(DataSource)
      .query("SELECT data::text AS data FROM es_events WHERE event_type = 'SharingWithoutConsentDecided' AND stream_name = $1", [
        `sharing-${victim}`,
      ]);
    expect(stored).toHaveLength(1);
    expect(stored[0].data).not.toContain('ex-partner');
    await action('housing', 'a-housing').expect(201);
  });

  it('refuses actions and shares for agencies with nothing once the admin clears the default; consent lets them through', async () => {
    const cleared = await as('admin').put(`/sharing/partnerships/${NORTH}/defaults/marac`, { basis: null }).expect(200);
    expect(cleared.body.defaults).toContainEqual({ purpose: 'marac', basis: null });
    expect((await action('idva', 'a-idva').expect(409)).body.detail).toMatch(/with idva for marac/);
    expect(
      (await as('coordinator').post(`/sharing/people/${victim}/shares`, { agency: 'idva', purpose: 'marac', on: '2026-06-04' }).expect(409))
        .body.detail,
    ).toMatch(/may not be shared with idva/);
    await as('coordinator')
      .post(`/sharing/people/${victim}/consent`, { agency: 'idva', purpose: 'marac', decision: 'given', on: '2026-06-04', how: 'written' })
      .expect(201);
    const share = await as('coordinator')
      .post(`/sharing/people/${victim}/shares`, { agency: 'idva', purpose: 'marac', on: '2026-06-05' })
      .expect(201);
    expect(share.body.shareId).toEqual(expect.any(String));
    await action('idva', 'a-idva').expect(201);
    // Amending an action onto an agency with nothing is refused as adding it would be.
    expect(
      (
        await as('coordinator')
          .post(`/marac/cases/${caseId}/actions/a-idva/amend`, { reason: 'Wrong agency', agency: 'education' })
          .expect(409)
      ).body.detail,
    ).toMatch(/with education for marac/);
    await caughtUp();
    const record = await as('coordinator').get(`/sharing/people/${victim}`).expect(200);
    expect(record.body.recorded).toEqual([
      expect.objectContaining({
        agency: 'housing',
        purpose: 'marac',
        standing: 'basis',
        basis: 'crime-and-disorder-act-s115',
        decision: expect.objectContaining({ reason: expect.stringContaining('change the locks') }),
      }),
      expect.objectContaining({ agency: 'idva', purpose: 'marac', standing: 'consent', basis: null }),
    ]);
    expect(record.body.shares).toEqual([
      expect.objectContaining({
        agency: 'idva',
        purpose: 'marac',
        on: '2026-06-05',
        standing: 'consent',
        recordedBy: 'sharing-coordinator',
      }),
    ]);
    await as('admin').put(`/sharing/partnerships/${NORTH}/defaults/marac`, { basis: 'crime-and-disorder-act-s115' }).expect(200);
  });

  it('says in the audit log on what basis the case record was read', async () => {
    await as('coordinator').get(`/marac/cases/${caseId}`).expect(200);
    const entries = (await as('auditor').get(`/audit?person=${victim}&pageSize=200`).expect(200)).body.items as {
      route: string;
      action: string;
      sharingBasis: string | null;
    }[];
    const read = entries.find((e) => e.route === '/marac/cases/:caseId' && e.action === 'read')!;
    expect(read.sharingBasis).toBe('basis:crime-and-disorder-act-s115,consent,default-basis:crime-and-disorder-act-s115');
    expect(entries.find((e) => e.route === '/sharing/people/:personId/shares')).toBeDefined();
  });

  it('says in the audit log on what basis victim-service and Case Review records were read', async () => {
    const basisOfLastRead = async (route: string) => {
      const entries = (await as('auditor').get(`/audit?person=${victim}&pageSize=200`).expect(200)).body.items as {
        route: string;
        action: string;
        sharingBasis: string | null;
      }[];
      // The audit log answers newest first.
      return entries.find((e) => e.route === route && e.action === 'read')?.sharingBasis;
    };
    await as('admin').post('/victim-services', asbServiceBody('asb-support-sharing', NORTH)).expect(201);
    await as('caseworker')
      .post('/victim-services/asb-support-sharing/referrals', asbReferralBody(victim, '2026-06-02', 'Flat 3, Oak Road'))
      .expect(201);
    const cases = '/victim-services/:serviceId/cases';
    await caughtUp(); // the case list is a read model: the victim is in it once it caught up
    await as('caseworker').get('/victim-services/asb-support-sharing/cases').expect(200);
    // Victim services stand on the partnership's default (s.115) until consent is recorded for the person.
    expect(await basisOfLastRead(cases)).toBe('default-basis:crime-and-disorder-act-s115');
    await as('caseworker')
      .post(`/sharing/people/${victim}/consent`, {
        agency: 'police',
        purpose: 'victim-services',
        decision: 'given',
        on: '2026-06-03',
        how: 'verbal',
      })
      .expect(201);
    await as('caseworker').get('/victim-services/asb-support-sharing/cases').expect(200);
    expect(await basisOfLastRead(cases)).toBe('consent,default-basis:crime-and-disorder-act-s115');

    const application = await as('caseworker')
      .post('/case-reviews', {
        partnershipId: NORTH,
        receivedOn: '2026-06-04',
        channel: 'online-form',
        applicantPersonId: victim,
        victimPersonId: victim,
        behaviourTypes: ['noise'],
        description: 'Noise every night.',
        complaints: [{ body: 'police', madeOn: '2026-06-02', behaviourDates: ['2026-06-01'], reference: 'REF-S1' }],
      })
      .expect(201);
    await as('caseworker').get(`/case-reviews/${application.body.applicationId}`).expect(200);
    expect(await basisOfLastRead('/case-reviews/:applicationId')).toBe('default-basis:crime-and-disorder-act-s115');
    // A partnership whose Case Review works on consent alone clears the default: the read then says so.
    await as('admin').put(`/sharing/partnerships/${NORTH}/defaults/case-review`, { basis: null }).expect(200);
    await as('caseworker').get(`/case-reviews/${application.body.applicationId}`).expect(200);
    expect(await basisOfLastRead('/case-reviews/:applicationId')).toBe('none');
    await as('admin').put(`/sharing/partnerships/${NORTH}/defaults/case-review`, { basis: 'crime-and-disorder-act-s115' }).expect(200);
  });

  it("counts what was recorded on a duplicate record once it is merged into the person's", async () => {
    const duplicate = await registerTestPerson(harness.app, NORTH, 'Shared Victim Duplicate');
    await as('coordinator')
      .post(`/sharing/people/${duplicate}/consent`, {
        agency: 'probation',
        purpose: 'marac',
        decision: 'refused',
        on: '2026-06-06',
        how: 'verbal',
      })
      .expect(201);
    await action('probation', 'a-probation-1').expect(201);
    await as('coordinator').post(`/people/${duplicate}/merge`, { intoPersonId: victim, reason: 'Same person' }).expect(200);
    expect((await action('probation', 'a-probation-2').expect(409)).body.detail).toMatch(/with probation for marac/);
    await as('coordinator')
      .post(`/sharing/people/${victim}/shares`, { agency: 'probation', purpose: 'marac', on: '2026-06-07' })
      .expect(409);
    await caughtUp();
    const record = await as('coordinator').get(`/sharing/people/${victim}`).expect(200);
    expect(record.body.recorded).toContainEqual(
      expect.objectContaining({ agency: 'probation', standing: 'none', consent: expect.objectContaining({ decision: 'refused' }) }),
    );
  });

  it('replays a retried action after its agency was refused, and refuses a new one', async () => {
    const body = { agency: 'mental-health', description: 'Agreed at MARAC', dueDate: '2026-12-01' };
    const add = () => as('coordinator').post(`/marac/cases/${caseId}/actions`, body).set('Idempotency-Key', 'sharing-retry-mental-health');
    const first = await add().expect(201);
    await as('coordinator')
      .post(`/sharing/people/${victim}/consent`, {
        agency: 'mental-health',
        purpose: 'marac',
        decision: 'refused',
        on: '2026-06-02',
        how: 'verbal',
      })
      .expect(201);
    const retried = await add().expect(201);
    expect(retried.body).toEqual(first.body);
    expect((await action('mental-health', 'a-mental-health-2').expect(409)).body.detail).toMatch(/with mental-health for marac/);
  });

  it('refuses what a caseworker can get wrong with a 4xx that says why', async () => {
    const withdraw = await as('coordinator')
      .post(`/sharing/people/${victim}/consent`, {
        agency: 'police',
        purpose: 'marac',
        decision: 'withdrawn',
        on: '2026-06-05',
        how: 'verbal',
      })
      .expect(409);
    expect(withdraw.body.detail).toMatch(/no consent given to police for marac to withdraw/);
    const stale = await as('coordinator')
      .post(`/sharing/people/${victim}/consent`, {
        agency: 'idva',
        purpose: 'marac',
        decision: 'withdrawn',
        on: '2026-06-01',
        how: 'verbal',
      })
      .expect(409);
    expect(stale.body.detail).toMatch(/dated before the one recorded/);
    const invalid = await as('coordinator')
      .post(`/sharing/people/${victim}/decisions`, {
        agency: 'Housing Dept',
        purpose: 'gossip',
        basis: 'hunch',
        decidedBy: '',
        reason: 42,
        on: '2999-01-01',
      })
      .expect(400);
    expect(JSON.stringify(invalid.body)).toMatch(/agency/);
    expect(JSON.stringify(invalid.body)).toMatch(/purpose/);
    expect(JSON.stringify(invalid.body)).toMatch(/basis/);
    expect(JSON.stringify(invalid.body)).toMatch(/decidedBy/);
    expect(JSON.stringify(invalid.body)).toMatch(/reason/);
    await as('admin').put(`/sharing/partnerships/${NORTH}/defaults/marac`, { basis: 'gut-feeling' }).expect(400);
    await as('south')
      .post(`/sharing/people/${victim}/consent`, { agency: 'police', purpose: 'marac', decision: 'given', on: '2026-06-05', how: 'verbal' })
      .expect(404);
    await as('south').get(`/sharing/people/${victim}`).expect(404);
    await as('south').put(`/sharing/partnerships/${NORTH}/defaults/marac`, { basis: null }).expect(404);
    await as('coordinator')
      .post(`/sharing/people/${UNKNOWN_ID}/shares`, { agency: 'police', purpose: 'marac', on: '2026-06-05' })
      .expect(404);
  });

  describe('role matrix', () => {
    const workers: Role[] = ['coordinator', 'iom-lead', 'asb-caseworker', 'admin'];
    const routes: { method: 'get' | 'post' | 'put'; path: string; admitted: Role[] }[] = [
      { method: 'post', path: `/sharing/people/${UNKNOWN_ID}/consent`, admitted: workers },
      { method: 'post', path: `/sharing/people/${UNKNOWN_ID}/decisions`, admitted: workers },
      { method: 'post', path: `/sharing/people/${UNKNOWN_ID}/shares`, admitted: workers },
      { method: 'get', path: `/sharing/people/${UNKNOWN_ID}`, admitted: workers },
      { method: 'get', path: `/sharing/partnerships/${NORTH}/defaults`, admitted: workers },
      { method: 'put', path: `/sharing/partnerships/${NORTH}/defaults/marac`, admitted: ['admin'] },
    ];
    it.each(routes.map((r) => [`${r.method.toUpperCase()} ${r.path}`, r] as const))('%s admits exactly its roles', async (_, route) => {
      for (const role of ROLES) {
        const authorization = await bearer(harness.app, { id: `matrix-${role}`, roles: [role], partnerships: [NORTH] });
        const response = await request(server)[route.method](route.path).set('Authorization', authorization).send({});
        if (route.admitted.includes(role)) expect([role, response.status]).not.toEqual([role, 403]);
        else expect([role, response.status]).toEqual([role, 403]);
      }
      await request(server)[route.method](route.path).send({}).expect(401);
    });

    it('covers every sharing route in the OpenAPI document', async () => {
      const doc = await request(server).get('/docs/openapi.json').expect(200);
      const documented = Object.entries(doc.body.paths as Record<string, Record<string, unknown>>)
        .filter(([path]) => path.startsWith('/sharing'))
        .flatMap(([path, methods]) => Object.keys(methods).map((method) => `${method} ${path}`))
        .sort();
      const shape = (path: string) =>
        path
          .replace(UNKNOWN_ID, '{personId}')
          .replace(`/${NORTH}/`, '/{partnershipId}/')
          .replace(/\/marac$/, '/{purpose}');
      expect(routes.map((r) => `${r.method} ${shape(r.path)}`).sort()).toEqual(documented);
    });
  });
});
