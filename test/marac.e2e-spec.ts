import request from 'supertest';
import { ProjectionsService } from '@app/projections';
import { startTestApp, type TestApp } from '@app/testing';
import { dashAnswers, referralBody } from './support/referral-body.js';
import { boundedContexts } from '@app/contexts';
import { registerTestPerson } from './support/people.js';

/**
 * Issue 3's "Done means", over HTTP against a real database: a referral with DASH, a meeting, a
 * hearing, actions (one completed, one overdue), a further incident 11 months after the referral (the
 * case becomes a repeat and goes back to the MARAC), a re-referral of the same victim 13 months after the
 * first referral (a new case, not a repeat), and the repeat-rate, SafeLives and agency-engagement figures
 * for the periods around them.
 */
const PARTNERSHIP = 'csp-e2e';
const MARAC = 'marac-e2e';
let P = '';
let Q = '';
let PERP_P = '';
let PERP_Q = '';

const answers = dashAnswers;

function referral(overrides: Record<string, unknown> = {}) {
  const body = referralBody({
    partnershipId: PARTNERSHIP,
    maracId: MARAC,
    victimId: P,
    perpetratorId: PERP_P,
    victimName: 'Test Victim P',
    perpetratorName: 'Test Perpetrator P',
    profile: { disabled: true, childrenInHousehold: 2 },
  });
  return { ...body, ...overrides };
}

describe('MARAC over HTTP', () => {
  let harness: TestApp;
  let server: ReturnType<TestApp['app']['getHttpServer']>;
  let auth: Record<string, string>;
  const ids: Record<string, string> = {};

  const caughtUp = () => harness.app.get(ProjectionsService).waitUntilCaughtUp();
  const post = (path: string, body: object) => request(server).post(path).set(auth).send(body);
  const get = (path: string) => request(server).get(path).set(auth);

  beforeAll(async () => {
    harness = await startTestApp(boundedContexts);
    P = await registerTestPerson(harness.app, PARTNERSHIP, 'Test person P');
    Q = await registerTestPerson(harness.app, PARTNERSHIP, 'Test person Q');
    PERP_P = await registerTestPerson(harness.app, PARTNERSHIP, 'Test person PERP_P');
    PERP_Q = await registerTestPerson(harness.app, PARTNERSHIP, 'Test person PERP_Q');
    server = harness.app.getHttpServer();
    auth = await authHeaders(harness);
  });
  afterAll(async () => {
    await harness?.close();
  });

  it('registers the MARAC, configures the partnership (band, population) and starts from defaults', async () => {
    await post('/maracs', { maracId: MARAC, partnershipId: PARTNERSHIP, name: 'E2E MARAC' }).expect(201);
    const defaults = await get(`/partnerships/${PARTNERSHIP}/settings`).expect(200);
    expect(defaults.body).toMatchObject({
      repeatBand: { low: 0.28, high: 0.4 },
      adultFemalePopulation: null,
      policeCallOutThreshold: 3,
      configured: false,
    });
    const patch = (body: object) => request(server).patch(`/partnerships/${PARTNERSHIP}/settings`).set(auth).send(body);
    await patch({ effectiveFrom: '2024-01-01', repeatBandLow: 0.5, repeatBandHigh: 0.4 }).expect(400);
    // In force from before the first referral: every period of this test is judged by it.
    const saved = await patch({
      effectiveFrom: '2024-01-01',
      repeatBandLow: 0.2,
      repeatBandHigh: 0.3,
      adultFemalePopulation: 50000,
    }).expect(200);
    expect(saved.body).toMatchObject({
      repeatBand: { low: 0.2, high: 0.3 },
      adultFemalePopulation: 50000,
      policeCallOutThreshold: 3,
      configured: true,
    });
  });

  it('refers a case with a DASH checklist, idempotently', async () => {
    const first = await post('/marac/referrals', referral()).set('Idempotency-Key', 'refer-a').expect(201);
    expect(first.body).toMatchObject({ personId: P, isRepeat: false, previousCaseId: null });
    expect(first.headers.etag).toBe('"1"'); // CaseReferred + DashAssessmentRecorded
    const again = await post('/marac/referrals', referral()).set('Idempotency-Key', 'refer-a').expect(201);
    expect(again.body).toEqual(first.body);
    ids.a = first.body.caseId;

    const b = await post(
      '/marac/referrals',
      referral({
        referralDate: '2024-04-15',
        referringAgency: 'idva',
        criterion: 'professional-judgement',
        victim: {
          personId: Q,
          details: { fullName: 'Test Victim Q' },
          profile: {
            sex: 'male',
            ageAtReferral: 17,
            ethnicity: 'black-asian-racially-minoritised',
            disabled: false,
            lgbtPlus: true,
            childrenInHousehold: 0,
          },
        },
        perpetrators: [{ personId: PERP_Q, relationship: 'parent', details: { fullName: 'Test Perpetrator Q' } }],
        dash: undefined,
      }),
    ).expect(201);
    ids.b = b.body.caseId;
  });

  it('refuses bad referrals with 400 and says why', async () => {
    const invalid = await post('/marac/referrals', { ...referral(), referralDate: '2024-02-30', colour: 'red' }).expect(400);
    expect(invalid.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['colour', 'referralDate']);
    const nested = await post('/marac/referrals', referral({ victim: { details: { fullName: '' }, profile: {} } })).expect(400);
    expect(nested.body.errors.map((e: { field: string }) => e.field)).toEqual(
      expect.arrayContaining(['victim.details.fullName', 'victim.profile.sex']),
    );
    const lowScore = await post(
      '/marac/referrals',
      referral({ victim: { ...referral().victim, personId: '55555555-5555-4555-8555-555555555555' }, dash: { answers: answers(12) } }),
    ).expect(400);
    expect(lowScore.body.detail).toMatch(/DASH score of 14 or more; this checklist scores 12/);
  });

  it('records a further DASH assessment and shows the case with its ETag', async () => {
    const dash = await post(`/marac/cases/${ids.a}/dash-assessments`, { assessedOn: '2024-04-17', answers: answers(16) }).expect(201);
    expect(dash.body).toMatchObject({ caseId: ids.a, riskBand: 'high', revision: 2 });
    const read = await get(`/marac/cases/${ids.a}`).expect(200).expect('ETag', '"2"');
    expect(read.body).toMatchObject({
      victimName: 'Test Victim P',
      status: 'open',
      dash: { score: 16, riskBand: 'high' },
      isRepeat: false,
    });
    await get('/marac/cases/7c9e6679-7425-40de-944b-e07fc1f90ae7').expect(404);
  });

  it('schedules a meeting, lists and hears the cases, and records actions', async () => {
    const meeting = await post('/marac/meetings', { partnershipId: PARTNERSHIP, maracId: MARAC, date: '2024-04-24' }).expect(201);
    ids.m1 = meeting.body.meetingId;
    await post(`/marac/meetings/${ids.m1}/agenda`, { caseId: ids.a }).expect(200);
    await post(`/marac/meetings/${ids.m1}/agenda`, { caseId: ids.b }).expect(200);
    await post(`/marac/meetings/${ids.m1}/agenda`, { caseId: ids.b }).expect(409);

    await caughtUp();
    const agenda = await get(`/marac/meetings/${ids.m1}/agenda?asOf=2024-04-20`).expect(200);
    expect(agenda.body.cases).toHaveLength(2);
    expect(agenda.body.cases[0]).toMatchObject({
      caseId: ids.a,
      riskBand: 'high',
      isRepeat: false,
      referringAgency: 'police',
      relisting: false,
    });
    expect(agenda.body.cases[1]).toMatchObject({ caseId: ids.b, riskBand: null, referringAgency: 'idva' });

    await post(`/marac/cases/${ids.a}/hearings`, {
      meetingId: ids.m1,
      heardOn: '2024-04-24',
      agenciesPresent: ['police', 'idva', 'health'],
    }).expect(200);
    await post(`/marac/cases/${ids.b}/hearings`, { meetingId: ids.m1, heardOn: '2024-04-24', agenciesPresent: ['police', 'idva'] }).expect(
      200,
    );

    await post(`/marac/cases/${ids.a}/actions`, {
      actionId: 'x1',
      meetingId: ids.m1,
      agency: 'housing',
      description: 'Fit extra locks',
      dueDate: '2024-05-24',
    }).expect(201);
    await post(`/marac/cases/${ids.a}/actions`, {
      actionId: 'x2',
      meetingId: ids.m1,
      agency: 'health',
      description: 'GP to review',
      dueDate: '2024-05-10',
    }).expect(201);
    await post(`/marac/cases/${ids.a}/actions/x1/complete`, { completedOn: '2024-05-20' }).expect(200);
  });

  it('refuses transitions that make no sense with 409 and a message a coordinator understands', async () => {
    const twice = await post(`/marac/cases/${ids.a}/actions/x1/complete`, { completedOn: '2024-05-21' }).expect(409);
    expect(twice.body.detail).toBe('This action has already been completed.');
    const before = await post(`/marac/cases/${ids.a}/incidents`, {
      date: '2024-04-01',
      reportingAgency: 'police',
      description: 'Earlier incident',
    }).expect(409);
    expect(before.body.detail).toMatch(/dated before the case was referred/);
    await post(`/marac/cases/${ids.a}/actions/nope/complete`, { completedOn: '2024-05-21' }).expect(404);
    const stale = await post(`/marac/cases/${ids.a}/dash-assessments`, { assessedOn: '2024-04-18', answers: answers(16) })
      .set('If-Match', '"0"')
      .expect(412);
    expect(stale.body.status).toBe(412);
  });

  it('shows the case list with risk band, next meeting and overdue actions', async () => {
    await caughtUp();
    const list = await get(`/maracs/${MARAC}/cases?asOf=2024-06-01`).expect(200);
    expect(list.body.total).toBe(2);
    const a = list.body.items.find((item: { caseId: string }) => item.caseId === ids.a);
    expect(a).toMatchObject({
      victimName: 'Test Victim P',
      riskBand: 'high',
      isRepeat: false,
      outstandingActions: 1,
      overdueActions: 1,
      nextMeeting: null,
    });
    const high = await get(`/maracs/${MARAC}/cases?riskBand=high&asOf=2024-05-01`).expect(200);
    expect(high.body.items.map((i: { caseId: string }) => i.caseId)).toEqual([ids.a]);
    expect(high.body.items[0].overdueActions).toBe(0);
    await get(`/maracs/${MARAC}/cases?page=0`).expect(400);
    await get(`/maracs/${MARAC}/cases?asOf=yesterday`).expect(400);
  });

  it('makes the case a repeat on a further incident 11 months after the referral, and relists and hears it as a repeat', async () => {
    const incident = await post(`/marac/cases/${ids.a}/incidents`, {
      date: '2025-03-10',
      reportedOn: '2025-03-11',
      reportingAgency: 'police',
      description: 'Breach of a non-molestation order',
    }).expect(201);
    expect(incident.body).toMatchObject({ isRepeat: true, awaitingRelisting: true });

    const m2 = await post('/marac/meetings', { partnershipId: PARTNERSHIP, maracId: MARAC, date: '2025-03-20' }).expect(201);
    ids.m2 = m2.body.meetingId;
    await caughtUp();
    const repeats = await get(`/maracs/${MARAC}/cases?repeat=true&asOf=2025-03-12`).expect(200);
    expect(repeats.body.items).toHaveLength(1);
    expect(repeats.body.items[0]).toMatchObject({ caseId: ids.a, isRepeat: true, awaitingRelisting: true });

    const listed = await post(`/marac/meetings/${ids.m2}/agenda`, { caseId: ids.a }).expect(200);
    expect(listed.body.awaitingRelisting).toBe(false);
    await caughtUp();
    const next = await get(`/maracs/${MARAC}/cases?repeat=true&asOf=2025-03-12`).expect(200);
    expect(next.body.items[0].nextMeeting).toEqual({ meetingId: ids.m2, date: '2025-03-20' });
    const agenda = await get(`/marac/meetings/${ids.m2}/agenda?asOf=2025-03-12`).expect(200);
    expect(agenda.body.cases).toEqual([
      expect.objectContaining({
        caseId: ids.a,
        isRepeat: true,
        relisting: true,
        outstandingActions: [{ actionId: 'x2', agency: 'health', dueDate: '2024-05-10', overdue: true }],
      }),
    ]);

    // Case B was never listed for this meeting.
    const never = await post(`/marac/cases/${ids.b}/hearings`, {
      meetingId: ids.m2,
      heardOn: '2025-03-20',
      agenciesPresent: ['police'],
    }).expect(409);
    expect(never.body.detail).toMatch(/not listed for this meeting/);
    await post(`/marac/cases/${ids.a}/hearings`, {
      meetingId: ids.m2,
      heardOn: '2025-03-20',
      agenciesPresent: ['police', 'housing'],
    }).expect(200);
  });

  it('makes a re-referral of the same victim 13 months after the first a new case, not a repeat', async () => {
    const c = await post(
      '/marac/referrals',
      referral({
        referralDate: '2025-05-12',
        referringAgency: 'health',
        criterion: 'professional-judgement',
        dash: { answers: answers(11) },
      }),
    ).expect(201);
    expect(c.body).toMatchObject({ personId: P, isRepeat: false, previousCaseId: null });
    ids.c = c.body.caseId;
    expect(ids.c).not.toBe(ids.a);
    const m3 = await post('/marac/meetings', { partnershipId: PARTNERSHIP, maracId: MARAC, date: '2025-05-22' }).expect(201);
    ids.m3 = m3.body.meetingId;
    await post(`/marac/meetings/${ids.m3}/agenda`, { caseId: ids.c }).expect(200);
    await post(`/marac/cases/${ids.c}/hearings`, {
      meetingId: ids.m3,
      heardOn: '2025-05-22',
      agenciesPresent: ['police', 'idva', 'health'],
    }).expect(200);
    // A meeting that is cancelled takes no cases.
    const m4 = await post('/marac/meetings', { partnershipId: PARTNERSHIP, maracId: MARAC, date: '2025-06-05' }).expect(201);
    await post(`/marac/meetings/${m4.body.meetingId}/cancel`, { cancelledOn: '2025-06-01', reason: 'not-quorate' }).expect(200);
    await post(`/marac/meetings/${m4.body.meetingId}/agenda`, { caseId: ids.c }).expect(409);
    await caughtUp();
  });

  it('answers the repeat rate for the periods around them, against the configured band', async () => {
    const rate = (query: string) =>
      get(`/maracs/${MARAC}/repeat-rate?${query}`)
        .expect(200)
        .then((r) => r.body);
    expect(await rate('from=2024-04-01&to=2024-06-30')).toMatchObject({
      cases: 2,
      repeatCases: 0,
      rate: 0,
      band: { low: 0.2, high: 0.3 },
      status: 'below',
    });
    expect(await rate('quarter=2024-25-Q4')).toMatchObject({
      from: '2025-01-01',
      to: '2025-03-31',
      cases: 1,
      repeatCases: 1,
      rate: 1,
      status: 'above',
    });
    expect(await rate('from=2025-04-01&to=2025-06-30')).toMatchObject({ cases: 1, repeatCases: 0, rate: 0 });
    expect(await rate('from=2024-04-01&to=2025-06-30')).toMatchObject({ cases: 4, repeatCases: 1, rate: 0.25, status: 'within' });
    expect(await rate('from=2023-01-01&to=2023-12-31')).toMatchObject({ cases: 0, repeatCases: 0, rate: null, status: null });

    const quarters = await get(`/maracs/${MARAC}/repeat-rate/quarters?financialYear=2024-25`).expect(200);
    expect(quarters.body.quarters.map((q: { cases: number; repeatCases: number }) => [q.cases, q.repeatCases])).toEqual([
      [2, 0],
      [0, 0],
      [0, 0],
      [1, 1],
    ]);
    expect(quarters.body.year).toMatchObject({ cases: 3, repeatCases: 1, status: 'above' });

    const bad = await get(`/maracs/${MARAC}/repeat-rate?from=2024-13-01&to=2024-06-30`).expect(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field)).toEqual(['from']);
    await get(`/maracs/${MARAC}/repeat-rate?from=2024-06-30&to=2024-04-01`).expect(400);
    await get(`/maracs/${MARAC}/repeat-rate?quarter=2024-26-Q1`).expect(400);
    await get(`/maracs/${MARAC}/repeat-rate/quarters?financialYear=2024`).expect(400);

    // One way of naming periods on every report: a financial year is its 1 April - 31 March.
    expect(await rate('financialYear=2024-25')).toEqual(await rate('from=2024-04-01&to=2025-03-31'));
    const twoForms = await get(`/maracs/${MARAC}/repeat-rate?financialYear=2024-25&quarter=2024-25-Q1`).expect(400);
    expect(twoForms.body.errors.map((e: { field: string }) => e.field)).toEqual(['quarter']);
    const quartersOfAQuarter = await get(`/maracs/${MARAC}/repeat-rate/quarters?quarter=2024-25-Q1`).expect(400);
    expect(quartersOfAQuarter.body.errors.map((e: { field: string }) => e.field)).toEqual(['quarter']);
  });

  it('answers SafeLives quarterly data as JSON and CSV, with no personal data', async () => {
    const json = await get(`/maracs/${MARAC}/safelives?quarter=2024-25-Q1`).expect(200);
    expect(json.body).toEqual({
      maracId: MARAC,
      financialYear: '2024-25',
      quarter: 1,
      from: '2024-04-01',
      to: '2024-06-30',
      cases: 2,
      repeatCases: 0,
      repeatPercent: 0,
      adultFemalePopulation: 50000,
      casesPer10kAdultFemales: 0.4,
      annualisedCasesPer10kAdultFemales: 1.6,
      partnerAgencyReferralsPercent: 50,
      blackAsianRaciallyMinoritisedPercent: 50,
      lgbtPlusPercent: 50,
      disabledPercent: 50,
      malePercent: 50,
      aged16To17: 1,
      childrenInHouseholds: 2,
    });
    expect(JSON.stringify(json.body)).not.toMatch(/Test Victim/);
    const q4 = await get(`/maracs/${MARAC}/safelives?quarter=2024-25-Q4`).expect(200);
    expect(q4.body).toMatchObject({ cases: 1, repeatCases: 1, repeatPercent: 100, malePercent: 0, childrenInHouseholds: 2 });

    const csv = await get(`/maracs/${MARAC}/safelives?quarter=2024-25-Q1`).set('Accept', 'text/csv').expect(200);
    expect(csv.headers['content-type']).toMatch(/text\/csv/);
    const [header, row] = csv.text.trim().split('\n');
    const values = Object.fromEntries(header.split(',').map((name, i) => [name, row.split(',')[i]]));
    expect(values).toMatchObject({
      cases: '2',
      repeatPercent: '0',
      casesPer10kAdultFemales: '0.4',
      partnerAgencyReferralsPercent: '50',
      aged16To17: '1',
    });
    const viaQuery = await get(`/maracs/${MARAC}/safelives?quarter=2024-25-Q1&format=csv`).expect(200);
    expect(viaQuery.text).toBe(csv.text);
    expect(viaQuery.headers['content-disposition']).toBe(`attachment; filename="safelives-${MARAC}-2024-25-Q1.csv"`);
    await get(`/maracs/${MARAC}/safelives?quarter=2024-25-Q5`).expect(400);
    // SafeLives returns are per financial year or quarter, never arbitrary dates.
    const dates = await get(`/maracs/${MARAC}/safelives?from=2024-04-01&to=2024-06-30`).expect(400);
    expect(dates.body.errors.map((e: { field: string }) => e.field)).toEqual(['from']);
    expect((await get(`/maracs/${MARAC}/safelives?financialYear=2024-25`).expect(200)).body).toMatchObject({
      financialYear: '2024-25',
      quarter: null,
      from: '2024-04-01',
      to: '2025-03-31',
    });
  });

  it('answers agency engagement: attendance per agency and actions completed / overdue', async () => {
    const q1 = await get(`/maracs/${MARAC}/agency-engagement?from=2024-04-01&to=2024-06-30&asOf=2024-06-01`).expect(200);
    expect(q1.body.meetings).toBe(1);
    const byAgency = (body: { agencies: { agency: string }[] }, agency: string) => body.agencies.find((a) => a.agency === agency);
    expect(byAgency(q1.body, 'police')).toMatchObject({ meetingsAttended: 1, attendanceRate: 1, actionsDue: 0 });
    expect(byAgency(q1.body, 'housing')).toMatchObject({
      meetingsAttended: 0,
      attendanceRate: 0,
      actionsDue: 1,
      actionsCompleted: 1,
      actionsOverdue: 0,
    });
    expect(byAgency(q1.body, 'health')).toMatchObject({
      meetingsAttended: 1,
      attendanceRate: 1,
      actionsDue: 1,
      actionsCompleted: 0,
      actionsOverdue: 1,
    });

    const all = await get(`/maracs/${MARAC}/agency-engagement?from=2024-04-01&to=2025-06-30&asOf=2025-07-01`).expect(200);
    expect(all.body.meetings).toBe(3);
    expect(byAgency(all.body, 'police')).toMatchObject({ meetingsAttended: 3, attendanceRate: 1 });
    expect(byAgency(all.body, 'housing')).toMatchObject({ meetingsAttended: 1, attendanceRate: 0.3333 });
    expect(byAgency(all.body, 'idva')).toMatchObject({ meetingsAttended: 2, attendanceRate: 0.6667 });
    await get(`/maracs/${MARAC}/agency-engagement?from=2024-04-01`).expect(400);
    const quarter = await get(`/maracs/${MARAC}/agency-engagement?quarter=2024-25-Q1&asOf=2024-06-01`).expect(200);
    expect(quarter.body).toEqual(q1.body);
  });

  it('closes a case, which leaves the open case list', async () => {
    await post(`/marac/cases/${ids.b}/close`, { closedOn: '2025-06-30', reason: 'risk-reduced' }).expect(200);
    await post(`/marac/cases/${ids.b}/close`, { closedOn: '2025-06-30', reason: 'risk-reduced' }).expect(409);
    await caughtUp();
    const open = await get(`/maracs/${MARAC}/cases`).expect(200);
    expect(open.body.items.map((i: { caseId: string }) => i.caseId).sort()).toEqual([ids.a, ids.c].sort());
    const closed = await get(`/maracs/${MARAC}/cases?status=closed`).expect(200);
    expect(closed.body.items).toEqual([expect.objectContaining({ caseId: ids.b, status: 'closed', closedOn: '2025-06-30' })]);
  });

  it('validates path parameters and paging like bodies: 400 naming the parameter', async () => {
    const named = (response: request.Response) => (response.body.errors as { field: string }[]).map((error) => error.field);
    expect(named(await get('/marac/cases/not-a-case').expect(400))).toEqual(['caseId']);
    expect(
      named(await post('/marac/meetings/not-a-meeting/cancel', { cancelledOn: '2025-04-22', reason: 'not-quorate' }).expect(400)),
    ).toEqual(['meetingId']);
    expect(named(await post(`/marac/cases/${P}/actions/${'x'.repeat(101)}/complete`, { completedOn: '2025-05-20' }).expect(400))).toEqual([
      'actionId',
    ]);
    expect(named(await get(`/maracs/${'m'.repeat(101)}/cases`).expect(400))).toEqual(['maracId']);
    expect(named(await get(`/maracs/${MARAC}/cases?pageSize=201`).expect(400))).toEqual(['pageSize']);
    const defaults = await get(`/maracs/${MARAC}/cases`).expect(200);
    expect(defaults.body).toMatchObject({ page: 1, pageSize: 25 });
  });

  it('documents every MARAC endpoint in the OpenAPI document', async () => {
    const doc = await request(server).get('/docs/openapi.json').expect(200);
    expect(Object.keys(doc.body.paths)).toEqual(
      expect.arrayContaining([
        '/marac/referrals',
        '/marac/victims/{personId}/police-call-outs',
        '/marac/cases/{caseId}',
        '/marac/cases/{caseId}/dash-assessments',
        '/marac/cases/{caseId}/hearings',
        '/marac/cases/{caseId}/actions',
        '/marac/cases/{caseId}/actions/{actionId}/complete',
        '/marac/cases/{caseId}/incidents',
        '/marac/cases/{caseId}/close',
        '/marac/meetings',
        '/marac/meetings/{meetingId}/cancel',
        '/marac/meetings/{meetingId}/agenda',
        '/maracs/{maracId}/cases',
        '/maracs/{maracId}/repeat-rate',
        '/maracs/{maracId}/repeat-rate/quarters',
        '/maracs/{maracId}/safelives',
        '/maracs/{maracId}/agency-engagement',
        '/partnerships/{partnershipId}/settings',
        '/maracs',
        '/maracs/{maracId}',
        '/maracs/{maracId}/settings',
      ]),
    );
    expect(doc.body.components.schemas.ReferCaseBody.properties.victim).toBeDefined();
  });
});

/**
 * Headers for a user who is coordinator, analyst and admin of the test partnership, once the access
 * module's authentication is in place (its embedded issuer); none while no guard runs.
 */
async function authHeaders(harness: TestApp): Promise<Record<string, string>> {
  try {
    const access = await import('@app/access');
    const verifier = harness.app.get(access.TokenVerifier, { strict: false });
    if (!verifier?.embeddedIssuer) return {};
    return {
      Authorization: await access.bearer(harness.app, {
        id: 'marac-e2e',
        roles: ['coordinator', 'analyst', 'admin'],
        partnerships: [PARTNERSHIP],
      }),
    };
  } catch {
    return {};
  }
}
