import request from 'supertest';
import { bearer, type Role } from '@app/access';
import { boundedContexts } from '@app/contexts';
import { EVENT_STORE, type EventStore } from '@app/event-store';
import { ProcessManagersService } from '@app/kit';
import { ProjectionsService } from '@app/projections';
import { addDays, todayInLondon } from '@app/periods';
import { startTestApp, type TestApp } from '@app/testing';
import { registerTestPerson } from './support/people.js';
import { waitFor } from './support/task-ledger.js';

/**
 * Issue 14 over HTTP: ASB Case Review applications whose outcome turns on each threshold rule, a
 * discretionary review, a review with recommendations, an escalation that overturns a refusal, the four
 * statutory figures for two adjacent financial years, a stage overdue in the log and as an alert-ready
 * event, and the refusals a user can cause.
 */
const NORTH = 'csp-cr-north';
const SOUTH = 'csp-cr-south';

describe('ASB Case Review over HTTP', () => {
  let harness: TestApp;
  let server: ReturnType<TestApp['app']['getHttpServer']>;
  const people: Record<string, string> = {};
  const apps: Record<string, string> = {};

  const as = async (roles: Role[], partnership = NORTH) => {
    const authorization = await bearer(harness.app, { id: `cr-${partnership}-${roles.join('+')}`, roles, partnerships: [partnership] });
    return {
      get: (path: string) => request(server).get(path).set('Authorization', authorization),
      post: (path: string, body: object) => request(server).post(path).set('Authorization', authorization).send(body),
      patch: (path: string, body: object) => request(server).patch(path).set('Authorization', authorization).send(body),
    };
  };
  const caughtUp = async () => {
    await harness.app.get(ProcessManagersService).waitUntilCaughtUp();
    await harness.app.get(ProjectionsService).waitUntilCaughtUp();
  };
  const complaint = (madeOn: string, behaviourOn: string, body = 'police', bodyName?: string) => ({
    body,
    ...(bodyName ? { bodyName } : {}),
    madeOn,
    behaviourDates: [behaviourOn],
    reference: `REF-${madeOn}`,
  });
  const application = (victim: string, receivedOn: string, complaints: object[], extra: Record<string, unknown> = {}) => ({
    partnershipId: NORTH,
    receivedOn,
    channel: 'online-form',
    applicantPersonId: victim,
    victimPersonId: victim,
    behaviourTypes: ['noise'],
    description: 'Loud music and shouting most nights.',
    complaints,
    ...extra,
  });
  const reviewBody = (heldOn: string, recommendations: object[] = []) => ({
    heldOn,
    bodiesPresent: [{ body: 'council' }, { body: 'police' }],
    chair: 'Community safety manager, neighbouring council',
    chairIndependent: true,
    victimConsulted: true,
    recommendations,
  });

  beforeAll(async () => {
    harness = await startTestApp(boundedContexts, { RETENTION_INTERVAL_MS: '0', RATE_LIMIT_PER_MINUTE: '100000' });
    server = harness.app.getHttpServer();
    for (const name of ['Aisha Rahman', 'Brian Oduya', 'Chen Wei', 'Dorota Nowak', 'Eamon Kelly', 'Fatima Begum']) {
      people[name.split(' ')[0]] = await registerTestPerson(harness.app, NORTH, name);
    }
    people.South = await registerTestPerson(harness.app, SOUTH, 'Grace Southworth');
  });
  afterAll(async () => {
    await harness?.close();
  });

  it("refuses a threshold above the statutory 3; sets 1 for hate incidents from a day on (an admin's change)", async () => {
    const admin = await as(['admin']);
    const four = await admin.patch(`/partnerships/${NORTH}/case-review-settings`, { threshold: 4 }).expect(400);
    expect(four.body.detail).toMatch(/threshold must be a whole number of qualifying complaints from 1 to 3/);
    const set = await admin
      .patch(`/partnerships/${NORTH}/case-review-settings`, { effectiveFrom: '2024-01-01', thresholdsByBehaviour: { 'hate-incident': 1 } })
      .expect(200);
    expect(set.body).toMatchObject({
      threshold: 3,
      thresholdsByBehaviour: { 'hate-incident': 1 },
      acknowledgeWorkingDays: 10,
      configured: true,
    });
    const spoc = await as(['asb-caseworker']);
    await spoc.patch(`/partnerships/${NORTH}/case-review-settings`, { threshold: 2 }).expect(403);
  });

  it('three qualifying complaints meet the default threshold: reviewed with recommendations, outcome sent, a recommendation completed', async () => {
    const spoc = await as(['asb-caseworker']);
    const received = await spoc
      .post(
        '/case-reviews',
        application(people.Aisha, '2025-03-10', [
          complaint('2024-12-02', '2024-11-30'),
          complaint('2025-01-06', '2025-01-05', 'council'),
          complaint('2025-02-03', '2025-02-01', 'housing-provider', 'Riverside Homes'),
        ]),
      )
      .expect(201);
    apps.A = received.body.applicationId;
    // 10 working days from Monday 10 March 2025.
    expect(received.body).toMatchObject({ stage: 'acknowledge', dueOn: '2025-03-24', thresholdMet: null });
    await spoc.post(`/case-reviews/${apps.A}/acknowledgement`, { acknowledgedOn: '2025-03-14' }).expect(200);
    const decided = await spoc.post(`/case-reviews/${apps.A}/threshold-decision`, { decidedOn: '2025-03-28' }).expect(200);
    expect(decided.body).toMatchObject({ stage: 'review', thresholdMet: true });
    const reviewed = await spoc
      .post(
        `/case-reviews/${apps.A}/review`,
        reviewBody('2025-04-10', [
          { recommendationId: 'rec-1', body: 'police', action: 'Evening patrols for six weeks', dueOn: '2025-05-30' },
          {
            recommendationId: 'rec-2',
            body: 'housing-provider',
            bodyName: 'Riverside Homes',
            action: 'Tenancy warning',
            dueOn: '2025-05-15',
          },
        ]),
      )
      .expect(200);
    expect(reviewed.body).toMatchObject({ stage: 'outcome' });
    await spoc.post(`/case-reviews/${apps.A}/recommendations/rec-1/outcome`, { recordedOn: '2025-04-01', completed: true }).expect(409);
    await spoc.post(`/case-reviews/${apps.A}/recommendations/rec-1/outcome`, { recordedOn: '2025-05-20', completed: true }).expect(200);
    await spoc.post(`/case-reviews/${apps.A}/outcome`, { sentOn: '2025-04-14', channel: 'letter' }).expect(200);

    const details = await spoc.get(`/case-reviews/${apps.A}`).expect(200);
    expect(details.body).toMatchObject({ applicationId: apps.A, stage: 'closed' });
  });

  it('a complaint made 32 days after the behaviour does not qualify, nor one 7 months before the application; the bodies review anyway', async () => {
    const spoc = await as(['asb-caseworker']);
    const received = await spoc
      .post(
        '/case-reviews',
        application(people.Brian, '2025-06-02', [
          complaint('2025-05-03', '2025-04-01'), // 32 days after the behaviour
          complaint('2024-11-01', '2024-10-30'), // 7 months before the application
          complaint('2025-05-20', '2025-05-19'),
        ]),
      )
      .expect(201);
    apps.B = received.body.applicationId;
    await spoc.post(`/case-reviews/${apps.B}/acknowledgement`, { acknowledgedOn: '2025-06-04' }).expect(200);
    const decided = await spoc
      .post(`/case-reviews/${apps.B}/threshold-decision`, {
        decidedOn: '2025-06-10',
        discretionaryReview: { review: true, reason: 'Persistent behaviour and serious harm to a vulnerable victim.' },
      })
      .expect(200);
    expect(decided.body).toMatchObject({ stage: 'review', thresholdMet: false });
    const details = await spoc.get(`/case-reviews/${apps.B}`).expect(200);
    expect(JSON.stringify(details.body)).toMatch(/made-too-long-after-the-behaviour/);
    expect(JSON.stringify(details.body)).toMatch(/outside-the-months-before-the-application/);
    await spoc.post(`/case-reviews/${apps.B}/review`, reviewBody('2025-07-01')).expect(200);
  });

  it("one hate-incident complaint meets the partnership's threshold of 1 for hate incidents", async () => {
    const spoc = await as(['asb-caseworker']);
    const received = await spoc
      .post(
        '/case-reviews',
        application(people.Chen, '2025-09-01', [complaint('2025-08-20', '2025-08-18')], { behaviourTypes: ['hate-incident'] }),
      )
      .expect(201);
    apps.C = received.body.applicationId;
    await spoc.post(`/case-reviews/${apps.C}/acknowledgement`, { acknowledgedOn: '2025-09-03' }).expect(200);
    const decided = await spoc.post(`/case-reviews/${apps.C}/threshold-decision`, { decidedOn: '2025-09-05' }).expect(200);
    expect(decided.body).toMatchObject({ thresholdMet: true, stage: 'review' });
  });

  it('a refusal: no review without a discretionary decision (409); escalated and overturned, the review goes ahead', async () => {
    const spoc = await as(['asb-caseworker']);
    const received = await spoc
      .post(
        '/case-reviews',
        application(people.Dorota, '2025-10-06', [complaint('2025-09-01', '2025-08-29'), complaint('2025-09-20', '2025-09-19')]),
      )
      .expect(201);
    apps.D = received.body.applicationId;
    await spoc.post(`/case-reviews/${apps.D}/acknowledgement`, { acknowledgedOn: '2025-10-08' }).expect(200);
    const refused = await spoc.post(`/case-reviews/${apps.D}/threshold-decision`, { decidedOn: '2025-10-20' }).expect(200);
    expect(refused.body).toMatchObject({ thresholdMet: false, stage: 'outcome' });
    const noReview = await spoc.post(`/case-reviews/${apps.D}/review`, reviewBody('2025-10-21')).expect(409);
    expect(noReview.body.detail).toMatch(/no discretionary review was decided/);
    await spoc.post(`/case-reviews/${apps.D}/outcome`, { sentOn: '2025-10-22', channel: 'email' }).expect(200);
    await spoc
      .post(`/case-reviews/${apps.D}/escalation`, { requestedOn: '2025-11-03', grounds: ['threshold-wrongly-refused'] })
      .expect(200);
    const overturned = await spoc
      .post(`/case-reviews/${apps.D}/escalation/decision`, { decidedOn: '2025-11-17', outcome: 'overturned' })
      .expect(200);
    expect(overturned.body).toMatchObject({ stage: 'review' });
    await spoc
      .post(
        `/case-reviews/${apps.D}/review`,
        reviewBody('2025-12-01', [{ recommendationId: 'r1', body: 'council', action: 'Noise monitoring equipment', dueOn: '2026-01-15' }]),
      )
      .expect(200);
    // Escalated once: a second escalation is refused, so the figures count the application's one.
    const again = await spoc
      .post(`/case-reviews/${apps.D}/escalation`, { requestedOn: '2025-12-05', grounds: ['evidence-ignored'] })
      .expect(409);
    expect(again.body.detail).toMatch(/escalated once/);
  });

  it('refuses nonsense: dates later than today (409), a stage out of order (409), bad input (400), on-behalf without consent (400)', async () => {
    const spoc = await as(['asb-caseworker']);
    const tomorrow = addDays(todayInLondon(new Date()), 1);
    const future = await spoc.post('/case-reviews', application(people.Fatima, tomorrow, [])).expect(409);
    expect(future.body.detail).toMatch(/later than today/);
    await spoc.post('/case-reviews', { ...application(people.Fatima, '2025-01-01', []), channel: 'pigeon' }).expect(400);
    const onBehalf = await spoc
      .post(
        '/case-reviews',
        application(people.Fatima, '2025-05-01', [], { applicantPersonId: people.Eamon, alsoNotified: [{ body: 'council' }] }),
      )
      .expect(400);
    expect(onBehalf.body.detail).toMatch(/consent/);
    await spoc.post(`/case-reviews/${apps.C}/outcome`, { sentOn: '2025-09-10', channel: 'letter' }).expect(409);
    await spoc.post(`/case-reviews/${apps.C}/acknowledgement`, { acknowledgedOn: '2025-09-03' }).expect(409);
  });

  it("another partnership's person or application is a 404 identical to a missing one", async () => {
    const spoc = await as(['asb-caseworker']);
    const missing = '7c9e6679-7425-40de-944b-e07fc1f90ae7';
    const southPerson = await spoc
      .post('/case-reviews', application(people.South, '2025-05-01', [complaint('2025-04-02', '2025-04-01')]))
      .expect(404);
    const nobody = await spoc
      .post('/case-reviews', application(missing, '2025-05-01', [complaint('2025-04-02', '2025-04-01')]))
      .expect(404);
    expect(southPerson.body.detail).toBe(nobody.body.detail);
    const south = await as(['asb-caseworker'], SOUTH);
    const theirs = await south.get(`/case-reviews/${apps.A}`).expect(404);
    const none = await south.get(`/case-reviews/${missing}`).expect(404);
    expect(theirs.body.detail).toBe(none.body.detail);
    await south.get(`/case-reviews/figures?partnershipId=${NORTH}&financialYear=2025-26`).expect(404);
  });

  it('the four statutory figures for two adjacent financial years, each counted by the date of its own event, exact for analysts too', async () => {
    await caughtUp();
    const analyst = await as(['analyst']);
    const earlier = await analyst.get(`/case-reviews/figures?partnershipId=${NORTH}&financialYear=2024-25`).expect(200);
    expect(earlier.body).toMatchObject({
      period: '2024-25',
      applications: 1,
      thresholdNotMet: 0,
      reviewsCarriedOut: 0,
      reviewsWithRecommendations: 0,
    });
    const later = await analyst.get(`/case-reviews/figures?partnershipId=${NORTH}&financialYear=2025-26`).expect(200);
    expect(later.body).toMatchObject({
      from: '2025-04-01',
      to: '2026-03-31',
      applications: 3,
      thresholdNotMet: 2,
      reviewsCarriedOut: 3,
      reviewsWithRecommendations: 2,
      discretionaryReviews: 1,
      escalations: 1,
      escalationsUpheld: 0,
      escalationsOverturned: 1,
    });
    expect(later.body.countedBy).toMatch(/date of its own event/);
    expect(later.body.stagesDone).toBeGreaterThan(0);
    const csv = await analyst.get(`/case-reviews/figures?partnershipId=${NORTH}&financialYear=2025-26&format=csv`).expect(200);
    expect(csv.headers['content-type']).toMatch(/text\/csv/);
    const [header, row] = csv.text.trim().split('\n');
    const fields = Object.fromEntries(header.split(',').map((name, i) => [name, row.split(',')[i]]));
    expect(fields).toMatchObject({ applications: '3', thresholdNotMet: '2', reviewsCarriedOut: '3', reviewsWithRecommendations: '2' });
    expect(csv.text).not.toMatch(/Rahman|Oduya|music/);
    // An analyst reads the figures but not the log of applications.
    await analyst.get(`/case-reviews?partnershipId=${NORTH}`).expect(403);

    const byBody = await analyst
      .get(`/case-reviews/recommendations?partnershipId=${NORTH}&financialYear=2025-26&asOf=2025-06-01`)
      .expect(200);
    expect(byBody.body.bodies).toEqual([
      { body: 'council', made: 1, completed: 0, notCompleted: 0, overdue: 0 },
      { body: 'housing-provider: Riverside Homes', made: 1, completed: 0, notCompleted: 0, overdue: 1 },
      { body: 'police', made: 1, completed: 1, notCompleted: 0, overdue: 0 },
    ]);
  });

  it('a stage overdue now is listed first in the log and raises the alert-ready CaseReviewStageOverdue once', async () => {
    const spoc = await as(['asb-caseworker']);
    const today = todayInLondon(new Date());
    const received = await spoc
      .post(
        '/case-reviews',
        application(people.Eamon, '2025-11-03', [complaint('2025-10-20', '2025-10-18')], { alsoNotified: [{ body: 'icb' }] }),
      )
      .expect(201);
    apps.E = received.body.applicationId;
    // 10 working days from Monday 3 November 2025.
    expect(received.body.dueOn).toBe('2025-11-17');
    const store = harness.app.get<EventStore>(EVENT_STORE);
    const alerts = async () => (await store.readStream(`case_review-${apps.E}`)).filter((e) => e.type === 'CaseReviewStageOverdue');
    await waitFor(async () => (await alerts()).length === 1);
    expect((await alerts())[0].data).toMatchObject({
      applicationId: apps.E,
      partnershipId: NORTH,
      stage: 'acknowledge',
      dueOn: '2025-11-17',
    });

    await caughtUp();
    const log = await spoc.get(`/case-reviews?partnershipId=${NORTH}`).expect(200);
    expect(log.body.total).toBe(5);
    type Entry = { applicationId: string; daysOverdue: number; dueOn: string | null; stage: string };
    const items = log.body.items as Entry[];
    // Overdue first (B, C, E and D wait on a stage past its due date), most overdue first; A is closed, last.
    expect(items.map((item) => item.applicationId)).toEqual([apps.B, apps.C, apps.E, apps.D, apps.A]);
    expect(items.map((item) => item.stage)).toEqual(['outcome', 'review', 'acknowledge', 'outcome', 'closed']);
    const e = items.find((item) => item.applicationId === apps.E);
    expect(e).toMatchObject({ stage: 'acknowledge', dueOn: '2025-11-17', workingDaysLeft: null, dueSoon: false });
    expect(e?.daysOverdue).toBe((Date.parse(today) - Date.parse('2025-11-17')) / 86_400_000);
    expect(items[4]).toMatchObject({ dueOn: null, daysOverdue: 0, outcomeSentOn: '2025-04-14', recommendations: 2 });
    expect(log.body.items[2].bodiesNotified).toEqual(expect.arrayContaining(['police', 'icb']));
    const overdueOnly = await spoc.get(`/case-reviews?partnershipId=${NORTH}&overdue=true`).expect(200);
    expect(overdueOnly.body.items.map((item: { applicationId: string }) => item.applicationId)).toContain(apps.E);
    expect(JSON.stringify(log.body)).not.toMatch(/music/);
  });
});
