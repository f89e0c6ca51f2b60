import request from 'supertest';
import { bearer, ROLES, type Role } from '@app/access';
import { boundedContexts } from '@app/contexts';
import { ProjectionsService } from '@app/projections';
import { startTestApp, type TestApp } from '@app/testing';
import { DEFAULT_RISK_QUESTIONNAIRE } from '@app/victim-services';
import { registerTestPerson } from './support/people.js';

/**
 * A partnership's victim-services settings over HTTP: its own lists (referring partners, behaviour types,
 * needs, outcome domains), a versioned risk questionnaire of its own and the further-report rules, each
 * effective from a day; casework dated from that day is checked and scored by them, casework before it by
 * what was in force then. The refusals an admin can cause, and the role matrix of the settings routes.
 */
const CONFIG = 'csp-vs-config';
const SERVICE = 'asb-support-config';
const NORTH_QUESTIONNAIRE = {
  version: 'config-2026-1',
  questions: [
    { id: 'lives-alone', text: 'Does the victim live alone?', vulnerability: 'situational', weight: 2 },
    { id: 'hate-motivated', text: 'Is the behaviour thought to be motivated by hate?', vulnerability: 'incidental', weight: 3 },
  ],
  thresholds: { medium: 2, high: 5 },
};

describe('Victim-services settings over HTTP', () => {
  let harness: TestApp;
  let server: ReturnType<TestApp['app']['getHttpServer']>;
  const tokens: Record<string, string> = {};
  const settingsPath = `/partnerships/${CONFIG}/victim-services-settings`;
  const as = (who: string) => ({
    get: (url: string) => request(server).get(url).set('Authorization', tokens[who]),
    post: (url: string, body: object) => request(server).post(url).set('Authorization', tokens[who]).send(body),
    patch: (url: string, body: object) => request(server).patch(url).set('Authorization', tokens[who]).send(body),
  });
  const referral = (personId: string, overrides: Record<string, unknown> = {}) => ({
    personId,
    referralDate: '2025-04-01',
    referringPartner: 'police',
    asbCategory: 'personal',
    behaviourTypes: ['harassment'],
    location: 'Config Road',
    ...overrides,
  });

  beforeAll(async () => {
    harness = await startTestApp(boundedContexts, { RETENTION_INTERVAL_MS: '0', RATE_LIMIT_PER_MINUTE: '1000000' });
    server = harness.app.getHttpServer();
    tokens.admin = await bearer(harness.app, { id: 'cfg-admin', roles: ['admin'], partnerships: [CONFIG] });
    tokens.caseworker = await bearer(harness.app, { id: 'cfg-caseworker', roles: ['asb-caseworker'], partnerships: [CONFIG] });
    tokens.otherAdmin = await bearer(harness.app, { id: 'cfg-other', roles: ['admin'], partnerships: ['csp-elsewhere'] });
    await as('admin')
      .post('/victim-services', { serviceId: SERVICE, partnershipId: CONFIG, name: 'ASB config', provider: 'VS', kind: 'asb-support' })
      .expect(201);
  });
  afterAll(async () => {
    await harness?.close();
  });

  it('answers the documented defaults until an admin changes them', async () => {
    const defaults = await as('caseworker').get(settingsPath).expect(200);
    expect(defaults.body).toMatchObject({
      partnershipId: CONFIG,
      configured: false,
      repeatWindowMonths: 12,
      caseReviewWindowMonths: 6,
      reassessmentHighDays: 14,
      reassessmentMediumDays: 28,
      riskQuestionnaire: { version: DEFAULT_RISK_QUESTIONNAIRE.version, thresholds: { medium: 12, high: 22 } },
    });
    expect(defaults.body.referringPartners).toContain('police');
    expect(defaults.body.riskQuestionnaire.questions).toHaveLength(DEFAULT_RISK_QUESTIONNAIRE.questions.length);
  });

  it("checks and scores casework by the partnership's own lists and questionnaire from the day they take effect", async () => {
    const changed = await as('admin')
      .patch(settingsPath, {
        effectiveFrom: '2025-06-01',
        referringPartners: ['police', 'fire-service'],
        behaviourTypes: ['harassment', 'loud-music'],
        needs: ['safety', 'befriending'],
        outcomeDomains: ['safety', 'sleep'],
        riskQuestionnaire: NORTH_QUESTIONNAIRE,
      })
      .expect(200);
    expect(changed.body).toMatchObject({ configured: true, inForceOn: '2025-06-01', riskQuestionnaire: { version: 'config-2026-1' } });
    expect(changed.headers.etag).toBe('"0"');
    const before = await as('caseworker').get(`${settingsPath}?on=2025-05-31`).expect(200);
    expect(before.body.riskQuestionnaire.version).toBe(DEFAULT_RISK_QUESTIONNAIRE.version);

    const personId = await registerTestPerson(harness.app, CONFIG, 'Config victim');
    const early = await as('caseworker')
      .post(`/victim-services/${SERVICE}/referrals`, referral(personId, { referralDate: '2025-05-31', referringPartner: 'fire-service' }))
      .expect(400);
    expect(early.body.detail).toMatch(/The referring partner must be one of police, council-asb-team/);
    const refer = await as('caseworker')
      .post(
        `/victim-services/${SERVICE}/referrals`,
        referral(personId, { referralDate: '2025-06-02', referringPartner: 'fire-service', behaviourTypes: ['loud-music'] }),
      )
      .expect(201);
    const caseId = refer.body.caseId as string;
    const onCase = (what: string, body: object) => as('caseworker').post(`/victim-services/cases/${caseId}/${what}`, body);
    const wrongCount = await onCase('risk-assessments', {
      assessedOn: '2025-06-03',
      answers: DEFAULT_RISK_QUESTIONNAIRE.questions.map(() => 'no'),
    }).expect(400);
    expect(wrongCount.body.detail).toBe('The risk assessment needs an answer to each of the 2 questions.');
    const assessed = await onCase('risk-assessments', { assessedOn: '2025-06-03', answers: ['yes', 'yes'] }).expect(201);
    expect(assessed.body.riskLevel).toBe('high');
    await onCase('needs-assessments', { assessedOn: '2025-06-03', needs: ['befriending'] }).expect(201);
    await onCase('outcome-scores', { assessedOn: '2025-06-03', stage: 'entry', scores: { sleep: 2 } }).expect(201);
    const oldDomain = await onCase('outcome-scores', { assessedOn: '2025-06-04', stage: 'review', scores: { housing: 2 } }).expect(400);
    expect(oldDomain.body.detail).toBe('Each domain must be one of safety, sleep.');
    const oldNeed = await onCase('needs-assessments', { assessedOn: '2025-06-03', needs: ['housing'] }).expect(400);
    expect(oldNeed.body.detail).toMatch(/Each need must be one of safety, befriending/);
  });

  it('takes the repeat window and the reassessment cadence from the settings', async () => {
    await as('admin').patch(settingsPath, { effectiveFrom: '2025-01-01', repeatWindowMonths: 3, reassessmentHighDays: 7 }).expect(200);
    const personId = await registerTestPerson(harness.app, CONFIG, 'Config repeat victim');
    const first = await as('caseworker').post(`/victim-services/${SERVICE}/referrals`, referral(personId, { referralDate: '2025-07-01' }));
    const caseId = first.body.caseId as string;
    await as('caseworker')
      .post(`/victim-services/cases/${caseId}/risk-assessments`, { assessedOn: '2025-07-01', answers: ['yes', 'yes'] })
      .expect(201);
    await as('caseworker').post(`/victim-services/cases/${caseId}/further-reports`, { reportedOn: '2025-11-01' }).expect(201);
    await as('caseworker')
      .post(`/victim-services/cases/${caseId}/risk-assessments`, { assessedOn: '2025-11-01', answers: ['yes', 'yes'] })
      .expect(201);
    await harness.app.get(ProjectionsService).waitUntilCaughtUp();
    const list = await as('caseworker').get(`/victim-services/${SERVICE}/cases`).expect(200);
    const entry = (list.body.cases as { caseId: string }[]).find((c) => c.caseId === caseId);
    // Four months after the referral: a repeat under the default 12 months, not under this partnership's 3.
    expect(entry).toMatchObject({ repeatVictim: false, reassessmentDueOn: '2025-11-08' });
  });

  it('refuses settings that do not add up, naming what is wrong, and writes nothing', async () => {
    const before = await as('admin').get(settingsPath).expect(200);
    const clash = await as('admin')
      .patch(settingsPath, { riskQuestionnaire: { ...NORTH_QUESTIONNAIRE, thresholds: { medium: 1, high: 2 } } })
      .expect(409);
    expect(clash.body.detail).toMatch(/version config-2026-1 is already in use with other questions/);
    const thresholds = await as('admin')
      .patch(settingsPath, { riskQuestionnaire: { ...NORTH_QUESTIONNAIRE, version: 'config-2026-2', thresholds: { medium: 3, high: 3 } } })
      .expect(400);
    expect(thresholds.body.detail).toMatch(/0 < medium < high/);
    const codes = await as('admin')
      .patch(settingsPath, { needs: ['Safety First'] })
      .expect(400);
    expect(codes.body.detail).toMatch(/lower-case letters, digits and dashes/);
    const nothing = await as('admin').patch(settingsPath, {}).expect(400);
    expect(nothing.body.detail).toBe('Name at least one setting to change.');
    const unknown = await as('admin').patch(settingsPath, { colour: 'blue' }).expect(400);
    expect(JSON.stringify(unknown.body)).toMatch(/colour/);
    const stale = await as('admin').patch(settingsPath, { repeatWindowMonths: 6 }).set('If-Match', '"0"').expect(412);
    expect(stale.body.status).toBe(412);
    await as('otherAdmin').patch(settingsPath, { repeatWindowMonths: 6 }).expect(404);
    await as('otherAdmin').get(settingsPath).expect(404);
    expect((await as('admin').get(settingsPath).expect(200)).body.revision).toBe(before.body.revision);
  });

  describe('role matrix', () => {
    const routes: { method: 'get' | 'patch'; admitted: Role[] }[] = [
      { method: 'get', admitted: ['admin', 'service-manager', 'asb-caseworker'] },
      { method: 'patch', admitted: ['admin'] },
    ];
    it.each(routes.map((r) => [`${r.method.toUpperCase()} ${settingsPath}`, r] as const))(
      '%s admits exactly its roles',
      async (_, route) => {
        for (const role of ROLES) {
          const authorization = await bearer(harness.app, { id: `cfg-matrix-${role}`, roles: [role], partnerships: [CONFIG] });
          const response = await request(server)[route.method](settingsPath).set('Authorization', authorization).send({});
          if (route.admitted.includes(role)) expect([role, response.status]).not.toEqual([role, 403]);
          else expect([role, response.status]).toEqual([role, 403]);
        }
        await request(server)[route.method](settingsPath).send({}).expect(401);
      },
    );
  });
});
