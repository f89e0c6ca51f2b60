import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { bearer, ROLES } from '@app/access';
import { boundedContexts } from '@app/contexts';
import { ProjectionsService } from '@app/projections';
import { startTestApp, type TestApp } from '@app/testing';
import { registerTestMarac } from './support/marac-registration.js';
import { registerTestPerson } from './support/people.js';
import { referralBody } from './support/referral-body.js';
import { requestsAs } from './support/requests-as.js';
import { asbServiceBody, asbReferralBody } from './support/asb-bodies.js';

/**
 * Subject access over HTTP (issue 16): an admin exports everything the partnership holds about a person, from
 * every context (people, MARAC, victim services, the ASB Case Review, IOM, consent and sharing), decrypted, with
 * the audit of who read it, as one JSON document; someone else's personal data is withheld; the export is
 * audited; after erasure it says when the person was erased and holds no personal data of theirs.
 */
const NORTH = 'csp-sar-north';
const SOUTH = 'csp-sar-south';
const MARAC = 'marac-sar-north';
const SERVICE = 'asb-support-sar';
const COHORT = randomUUID();

interface Export {
  personId: string;
  recordIds: string[];
  partnershipId: string;
  exportedBy: string;
  erased: { erasedAt: string; basis: string } | null;
  identity: { fullName: string } | null;
  contexts: { context: string; events: { type: string; stream: string; recordedBy: string; data: Record<string, unknown> }[] }[];
  audit: { actor: string; action: string; route: string | null; recordKind: string | null; sharingBasis: string | null }[];
}

describe('subject access over HTTP', () => {
  let harness: TestApp;
  let server: ReturnType<TestApp['app']['getHttpServer']>;
  const caughtUp = () => harness.app.get(ProjectionsService).waitUntilCaughtUp();
  const tokens: Record<string, string> = {};
  const as = requestsAs(() => server, tokens);
  let person: string;
  let caseId: string;
  const exportOf = async (personId = person): Promise<Export> =>
    (await as('admin').get(`/admin/subject-access/${personId}`).expect(200)).body;
  const context = (document: Export, name: string) => document.contexts.find((c) => c.context === name)!;

  beforeAll(async () => {
    harness = await startTestApp(boundedContexts, { RETENTION_INTERVAL_MS: '0', RATE_LIMIT_PER_MINUTE: '1000000' });
    server = harness.app.getHttpServer();
    tokens.admin = await bearer(harness.app, { id: 'sar-admin', roles: ['admin'], partnerships: [NORTH] });
    tokens.coordinator = await bearer(harness.app, { id: 'sar-coordinator', roles: ['coordinator'], partnerships: [NORTH] });
    tokens.caseworker = await bearer(harness.app, { id: 'sar-caseworker', roles: ['asb-caseworker'], partnerships: [NORTH] });
    tokens.lead = await bearer(harness.app, { id: 'sar-lead', roles: ['iom-lead'], partnerships: [NORTH] });
    tokens.auditor = await bearer(harness.app, { id: 'sar-auditor', roles: ['auditor'], partnerships: [NORTH] });
    tokens.south = await bearer(harness.app, { id: 'sar-south', roles: ['admin'], partnerships: [SOUTH] });
    await registerTestMarac(harness.app, MARAC, NORTH);
    person = await registerTestPerson(harness.app, NORTH, 'Sara Subject', { dateOfBirth: '1990-02-03' });

    const referral = await as('coordinator')
      .post('/marac/referrals', {
        ...referralBody({ partnershipId: NORTH, maracId: MARAC, victimId: person, perpetratorName: 'Peter Thirdparty' }),
        referralDate: '2026-01-10',
      })
      .expect(201);
    caseId = referral.body.caseId;
    await as('coordinator')
      .post(`/marac/cases/${caseId}/actions`, {
        actionId: 'locks',
        agency: 'housing',
        description: 'Fit extra locks for Sara',
        dueDate: '2026-12-01',
      })
      .expect(201);
    await as('coordinator').get(`/marac/cases/${caseId}`).expect(200);
    await as('coordinator')
      .post(`/sharing/people/${person}/consent`, { agency: 'idva', purpose: 'marac', decision: 'given', on: '2026-01-11', how: 'written' })
      .expect(201);
    await as('coordinator')
      .post(`/sharing/people/${person}/decisions`, {
        agency: 'housing',
        purpose: 'marac',
        basis: 'safeguarding',
        decidedBy: 'MARAC chair',
        reason: 'Sara is at risk at home',
        on: '2026-01-12',
      })
      .expect(201);

    await as('admin').post('/victim-services', asbServiceBody(SERVICE, NORTH)).expect(201);
    await as('caseworker')
      .post(`/victim-services/${SERVICE}/referrals`, asbReferralBody(person, '2026-03-02', 'Flat 2, Elm Road'))
      .expect(201);
    await as('caseworker')
      .post('/case-reviews', {
        partnershipId: NORTH,
        receivedOn: '2026-03-20',
        channel: 'online-form',
        applicantPersonId: person,
        victimPersonId: person,
        behaviourTypes: ['noise'],
        description: 'Shouting at Sara every night.',
        complaints: [{ body: 'police', madeOn: '2026-03-02', behaviourDates: ['2026-03-01'], reference: 'REF-1' }],
      })
      .expect(201);
    await as('lead').post('/iom/cohorts', { cohortId: COHORT, partnershipId: NORTH, area: 'North', name: 'North IOM' }).expect(201);
    await as('lead')
      .post(`/iom/cohorts/${COHORT}/adoptions`, {
        personId: person,
        adoptedOn: '2026-02-01',
        strand: 'Flex',
        leadAgency: 'Police',
        leadOfficer: 'PC Example',
        selectionScore: 40,
        selectionReason: 'Shoplifting series',
      })
      .expect(201);
    await as('lead').get(`/iom/cohorts/${COHORT}/members/${person}`).expect(200);
    await caughtUp();
  });
  afterAll(async () => harness.close());

  it('exports every context, decrypted, with the audit of who read the records, as one JSON document', async () => {
    const document = await exportOf();
    expect(document).toMatchObject({ personId: person, recordIds: [person], partnershipId: NORTH, exportedBy: 'sar-admin', erased: null });
    expect(document.identity).toMatchObject({ fullName: 'Sara Subject', dateOfBirth: '1990-02-03' });
    expect(document.contexts.map((c) => c.context).sort()).toEqual([
      'ASB Case Review',
      'Consent and sharing',
      'IOM',
      'MARAC',
      'People',
      'Victim services',
    ]);
    const text = JSON.stringify(document);
    for (const decrypted of [
      'Fit extra locks for Sara',
      'Flat 2, Elm Road',
      'Shouting at Sara every night.',
      'Shoplifting series',
      'Sara is at risk at home',
    ])
      expect(text).toContain(decrypted);
    expect(context(document, 'MARAC').events.map((e) => e.type)).toEqual(expect.arrayContaining(['CaseReferred', 'AgencyActionAdded']));
    expect(context(document, 'Consent and sharing').events).toEqual([
      expect.objectContaining({ type: 'ConsentGiven', recordedBy: 'sar-coordinator' }),
      expect.objectContaining({ type: 'SharingWithoutConsentDecided', recordedBy: 'sar-coordinator' }),
    ]);
    expect(context(document, 'IOM').events.map((e) => e.type)).toContain('IomOffenderAdopted');
    // The perpetrator's details are theirs, not the subject's.
    expect(text).not.toContain('Peter Thirdparty');
    expect(text).toContain("another person's personal data");
    // IOM reads stand on IOM's default, DPA 2018 Part 3 (competent authorities).
    expect(document.audit).toContainEqual(
      expect.objectContaining({
        actor: 'sar-lead',
        action: 'read',
        recordKind: 'iom_offender',
        sharingBasis: 'default-basis:dpa-2018-part-3',
      }),
    );
    expect(document.audit).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          actor: 'sar-coordinator',
          action: 'read',
          route: '/marac/cases/:caseId',
          sharingBasis: expect.stringContaining('default-basis'),
        }),
      ]),
    );
  });

  it('is audited, admins of the partnership only', async () => {
    await exportOf();
    const entries = (await as('auditor').get(`/audit?person=${person}&pageSize=200`).expect(200)).body.items as {
      recordKind: string;
      actor: string;
      action: string;
    }[];
    expect(entries).toContainEqual(expect.objectContaining({ recordKind: 'subject_access', actor: 'sar-admin', action: 'read' }));
    await as('south').get(`/admin/subject-access/${person}`).expect(404);
    await as('admin').get(`/admin/subject-access/${randomUUID()}`).expect(404);
    await as('admin').get('/admin/subject-access/not-a-uuid').expect(400);
    for (const role of ROLES.filter((r) => r !== 'admin')) {
      const authorization = await bearer(harness.app, { id: `sar-${role}`, roles: [role], partnerships: [NORTH] });
      await request(server).get(`/admin/subject-access/${person}`).set('Authorization', authorization).expect(403);
    }
    await request(server).get(`/admin/subject-access/${person}`).expect(401);
  });

  it('after erasure says the person was erased and when, and holds none of their personal data', async () => {
    const erasure = await as('admin').post('/admin/erasure', { subjectId: person, reason: 'Erasure request ER-1' }).expect(200);
    await caughtUp();
    const document = await exportOf();
    expect(document.erased).toEqual({ erasedAt: erasure.body.erasedAt, basis: 'request' });
    expect(document.identity).toBeNull();
    const text = JSON.stringify(document);
    for (const gone of [
      'Sara Subject',
      'Fit extra locks for Sara',
      'Flat 2, Elm Road',
      'Shouting at Sara every night.',
      'Shoplifting series',
      'Sara is at risk at home',
    ])
      expect(text).not.toContain(gone);
    // The facts stay (dates, codes), as the published counts do.
    expect(context(document, 'MARAC').events.map((e) => e.type)).toContain('CaseReferred');
  });
});
