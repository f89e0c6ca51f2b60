import request from 'supertest';
import { bearer, ROLES, type Role } from '@app/access';
import { boundedContexts } from '@app/contexts';
import { ProjectionsService } from '@app/projections';
import { ASB_EXAMPLE_AIMS, ASB_EXAMPLE_CASES, ASB_EXAMPLE_TABLE, ASB_EXAMPLE_YEAR, startTestApp, type TestApp } from '@app/testing';
import { DEFAULT_RISK_QUESTIONNAIRE } from '@app/victim-services';
import { registerTestPerson } from './support/people.js';

/**
 * Issue 13 over HTTP with a real database: the ASB Support Service table of domain.md reproduced from
 * casework driven through the API (every row, quarter, aim and year), the row kinds (distinct, snapshot,
 * ratio over 0), the analysts' published view, the refusals a caseworker can cause, and the role matrix.
 */
const NORTH = 'csp-vs-north';
const SOUTH = 'csp-vs-south';
const SERVICE = 'asb-support-north';
const EDGE = 'asb-support-edge';
const UNKNOWN_ID = '7c9e6679-7425-40de-944b-e07fc1f90ae7';
const ALL_YES = {
  needsMet: 'yes',
  improvedWellbeing: 'yes',
  satisfiedWithService: 'yes',
  satisfiedWithPoliceOrCouncil: 'yes',
  reducedRisk: 'yes',
};
const HIGH_RISK_ANSWERS = DEFAULT_RISK_QUESTIONNAIRE.questions.map(() => 'yes');
const STANDARD_ANSWERS = DEFAULT_RISK_QUESTIONNAIRE.questions.map(() => 'no');

interface Row {
  name: string;
  kind: string;
  quarters: { value: unknown; numerator: unknown; denominator: unknown; smallBase: boolean }[];
  year: { value: unknown; numerator: unknown; denominator: unknown; smallBase: boolean };
  aim: number | null;
  status: string;
}

describe('Victim services over HTTP', () => {
  let harness: TestApp;
  let server: ReturnType<TestApp['app']['getHttpServer']>;
  const caughtUp = () => harness.app.get(ProjectionsService).waitUntilCaughtUp();
  const tokens: Record<string, string> = {};
  const as = (who: string) => ({
    get: (url: string) => request(server).get(url).set('Authorization', tokens[who]),
    post: (url: string, body: object) => request(server).post(url).set('Authorization', tokens[who]).send(body),
    put: (url: string, body: object) => request(server).put(url).set('Authorization', tokens[who]).send(body),
  });
  const referral = (personId: string, overrides: Record<string, unknown> = {}) => ({
    personId,
    referralDate: '2016-04-04',
    referringPartner: 'police',
    asbCategory: 'personal',
    behaviourTypes: ['harassment'],
    location: 'Elm Road estate',
    ...overrides,
  });
  const refer = async (serviceId: string, body: object) =>
    (await as('caseworker').post(`/victim-services/${serviceId}/referrals`, body).expect(201)).body.caseId as string;
  const onCase = (caseId: string, what: string, body: object) => as('caseworker').post(`/victim-services/cases/${caseId}/${what}`, body);
  const table = async (serviceId: string, who = 'manager', year = ASB_EXAMPLE_YEAR) => {
    const response = await as(who).get(`/victim-services/${serviceId}/quarterly-table?financialYear=${year}`).expect(200);
    return { body: response.body, row: (name: string) => (response.body.rows as Row[]).find((r) => r.name === name)! };
  };
  const values = (row: Row) => [...row.quarters.map((c) => c.value), row.year.value];

  beforeAll(async () => {
    harness = await startTestApp(boundedContexts, { RETENTION_INTERVAL_MS: '0', RATE_LIMIT_PER_MINUTE: '1000000' });
    server = harness.app.getHttpServer();
    tokens.admin = await bearer(harness.app, { id: 'vs-admin', roles: ['admin'], partnerships: [NORTH] });
    tokens.manager = await bearer(harness.app, { id: 'vs-manager', roles: ['service-manager'], partnerships: [NORTH] });
    tokens.caseworker = await bearer(harness.app, { id: 'vs-caseworker', roles: ['asb-caseworker'], partnerships: [NORTH] });
    tokens.analyst = await bearer(harness.app, { id: 'vs-analyst', roles: ['analyst'], partnerships: [NORTH] });
    tokens.southCaseworker = await bearer(harness.app, {
      id: 'vs-south',
      roles: ['asb-caseworker', 'service-manager', 'analyst'],
      partnerships: [SOUTH],
    });
    tokens.southAdmin = await bearer(harness.app, { id: 'vs-south-admin', roles: ['admin'], partnerships: [SOUTH] });
    for (const serviceId of [SERVICE, EDGE])
      await as('admin')
        .post('/victim-services', {
          serviceId,
          partnershipId: NORTH,
          name: `ASB Support ${serviceId}`,
          provider: 'Victim Support',
          kind: 'asb-support',
        })
        .expect(201);
  });
  afterAll(async () => {
    await harness?.close();
  });

  it('registers a service once, for admins of its partnership', async () => {
    const again = await as('admin')
      .post('/victim-services', { serviceId: SERVICE, partnershipId: NORTH, name: 'Again', provider: 'X', kind: 'idva' })
      .expect(409);
    expect(again.body.detail).toBe('This victim service is already registered.');
    await as('admin')
      .post('/victim-services', { serviceId: 'elsewhere', partnershipId: SOUTH, name: 'S', provider: 'X', kind: 'idva' })
      .expect(404);
    const bad = await as('admin')
      .post('/victim-services', { serviceId: 'has space', partnershipId: NORTH, name: '', provider: 'X', kind: 'helpline' })
      .expect(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['kind', 'name', 'serviceId']);
  });

  it('reproduces the ASB Support Service table of domain.md exactly, from casework driven through the API', async () => {
    const aims = await as('manager').put(`/victim-services/${SERVICE}/aims/${ASB_EXAMPLE_YEAR}`, { aims: ASB_EXAMPLE_AIMS }).expect(200);
    expect(aims.body).toMatchObject({ serviceId: SERVICE, financialYear: ASB_EXAMPLE_YEAR, aims: ASB_EXAMPLE_AIMS });
    for (const c of ASB_EXAMPLE_CASES) {
      const personId = await registerTestPerson(harness.app, NORTH, `ASB example victim ${c.key}`);
      const caseId = await refer(SERVICE, referral(personId, { referralDate: c.referralDate, referringPartner: c.referringPartner }));
      if (c.assessedOn) {
        await onCase(caseId, 'risk-assessments', {
          assessedOn: c.assessedOn,
          answers: c.highRisk ? HIGH_RISK_ANSWERS : STANDARD_ANSWERS,
        }).expect(201);
        await onCase(caseId, 'needs-assessments', { assessedOn: c.assessedOn, needs: ['safety'] }).expect(201);
      }
      if (c.supportedOn) {
        await onCase(caseId, 'contacts', { date: c.supportedOn, kind: 'call-attempted' }).expect(201);
        await onCase(caseId, 'contacts', { date: c.supportedOn, kind: 'home-visit' }).expect(201);
      }
      if (c.closedOn) {
        const closed = await onCase(caseId, 'closure', {
          closedOn: c.closedOn,
          reason: 'planned-exit',
          needOutcomes: c.assessedOn ? [{ need: 'safety', outcome: 'met' }] : [],
        }).expect(201);
        expect(closed.body.status).toBe('closed');
        await onCase(caseId, 'exit-survey', { on: c.closedOn, declined: false, answers: ALL_YES }).expect(201);
      }
    }
    await caughtUp();
    const { body, row } = await table(SERVICE);
    expect(body.view).toBe('exact');
    for (const [name, expected] of Object.entries(ASB_EXAMPLE_TABLE)) expect([name, values(row(name))]).toEqual([name, expected]);
    for (const [name, aim] of Object.entries(ASB_EXAMPLE_AIMS)) expect([name, row(name).aim]).toEqual([name, aim]);
    expect(row('needs_assessments_completed')).toMatchObject({ kind: 'flow', status: 'below-aim' });
    expect(row('victims_supported')).toMatchObject({ kind: 'distinct', status: 'below-aim' });
    // The snapshot's year is its value on the year's last day (Q4), never the sum of the quarters.
    expect(row('open_cases_at_end')).toMatchObject({ kind: 'snapshot' });
    expect(values(row('open_cases_at_end'))).toEqual([4, 20, 25, 31, 31]);
    expect(body.stockFlow.every((check: { balances: boolean }) => check.balances)).toBe(true);
    // Summary: ratios from the table's own counts, shown with their denominators.
    expect(row('pct_needs_met').year).toEqual({ value: 100, numerator: 11, denominator: 11, smallBase: false });
    expect(row('pct_high_risk_reduced_risk').quarters[1]).toEqual({ value: 100, numerator: 1, denominator: 1, smallBase: true });
    expect(row('pct_high_risk_reduced_risk')).toMatchObject({ aim: 85, status: 'met' });
    const contacts = body.contacts.find((c: { kind: string }) => c.kind === 'home-visit');
    expect([...contacts.quarters, contacts.year]).toEqual([7, 16, 10, 8, 41]);

    const csv = await as('manager')
      .get(`/victim-services/${SERVICE}/quarterly-table?financialYear=${ASB_EXAMPLE_YEAR}&format=csv`)
      .expect(200);
    expect(csv.headers['content-type']).toMatch(/text\/csv/);
    expect(csv.text).toContain('activity,new_referrals,New referrals,flow,7,17,10,8,,42,no-aim');
    expect(csv.text).toContain('activity,needs_assessments_completed,Needs assessments completed,flow,6,16,10,8,60,40,below-aim');
  });

  it('gives analysts the published view: small counts suppressed with secondary suppression, ratios suppressed with their counts', async () => {
    const { body, row } = await table(SERVICE, 'analyst');
    expect(body.view).toBe('published');
    expect(values(row('new_referrals'))).toEqual([7, 17, 10, 8, 42]);
    // Q4's 2 self-referrals are hidden, and so is another cell of the table, so the totals cannot give them back.
    expect(row('self_referrals').quarters[3].value).toBe('<5');
    expect(
      row('partner_referrals').quarters.some((c) => c.value === 'suppressed') ||
        row('self_referrals').quarters.some((c) => c.value === 'suppressed'),
    ).toBe(true);
    expect(values(row('cases_closed'))).toEqual(expect.arrayContaining(['<5']));
    expect(row('pct_needs_met').quarters[0].value).toBe('suppressed');
    expect(row('pct_needs_met').year).toEqual({ value: 100, numerator: 11, denominator: 11, smallBase: false });
  });

  it('counts a client supported in two quarters once in the year, and a ratio over 0 is null', async () => {
    const personId = await registerTestPerson(harness.app, NORTH, 'ASB edge victim');
    const caseId = await refer(EDGE, referral(personId, { referralDate: '2016-05-02', referringPartner: null }));
    await onCase(caseId, 'contacts', { date: '2016-05-03', kind: 'home-visit' }).expect(201);
    await onCase(caseId, 'contacts', { date: '2016-08-03', kind: 'call-contact-achieved' }).expect(201);
    await caughtUp();
    const { row } = await table(EDGE);
    expect(values(row('victims_supported'))).toEqual([1, 1, 0, 0, 1]);
    expect(values(row('clients_worked_with'))).toEqual([1, 1, 1, 1, 1]);
    expect(values(row('self_referrals'))).toEqual([1, 0, 0, 0, 1]);
    expect(values(row('open_cases_at_end'))).toEqual([1, 1, 1, 1, 1]);
    expect(row('pct_needs_met').year).toEqual({ value: null, numerator: 0, denominator: 0, smallBase: true });
    expect(row('pct_needs_met').status).toBe('no-aim');
  });

  it('refuses what makes no sense with a message a caseworker understands, and changes nothing', async () => {
    const personId = await registerTestPerson(harness.app, NORTH, 'ASB refusal victim');
    const caseId = await refer(EDGE, referral(personId, { referralDate: '2017-01-10' }));
    const survey = await onCase(caseId, 'exit-survey', { on: '2017-01-11', declined: false, answers: ALL_YES }).expect(409);
    expect(survey.body.detail).toBe('An exit survey is taken at closure: this case is still open.');
    const early = await onCase(caseId, 'contacts', { date: '2017-01-09', kind: 'home-visit' }).expect(409);
    expect(early.body.detail).toBe('The contact date cannot be before the referral date (2017-01-10).');
    const future = await onCase(caseId, 'contacts', { date: '2999-01-01', kind: 'home-visit' }).expect(400);
    expect(JSON.stringify(future.body)).toMatch(/date/);
    const lower = await onCase(caseId, 'risk-assessments', {
      assessedOn: '2017-01-10',
      answers: HIGH_RISK_ANSWERS,
      judgement: { level: 'standard', reason: 'x' },
    }).expect(400);
    expect(lower.body.detail).toBe('Professional judgement may raise the risk level, never lower it.');
    await onCase(caseId, 'closure', { closedOn: '2017-01-12', reason: 'disengaged', needOutcomes: [] }).expect(201);
    const twice = await onCase(caseId, 'closure', { closedOn: '2017-01-13', reason: 'disengaged', needOutcomes: [] }).expect(409);
    expect(twice.body.detail).toBe('This case is already closed.');
    await onCase(caseId, 'exit-survey', { on: '2017-01-12', declined: true }).expect(201);
    const missing = await onCase(caseId, 'exit-survey', { on: '2017-01-12', declined: false }).expect(400);
    expect(missing.body.errors.map((e: { field: string }) => e.field)).toEqual(['answers']);
    await caughtUp();
    const { row } = await table(EDGE);
    expect(values(row('exit_surveys_offered'))).toEqual([0, 0, 0, 1, 1]);
    expect(values(row('exit_surveys_completed'))).toEqual([0, 0, 0, 0, 0]);
  });

  it("answers another partnership's person, service or case with the same 404 as a missing one", async () => {
    const southPerson = await registerTestPerson(harness.app, SOUTH, 'South person');
    const other = await as('caseworker').post(`/victim-services/${SERVICE}/referrals`, referral(southPerson)).expect(404);
    const none = await as('caseworker').post(`/victim-services/${SERVICE}/referrals`, referral(UNKNOWN_ID)).expect(404);
    expect(other.body.detail).toBe(none.body.detail);
    const service = await as('southCaseworker').post(`/victim-services/${SERVICE}/referrals`, referral(southPerson)).expect(404);
    const noService = await as('southCaseworker').post('/victim-services/no-such-service/referrals', referral(southPerson)).expect(404);
    expect(service.body.detail).toBe('There is no such victim service.');
    expect(noService.body.detail).toBe(service.body.detail);
    await as('southCaseworker').get(`/victim-services/${SERVICE}/quarterly-table?financialYear=2016-17`).expect(404);
    await as('southAdmin')
      .put(`/victim-services/${SERVICE}/aims/2016-17`, { aims: { cases_closed: 1 } })
      .expect(404);
    const personId = await registerTestPerson(harness.app, NORTH, 'ASB 404 victim');
    const caseId = await refer(EDGE, referral(personId));
    const theirs = await request(server)
      .post(`/victim-services/cases/${caseId}/contacts`)
      .set('Authorization', tokens.southCaseworker)
      .send({ date: '2016-04-05', kind: 'home-visit' })
      .expect(404);
    const nobody = await onCase(UNKNOWN_ID, 'contacts', { date: '2016-04-05', kind: 'home-visit' }).expect(404);
    expect(theirs.body.detail).toBe(nobody.body.detail);
  });

  it('makes a repeat victim and a reassessment due at a further report 11 months later, and a Case Review notice due at a second report within 6 months', async () => {
    const personId = await registerTestPerson(harness.app, NORTH, 'ASB repeat victim');
    const caseId = await refer(EDGE, referral(personId, { referralDate: '2025-01-10' }));
    await onCase(caseId, 'risk-assessments', { assessedOn: '2025-01-11', answers: STANDARD_ANSWERS }).expect(201);
    const entry = async () => {
      await caughtUp();
      const list = await as('caseworker').get(`/victim-services/${EDGE}/cases`).expect(200);
      return (list.body.cases as { caseId: string }[]).find((c) => c.caseId === caseId);
    };
    expect(await entry()).toMatchObject({
      riskLevel: 'standard',
      reassessmentDueOn: null,
      repeatVictim: false,
      caseReviewNoticeDue: false,
    });
    await onCase(caseId, 'further-reports', { reportedOn: '2025-12-10' }).expect(201);
    expect(await entry()).toMatchObject({
      repeatVictim: true,
      reassessmentDueOn: '2025-12-10',
      reassessmentOverdue: true,
      caseReviewNoticeDue: false,
    });
    const notDue = await onCase(caseId, 'case-review-notice', { toldOn: '2025-12-11', method: 'letter' }).expect(409);
    expect(notDue.body.detail).toMatch(/No Case Review notice is due/);
    await onCase(caseId, 'further-reports', { reportedOn: '2026-02-01' }).expect(201);
    expect(await entry()).toMatchObject({ caseReviewNoticeDue: true, reassessmentDueOn: '2026-02-01' });
    await onCase(caseId, 'case-review-notice', { toldOn: '2026-02-02', method: 'letter' }).expect(201);
    await onCase(caseId, 'risk-assessments', { assessedOn: '2026-02-02', answers: HIGH_RISK_ANSWERS }).expect(201);
    expect(await entry()).toMatchObject({ caseReviewNoticeDue: false, riskLevel: 'high', reassessmentDueOn: '2026-02-16' });
  });

  it('counts a new referral of the same victim, to another service of the partnership, as a repeat within 12 months of their previous report; the rate per quarter', async () => {
    const OTHER = 'idva-north';
    await as('admin')
      .post('/victim-services', { serviceId: OTHER, partnershipId: NORTH, name: 'IDVA North', provider: 'Refuge', kind: 'idva' })
      .expect(201);
    const twice = await registerTestPerson(harness.app, NORTH, 'ASB victim referred twice');
    const once = await registerTestPerson(harness.app, NORTH, 'ASB victim reporting 15 months on');
    const first = await refer(EDGE, referral(twice, { referralDate: '2019-05-01' }));
    const again = await refer(OTHER, referral(twice, { referralDate: '2020-02-01' }));
    const other = await refer(OTHER, referral(once, { referralDate: '2019-06-01' }));
    await onCase(other, 'further-reports', { reportedOn: '2020-09-01' }).expect(201);
    await caughtUp();
    const { row } = await table(OTHER, 'manager', '2019-20');
    expect(values(row('victims_reporting'))).toEqual([1, 0, 0, 1, 2]);
    expect(values(row('repeat_victims'))).toEqual([0, 0, 0, 1, 1]);
    expect(row('pct_repeat_victims').quarters.map((c) => c.value)).toEqual([0, null, null, 100]);
    expect(row('pct_repeat_victims').year).toEqual({ value: 50, numerator: 1, denominator: 2, smallBase: true });
    expect(values(row('repeat_victims')).slice(0, 4)).not.toEqual(values(row('victims_reporting')).slice(0, 4));
    const next = await table(OTHER, 'manager', '2020-21');
    expect(values(next.row('repeat_victims'))).toEqual([0, 0, 0, 0, 0]);
    expect(values(next.row('victims_reporting'))).toEqual([0, 1, 0, 0, 1]);
    const listed = async (serviceId: string, caseId: string) =>
      ((await as('caseworker').get(`/victim-services/${serviceId}/cases`).expect(200)).body.cases as { caseId: string }[]).find(
        (c) => c.caseId === caseId,
      );
    expect(await listed(OTHER, again)).toMatchObject({ repeatVictim: true });
    expect(await listed(OTHER, other)).toMatchObject({ repeatVictim: false });
    expect(await listed(EDGE, first)).toMatchObject({ repeatVictim: false });
    const published = await table(OTHER, 'analyst', '2019-20');
    expect(published.row('repeat_victims').year.value).toBe('<5');
    expect(published.row('pct_repeat_victims').year.value).toBe('suppressed');
    // The analysts' case list links the victim's two cases by pseudonym and marks the second a repeat.
    const depersonalised = async (serviceId: string) =>
      (await as('analyst').get(`/victim-services/${serviceId}/cases/depersonalised?financialYear=2019-20`).expect(200)).body;
    const otherCases = await depersonalised(OTHER);
    const edgeCases = await depersonalised(EDGE);
    expect(otherCases.total).toBe(2);
    const repeat = otherCases.items.find((c: { repeatVictim: boolean }) => c.repeatVictim);
    expect(repeat).toMatchObject({ referralMonth: '2020-02', route: 'partner', referringPartner: 'police', closedMonth: null });
    expect(edgeCases.items.map((c: { victimRef: string }) => c.victimRef)).toContain(repeat.victimRef);
    expect(JSON.stringify([otherCases, edgeCases])).not.toMatch(new RegExp([twice, once, first, again, other, 'Elm Road'].join('|')));
  });

  it('measures distance travelled (last Outcome Star scores minus the first) of the cases closed in a period, in its report and in the table', async () => {
    const DISTANCE = 'asb-support-distance';
    await as('admin')
      .post('/victim-services', { serviceId: DISTANCE, partnershipId: NORTH, name: 'ASB distance', provider: 'VS', kind: 'asb-support' })
      .expect(201);
    const scoredCase = async (
      name: string,
      entry: Record<string, number>,
      exit: Record<string, number> | null,
      closedOn: string | null,
    ) => {
      const caseId = await refer(DISTANCE, referral(await registerTestPerson(harness.app, NORTH, name), { referralDate: '2018-04-02' }));
      await onCase(caseId, 'outcome-scores', { assessedOn: '2018-04-03', stage: 'entry', scores: entry }).expect(201);
      if (exit) await onCase(caseId, 'outcome-scores', { assessedOn: closedOn ?? '2018-06-01', stage: 'exit', scores: exit }).expect(201);
      if (closedOn) await onCase(caseId, 'closure', { closedOn, reason: 'planned-exit', needOutcomes: [] }).expect(201);
      return caseId;
    };
    await scoredCase('Distance one', { safety: 2, housing: 5 }, { safety: 8, housing: 4 }, '2018-05-01');
    await scoredCase('Distance two', { safety: 4 }, { safety: 3 }, '2018-08-01');
    await scoredCase('Distance three', { safety: 4 }, null, '2018-08-02');
    await scoredCase('Distance open', { safety: 1 }, { safety: 9 }, null);
    await caughtUp();
    const report = await as('manager').get(`/victim-services/${DISTANCE}/distance-travelled?financialYear=2018-19`).expect(200);
    expect(report.body).toMatchObject({ view: 'exact', period: '2018-19', casesMeasured: 2, casesImproved: 1, pctImproved: 50 });
    expect(report.body.domains.find((d: { domain: string }) => d.domain === 'safety')).toEqual({
      domain: 'safety',
      cases: 2,
      averageFirst: 3,
      averageLast: 5.5,
      averageChange: 2.5,
    });
    const published = await as('analyst').get(`/victim-services/${DISTANCE}/distance-travelled?financialYear=2018-19`).expect(200);
    expect(published.body).toMatchObject({ view: 'published', casesMeasured: '<5', pctImproved: 'suppressed' });
    expect(published.body.domains.find((d: { domain: string }) => d.domain === 'safety').averageChange).toBe('suppressed');
    await as('analyst').get(`/victim-services/${DISTANCE}/distance-travelled?from=2018-04-01&to=2018-05-01`).expect(400);
    const { row } = await table(DISTANCE, 'manager', '2018-19');
    expect(values(row('cases_closed_with_distance'))).toEqual([1, 1, 0, 0, 2]);
    expect(values(row('cases_improved'))).toEqual([1, 0, 0, 0, 1]);
    expect(row('pct_cases_improved').year).toEqual({ value: 50, numerator: 1, denominator: 2, smallBase: true });
  });

  it('refuses Outcome Star scores out of order or out of range, with a message a caseworker understands', async () => {
    const caseId = await refer(
      EDGE,
      referral(await registerTestPerson(harness.app, NORTH, 'Distance refusals'), { referralDate: '2018-04-02' }),
    );
    const review = await onCase(caseId, 'outcome-scores', { assessedOn: '2018-04-03', stage: 'review', scores: { safety: 3 } }).expect(409);
    expect(review.body.detail).toBe('Record the entry scores first: distance travelled is measured from them.');
    const range = await onCase(caseId, 'outcome-scores', { assessedOn: '2018-04-03', stage: 'entry', scores: { safety: 11 } }).expect(400);
    expect(range.body.detail).toBe('The score of safety must be a whole number from 1 to 10.');
    const domain = await onCase(caseId, 'outcome-scores', { assessedOn: '2018-04-03', stage: 'entry', scores: { pets: 3 } }).expect(400);
    expect(domain.body.detail).toMatch(/Each domain must be one of/);
    const stage = await onCase(caseId, 'outcome-scores', { assessedOn: '2018-04-03', stage: 'midway', scores: { safety: 3 } }).expect(400);
    expect(stage.body.errors.map((e: { field: string }) => e.field)).toEqual(['stage']);
    await onCase(caseId, 'outcome-scores', { assessedOn: '2018-04-05', stage: 'entry', scores: { safety: 3 } }).expect(201);
    const early = await onCase(caseId, 'outcome-scores', { assessedOn: '2018-04-04', stage: 'review', scores: { safety: 3 } }).expect(409);
    expect(early.body.detail).toBe('The date of the scores cannot be before the previous scores (2018-04-05).');
  });

  it("gives analysts the service's cases without personal data, for a financial year or quarter only", async () => {
    const page = await as('analyst')
      .get(`/victim-services/${SERVICE}/cases/depersonalised?financialYear=${ASB_EXAMPLE_YEAR}&pageSize=500`)
      .expect(200);
    expect(page.body).toMatchObject({ serviceId: SERVICE, from: '2016-04-01', to: '2017-03-31', total: 42 });
    expect(page.body.items).toHaveLength(42);
    for (const item of page.body.items)
      expect(Object.keys(item).sort()).toEqual(
        [
          'asbCategory',
          'caseRef',
          'closedMonth',
          'closureReason',
          'exitSurvey',
          'improved',
          'referralMonth',
          'referringPartner',
          'repeatVictim',
          'riskLevel',
          'route',
          'victimRef',
        ].sort(),
      );
    expect(page.body.items.filter((c: { route: string }) => c.route === 'self')).toHaveLength(2);
    expect(page.body.items.filter((c: { exitSurvey: string | null }) => c.exitSurvey === 'completed')).toHaveLength(11);
    expect(JSON.stringify(page.body)).not.toMatch(/Elm Road|ASB example victim|[0-9a-f]{8}-[0-9a-f]{4}-/);
    const dates = await as('analyst').get(`/victim-services/${SERVICE}/cases/depersonalised?from=2016-04-01&to=2016-04-30`).expect(400);
    expect(dates.body.errors[0].field).toBeDefined();
    await as('analyst').get(`/victim-services/${SERVICE}/cases/depersonalised?financialYear=2016-17&pageSize=501`).expect(400);
    await as('southCaseworker').get(`/victim-services/${SERVICE}/cases/depersonalised?financialYear=2016-17`).expect(404);
  });

  it('links a Case Review application to the notice given on the victim-service case, so "told of right" and "applications following" join up', async () => {
    const LINK = 'asb-support-link';
    await as('admin')
      .post('/victim-services', { serviceId: LINK, partnershipId: NORTH, name: 'ASB link', provider: 'VS', kind: 'asb-support' })
      .expect(201);
    const told = async (name: string) => {
      const personId = await registerTestPerson(harness.app, NORTH, name);
      const caseId = await refer(LINK, referral(personId, { referralDate: '2024-05-01' }));
      await onCase(caseId, 'further-reports', { reportedOn: '2024-06-01' }).expect(201);
      await onCase(caseId, 'case-review-notice', { toldOn: '2024-06-03', method: 'letter' }).expect(201);
      return { personId, caseId };
    };
    const applied = await told('Told and applied');
    const notApplied = await told('Told, never applied');
    const untoldPerson = await registerTestPerson(harness.app, NORTH, 'Never told');
    const untold = await refer(LINK, referral(untoldPerson, { referralDate: '2024-05-01' }));
    const application = (victim: string, fromVictimServiceCaseId: string, receivedOn = '2024-07-01') => ({
      partnershipId: NORTH,
      receivedOn,
      channel: 'phone',
      applicantPersonId: victim,
      victimPersonId: victim,
      behaviourTypes: ['noise'],
      description: 'Shouting in the stairwell.',
      complaints: [{ body: 'police', madeOn: '2024-06-01', behaviourDates: ['2024-05-30'] }],
      fromVictimServiceCaseId,
    });
    const noNotice = await as('caseworker').post('/case-reviews', application(untoldPerson, untold)).expect(409);
    expect(noNotice.body.detail).toBe(
      'The victim-service case named does not record that the victim was told of their right to a Case Review.',
    );
    const otherVictim = await as('caseworker').post('/case-reviews', application(untoldPerson, applied.caseId)).expect(409);
    expect(otherVictim.body.detail).toBe('The victim-service case named is about another victim than this application.');
    const before = await as('caseworker')
      .post('/case-reviews', application(applied.personId, applied.caseId, '2024-06-02'))
      .expect(409);
    expect(before.body.detail).toMatch(/cannot follow a notice given after it was received/);
    const southAdmin = await as('southCaseworker')
      .post('/case-reviews', { ...application(applied.personId, applied.caseId), partnershipId: SOUTH })
      .expect(404);
    expect(southAdmin.body.status).toBe(404);
    await as('caseworker').post('/case-reviews', application(applied.personId, applied.caseId)).expect(201);
    await caughtUp();
    const { row } = await table(LINK, 'manager', '2024-25');
    expect(values(row('case_review_notices_given'))).toEqual([2, 0, 0, 0, 2]);
    expect(values(row('case_review_applications_following'))).toEqual([1, 0, 0, 0, 1]);
    expect(row('pct_case_review_applied').year).toEqual({ value: 50, numerator: 1, denominator: 2, smallBase: true });
    expect(notApplied.caseId).not.toBe(applied.caseId);
  });

  it("audits every read of a victim's record: the case list names the people it shows, the analysts' list names nobody", async () => {
    const personId = await registerTestPerson(harness.app, NORTH, 'Audited victim');
    const caseId = await refer(EDGE, referral(personId, { referralDate: '2021-05-01' }));
    await caughtUp();
    await as('caseworker').get(`/victim-services/${EDGE}/cases`).expect(200);
    await as('analyst').get(`/victim-services/${EDGE}/cases/depersonalised?financialYear=2021-22`).expect(200);
    const auditor = await bearer(harness.app, { id: 'vs-auditor', roles: ['auditor'], partnerships: [NORTH] });
    const audit = async (query: string) =>
      (await request(server).get(`/audit?${query}&pageSize=200`).set('Authorization', auditor).expect(200)).body.items as {
        actor: string;
        action: string;
        recordKind: string | null;
        recordId: string | null;
        subjectIds: string[];
      }[];
    const ofVictim = await audit(`person=${personId}`);
    expect(ofVictim).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ actor: 'vs-caseworker', action: 'command', recordKind: 'vs_case', recordId: caseId }),
        expect.objectContaining({ actor: 'vs-caseworker', action: 'read', recordKind: 'vs_case_list', recordId: EDGE }),
      ]),
    );
    // The analysts' list names nobody, so it is no read of the victim's record.
    expect(ofVictim.filter((e) => e.actor === 'vs-analyst')).toEqual([]);
  });

  it('refuses aims that name no row or are out of range', async () => {
    const bad = await as('manager')
      .put(`/victim-services/${SERVICE}/aims/2016-17`, { aims: { happiness: 3 } })
      .expect(400);
    expect(bad.body.detail).toBe('There is no table row named happiness.');
    await as('manager')
      .put(`/victim-services/${SERVICE}/aims/2016-17`, { aims: { pct_needs_met: 101 } })
      .expect(400);
    await as('manager').put(`/victim-services/${SERVICE}/aims/2016-18`, { aims: {} }).expect(400);
    await as('manager').get(`/victim-services/${SERVICE}/quarterly-table?financialYear=2016`).expect(400);
  });

  describe('role matrix', () => {
    const routes: { method: 'get' | 'post' | 'put'; path: () => string; admitted: Role[] }[] = [
      { method: 'post', path: () => '/victim-services', admitted: ['admin'] },
      { method: 'put', path: () => `/victim-services/${SERVICE}/aims/2016-17`, admitted: ['service-manager', 'admin'] },
      { method: 'post', path: () => `/victim-services/${SERVICE}/referrals`, admitted: ['asb-caseworker'] },
      {
        method: 'get',
        path: () => `/victim-services/${SERVICE}/quarterly-table?financialYear=2016-17`,
        admitted: ['service-manager', 'admin', 'analyst'],
      },
      { method: 'get', path: () => `/victim-services/${SERVICE}/cases`, admitted: ['asb-caseworker'] },
      {
        method: 'get',
        path: () => `/victim-services/${SERVICE}/cases/depersonalised?financialYear=2016-17`,
        admitted: ['analyst'],
      },
      {
        method: 'get',
        path: () => `/victim-services/${SERVICE}/distance-travelled?financialYear=2016-17`,
        admitted: ['service-manager', 'admin', 'analyst'],
      },
      ...[
        'risk-assessments',
        'needs-assessments',
        'contacts',
        'closure',
        'exit-survey',
        'further-reports',
        'case-review-notice',
        'outcome-scores',
      ].map((what) => ({
        method: 'post' as const,
        path: () => `/victim-services/cases/${UNKNOWN_ID}/${what}`,
        admitted: ['asb-caseworker'] as Role[],
      })),
    ];
    it.each(routes.map((r) => [`${r.method.toUpperCase()} ${r.path()}`, r] as const))('%s admits exactly its roles', async (_, route) => {
      for (const role of ROLES) {
        const authorization = await bearer(harness.app, { id: `matrix-${role}`, roles: [role], partnerships: [NORTH] });
        const response = await request(server)[route.method](route.path()).set('Authorization', authorization).send({});
        if (route.admitted.includes(role)) expect([role, response.status]).not.toEqual([role, 403]);
        else expect([role, response.status]).toEqual([role, 403]);
      }
      await request(server)[route.method](route.path()).send({}).expect(401);
    });

    it('covers every victim-services route in the OpenAPI document', async () => {
      const doc = await request(server).get('/docs/openapi.json').expect(200);
      const documented = Object.entries(doc.body.paths as Record<string, Record<string, unknown>>)
        .filter(([path]) => path.startsWith('/victim-services'))
        .flatMap(([path, methods]) => Object.keys(methods).map((method) => `${method} ${path}`))
        .sort();
      const shape = (path: string) =>
        path.split('?')[0].replace(UNKNOWN_ID, '{caseId}').replace(`/${SERVICE}`, '/{serviceId}').replace('/2016-17', '/{financialYear}');
      expect(routes.map((r) => `${r.method} ${shape(r.path())}`).sort()).toEqual(documented);
    });
  });
});
