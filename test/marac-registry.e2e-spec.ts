import request from 'supertest';
import { bearer } from '@app/access';
import { CommandExecutor, streamName } from '@app/event-store';
import { maracCaseDecider, type ReferCase } from '@app/marac';
import { loadConfig } from '@app/platform';
import { ProjectionsService } from '@app/projections';
import { startTestApp, type TestApp } from '@app/testing';
import { createApp } from '../apps/api/src/bootstrap.js';
import { boundedContexts } from '@app/contexts';
import { registerTestPerson } from './support/people.js';

/**
 * Issue 10, point 7 over HTTP: a MARAC exists once an admin registers it (a referral, meeting or report
 * naming any other is a 404 that says so); MARACs that data from before the registry names are
 * registered at start-up; partnership settings change by PATCH from a given day, and figures for a past
 * period use the settings in force then.
 */
const NORTH = 'csp-registry';
const SOUTH = 'csp-registry-south';
const MARAC = 'marac-registered';
const answers = (yes: number) => [...Array(yes).fill('yes'), ...Array(24 - yes).fill('no')];

function referral(overrides: Record<string, unknown> = {}) {
  return {
    partnershipId: NORTH,
    maracId: MARAC,
    referralDate: '2025-01-10',
    referringAgency: 'police',
    criterion: 'visible-high-risk',
    victim: {
      details: { fullName: 'Registry Test Victim' },
      newPerson: true,
      profile: { sex: 'female', ageAtReferral: 30, ethnicity: 'not-known', disabled: null, lgbtPlus: null, childrenInHousehold: 0 },
    },
    perpetrators: [{ relationship: 'partner', details: { fullName: 'Registry Test Perpetrator' }, newPerson: true }],
    dash: { answers: answers(15) },
    ...overrides,
  };
}

describe('MARAC registry and dated settings over HTTP', () => {
  let harness: TestApp;
  let server: ReturnType<TestApp['app']['getHttpServer']>;
  let admin: string;
  let coordinator: string;

  const caughtUp = () => harness.app.get(ProjectionsService).waitUntilCaughtUp();
  const as = (authorization: string) => ({
    get: (url: string) => request(server).get(url).set('Authorization', authorization),
    post: (url: string, body: object) => request(server).post(url).set('Authorization', authorization).send(body),
    patch: (url: string, body: object) => request(server).patch(url).set('Authorization', authorization).send(body),
  });

  beforeAll(async () => {
    harness = await startTestApp(boundedContexts, { RATE_LIMIT_PER_MINUTE: '100000' });
    server = harness.app.getHttpServer();
    admin = await bearer(harness.app, { id: 'registry-admin', roles: ['admin'], partnerships: [NORTH] });
    coordinator = await bearer(harness.app, { id: 'registry-coordinator', roles: ['coordinator', 'analyst'], partnerships: [NORTH] });
  });
  afterAll(async () => {
    await harness?.close();
  });

  it('registers a MARAC once, for admins of its partnership, and lists it', async () => {
    const registered = await as(admin)
      .post('/maracs', { maracId: MARAC, partnershipId: NORTH, name: 'Registry MARAC' })
      .set('Idempotency-Key', 'register-1')
      .expect(201);
    expect(registered.body).toEqual({ maracId: MARAC, partnershipId: NORTH, name: 'Registry MARAC', revision: 0 });
    expect(registered.headers.etag).toBe('"0"');
    await as(admin)
      .post('/maracs', { maracId: MARAC, partnershipId: NORTH, name: 'Registry MARAC' })
      .set('Idempotency-Key', 'register-1')
      .expect(201);
    const again = await as(admin).post('/maracs', { maracId: MARAC, partnershipId: NORTH, name: 'Another' }).expect(409);
    expect(again.body.detail).toBe('This MARAC is already registered.');
    await as(admin).post('/maracs', { maracId: 'marac-south', partnershipId: SOUTH, name: 'South' }).expect(404);
    await as(coordinator).post('/maracs', { maracId: 'marac-x', partnershipId: NORTH, name: 'X' }).expect(403);
    const bad = await as(admin).post('/maracs', { maracId: 'has space', partnershipId: NORTH, name: '' }).expect(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['maracId', 'name']);

    await caughtUp();
    const listed = await as(coordinator).get('/maracs').expect(200);
    expect(listed.body.maracs).toEqual([
      { maracId: MARAC, partnershipId: NORTH, name: 'Registry MARAC', registeredAt: expect.any(String) },
    ]);
  });

  it('answers 404 "There is no such MARAC." to a referral, a meeting or a report naming an unknown MARAC', async () => {
    const referred = await as(coordinator)
      .post('/marac/referrals', referral({ maracId: 'marac-typo' }))
      .expect(404);
    expect(referred.body.detail).toBe('There is no such MARAC.');
    const meeting = await as(coordinator)
      .post('/marac/meetings', { partnershipId: NORTH, maracId: 'marac-typo', date: '2025-02-01' })
      .expect(404);
    expect(meeting.body.detail).toBe('There is no such MARAC.');
    const report = await as(coordinator).get('/maracs/marac-typo/repeat-rate?financialYear=2024-25').expect(404);
    expect(report.body.detail).toBe('There is no such MARAC.');
    // A registered MARAC with nothing heard yet is a MARAC: its figures are empty, not missing.
    await as(coordinator).get(`/maracs/${MARAC}/repeat-rate?financialYear=2024-25`).expect(200);
    // Registered right now: referrals may name it straight away (the registry stream is read, not its lagging list).
    await as(admin).post('/maracs', { maracId: 'marac-fresh', partnershipId: NORTH, name: 'Fresh' }).expect(201);
    await as(coordinator)
      .post('/marac/referrals', referral({ maracId: 'marac-fresh' }))
      .expect(201);
  });

  it('changes settings by PATCH from a given day, merging, and keeps what was in force before', async () => {
    const first = await as(admin)
      .patch(`/partnerships/${NORTH}/settings`, { effectiveFrom: '2024-04-01', repeatBandHigh: 0.42, adultFemalePopulation: 50_000 })
      .expect(200);
    expect(first.body).toMatchObject({
      inForceOn: '2024-04-01',
      repeatBand: { low: 0.28, high: 0.42 },
      adultFemalePopulation: 50_000,
      policeCallOutThreshold: 3,
      configured: true,
    });
    // Only the low end named: the rest stays. Effective from 2025-04-01.
    const second = await as(admin)
      .patch(`/partnerships/${NORTH}/settings`, { effectiveFrom: '2025-04-01', repeatBandLow: 0.3, repeatBandHigh: 0.35 })
      .set('If-Match', first.headers.etag)
      .expect(200);
    expect(second.body).toMatchObject({ repeatBand: { low: 0.3, high: 0.35 }, adultFemalePopulation: 50_000 });
    await as(admin).patch(`/partnerships/${NORTH}/settings`, { policeCallOutThreshold: 4 }).set('If-Match', first.headers.etag).expect(412);
    await as(admin).patch(`/partnerships/${NORTH}/settings`, {}).expect(400);
    await as(admin).patch(`/partnerships/${NORTH}/settings`, { effectiveFrom: '2025-06-01', repeatBandLow: 0.5 }).expect(400); // above the high end then

    const then = await as(admin).get(`/partnerships/${NORTH}/settings?on=2025-03-31`).expect(200);
    expect(then.body).toMatchObject({ inForceOn: '2025-03-31', repeatBand: { low: 0.28, high: 0.42 } });
    expect(then.body.changes).toEqual([
      { effectiveFrom: '2024-04-01', changes: { repeatBandHigh: 0.42, adultFemalePopulation: 50_000 } },
      { effectiveFrom: '2025-04-01', changes: { repeatBandLow: 0.3, repeatBandHigh: 0.35 } },
    ]);
    await request(server).put(`/partnerships/${NORTH}/settings`).set('Authorization', admin).send({ repeatBandLow: 0.2 }).expect(404); // no full replace
  });

  it("judges each period by the settings in force on its last day, and a MARAC's own over its partnership's", async () => {
    await caughtUp();
    const lastYear = await as(coordinator).get(`/maracs/${MARAC}/repeat-rate?financialYear=2024-25`).expect(200);
    expect(lastYear.body.band).toEqual({ low: 0.28, high: 0.42 });
    const thisYear = await as(coordinator).get(`/maracs/${MARAC}/repeat-rate?financialYear=2025-26`).expect(200);
    expect(thisYear.body.band).toEqual({ low: 0.3, high: 0.35 });

    await as(admin).patch(`/maracs/${MARAC}/settings`, { effectiveFrom: '2025-10-01', repeatBandLow: 0.25 }).expect(400); // a band overrides as a whole
    const own = await as(admin)
      .patch(`/maracs/${MARAC}/settings`, {
        effectiveFrom: '2025-10-01',
        repeatBandLow: 0.25,
        repeatBandHigh: 0.45,
        adultFemalePopulation: 20_000,
      })
      .expect(200);
    expect(own.body.overrides).toEqual([
      { effectiveFrom: '2025-10-01', changes: { repeatBandLow: 0.25, repeatBandHigh: 0.45, adultFemalePopulation: 20_000 } },
    ]);
    await as(admin).patch('/maracs/marac-typo/settings', { adultFemalePopulation: 1 }).expect(404);
    await caughtUp();
    const quarters = await as(coordinator).get(`/maracs/${MARAC}/repeat-rate/quarters?financialYear=2025-26`).expect(200);
    expect(quarters.body.quarters.map((q: { band: { high: number } }) => q.band.high)).toEqual([0.35, 0.35, 0.45, 0.45]);
    const safeLives = await as(coordinator).get(`/maracs/${MARAC}/safelives?financialYear=2024-25`).expect(200);
    expect(safeLives.body.adultFemalePopulation).toBe(50_000);
  });

  it('applies the police call-out threshold in force on the referral date', async () => {
    await as(admin).patch(`/partnerships/${NORTH}/settings`, { effectiveFrom: '2026-01-01', policeCallOutThreshold: 1 }).expect(200);
    const personId = await registerTestPerson(harness.app, NORTH, 'Registry escalation victim');
    await as(coordinator)
      .post(`/marac/victims/${personId}/police-call-outs`, { partnershipId: NORTH, callOutId: 'call-1', date: '2025-05-01' })
      .expect(201);
    const escalation = (referralDate: string) => {
      const body = referral({ referralDate, criterion: 'potential-escalation', dash: { answers: answers(5) } });
      return as(coordinator).post('/marac/referrals', { ...body, victim: { ...body.victim, personId, details: undefined } });
    };
    const before = await escalation('2025-06-01').expect(400);
    expect(before.body.detail).toMatch(/at least 3 police call-outs/);
    await escalation('2026-01-02').expect(201);
  });

  it('registers at start-up the MARACs that data from before the registry names, so they keep working', async () => {
    // An earlier release wrote this referral: its MARAC was never registered.
    const executor = harness.app.get(CommandExecutor);
    const old = referral({ maracId: 'marac-from-before' });
    await executor.handle(
      streamName('marac_case', '0f000000-0000-4000-8000-000000000001'),
      maracCaseDecider,
      (state) =>
        maracCaseDecider.decide(
          {
            ...old,
            victim: { ...old.victim, personId: '0f000000-0000-4000-8000-000000000002' },
            perpetrators: [{ ...old.perpetrators[0], personId: '0f000000-0000-4000-8000-000000000003' }],
            type: 'ReferCase',
            caseId: '0f000000-0000-4000-8000-000000000001',
            isRepeat: false,
            previousCaseId: null,
            dash: { answers: answers(15) },
          } as unknown as ReferCase,
          state,
        ),
      {
        context: {
          commandId: '0f000000-0000-4000-8000-0000000000aa',
          correlationId: 'c',
          causationId: 'c',
          actor: 'old-release',
          occurredAt: '2025-01-10T00:00:00Z',
          partnershipId: NORTH,
        },
      },
    );
    // A second process starting on the same database runs the upgrade.
    const config = loadConfig({
      LOG_LEVEL: 'warn',
      RATE_LIMIT_PER_MINUTE: '100000',
      DATABASE_URL: harness.database.url,
      DATA_DIR: harness.dataDir,
    });
    const restarted = await createApp({ config, databaseUrl: harness.database.url, contexts: boundedContexts });
    await restarted.init();
    try {
      const coordinator = await bearer(restarted, { id: 'registry-coordinator', roles: ['coordinator'], partnerships: [NORTH] });
      await request(restarted.getHttpServer())
        .post('/marac/referrals')
        .set('Authorization', coordinator)
        .send(referral({ maracId: 'marac-from-before' }))
        .expect(201);
      await restarted.get(ProjectionsService).waitUntilCaughtUp();
      const listed = await request(restarted.getHttpServer()).get('/maracs').set('Authorization', coordinator).expect(200);
      expect(listed.body.maracs.map((m: { maracId: string; name: string }) => [m.maracId, m.name])).toContainEqual([
        'marac-from-before',
        'marac-from-before',
      ]);
      // Registered under its id: an admin gives it its name.
      const admin = await bearer(restarted, { id: 'registry-admin', roles: ['admin'], partnerships: [NORTH] });
      const renamed = await request(restarted.getHttpServer())
        .patch('/maracs/marac-from-before')
        .set('Authorization', admin)
        .send({ name: 'Before MARAC' })
        .expect(200);
      expect(renamed.body).toEqual({ maracId: 'marac-from-before', partnershipId: NORTH, name: 'Before MARAC', revision: 1 });
      await request(restarted.getHttpServer())
        .patch('/maracs/marac-from-before')
        .set('Authorization', admin)
        .set('If-Match', '"0"')
        .send({ name: 'Stale' })
        .expect(412);
      await request(restarted.getHttpServer()).patch('/maracs/marac-typo').set('Authorization', admin).send({ name: 'Typo' }).expect(404);
    } finally {
      await restarted.close();
    }
  });
});
