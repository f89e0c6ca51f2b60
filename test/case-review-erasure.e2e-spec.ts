import request from 'supertest';
import { bearer, RetentionService, type Role } from '@app/access';
import { boundedContexts } from '@app/contexts';
import { ProcessManagersService } from '@app/kit';
import { ProjectionsService } from '@app/projections';
import { startTestApp, type TestApp, dateYearsAgo } from '@app/testing';
import { registerTestPerson } from './support/people.js';

/**
 * Case Review personal data: the free text (the ASB described, the discretionary reason, recommendations)
 * is under the victim's key, so erasing the victim (on request or by the retention sweep) leaves the
 * application's facts and the figures and nulls its text. The sweep erases the people of an application
 * whose outcome was sent more than RETENTION_YEARS_AFTER_CLOSURE (6) years ago, and keeps those of one
 * closed since or still open.
 */
const NORTH = 'csp-cr-erasure';

describe('erasure and retention of Case Review personal data', () => {
  let harness: TestApp;
  let server: ReturnType<TestApp['app']['getHttpServer']>;
  const people: Record<string, string> = {};
  const apps: Record<string, string> = {};

  const auth = (roles: Role[], id = `cr-erasure-${roles.join('+')}`) => bearer(harness.app, { id, roles, partnerships: [NORTH] });
  const post = async (path: string, body: object, status: number) =>
    (
      await request(server)
        .post(path)
        .set('Authorization', await auth(['asb-caseworker']))
        .send(body)
        .expect(status)
    ).body;
  const read = async (applicationId: string) =>
    (
      await request(server)
        .get(`/case-reviews/${applicationId}`)
        .set('Authorization', await auth(['asb-caseworker']))
        .expect(200)
    ).body;
  const caughtUp = async () => {
    await harness.app.get(ProcessManagersService).waitUntilCaughtUp();
    await harness.app.get(ProjectionsService).waitUntilCaughtUp();
  };

  /** An application refused at the threshold (no discretionary review) and, when `closeOn` is given, its outcome sent that day. */
  const refused = async (victim: string, receivedOn: string, closeOn: string | null) => {
    const { applicationId } = await post(
      '/case-reviews',
      {
        partnershipId: NORTH,
        receivedOn,
        channel: 'letter',
        applicantPersonId: victim,
        victimPersonId: victim,
        behaviourTypes: ['noise'],
        description: 'Ongoing disturbance described by Mrs Quarrendon.',
        complaints: [],
        alsoNotified: [{ body: 'council' }],
      },
      201,
    );
    if (closeOn) {
      await post(`/case-reviews/${applicationId}/acknowledgement`, { acknowledgedOn: receivedOn }, 200);
      await post(
        `/case-reviews/${applicationId}/threshold-decision`,
        { decidedOn: receivedOn, discretionaryReview: { review: false, reason: 'No complaints made; Mrs Quarrendon advised.' } },
        200,
      );
      await post(`/case-reviews/${applicationId}/outcome`, { sentOn: closeOn, channel: 'letter' }, 200);
    }
    return applicationId as string;
  };

  beforeAll(async () => {
    harness = await startTestApp(boundedContexts, { RETENTION_INTERVAL_MS: '0', RATE_LIMIT_PER_MINUTE: '100000' });
    server = harness.app.getHttpServer();
    for (const key of ['requested', 'old', 'recent', 'open']) people[key] = await registerTestPerson(harness.app, NORTH, `Erasure ${key}`);
    apps.requested = await refused(people.requested, dateYearsAgo(1, 30), dateYearsAgo(1, 20));
    apps.old = await refused(people.old, dateYearsAgo(7, 30), dateYearsAgo(7, 20));
    apps.recent = await refused(people.recent, dateYearsAgo(2, 30), dateYearsAgo(2, 20));
    apps.open = await refused(people.open, dateYearsAgo(8), null);
    await caughtUp();
  });
  afterAll(async () => {
    await harness?.close();
  });

  it("erasing the victim on request nulls the application's text and keeps its facts", async () => {
    expect(await read(apps.requested)).toMatchObject({ description: 'Ongoing disturbance described by Mrs Quarrendon.', stage: 'closed' });
    await request(server)
      .post('/admin/erasure')
      .set('Authorization', await auth(['admin']))
      .send({ subjectId: people.requested, reason: 'Right to erasure request RTE-0099' })
      .expect(200);
    await caughtUp();
    const after = await read(apps.requested);
    expect(after).toMatchObject({ description: null, stage: 'closed', threshold: { met: false, reason: null } });
    expect(JSON.stringify(after)).not.toMatch(/Quarrendon/);
  });

  it('the sweep erases the people of an application closed 7 years ago; keeps those closed 2 years ago and those still open', async () => {
    const sweep = await harness.app.get(RetentionService).sweep();
    expect(sweep.failed).toEqual([]);
    expect(sweep.erased).toContain(people.old);
    expect(sweep.erased).not.toContain(people.recent);
    expect(sweep.erased).not.toContain(people.open);
    await caughtUp();
    expect(await read(apps.old)).toMatchObject({ description: null });
    expect(await read(apps.recent)).toMatchObject({ description: 'Ongoing disturbance described by Mrs Quarrendon.' });
    expect(await read(apps.open)).toMatchObject({ description: 'Ongoing disturbance described by Mrs Quarrendon.', stage: 'acknowledge' });
    // A second sweep finds nobody new.
    expect((await harness.app.get(RetentionService).sweep()).erased).toEqual([]);
  });
});
