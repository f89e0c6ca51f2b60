import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { bearer, type Role } from '@app/access';
import { boundedContexts } from '@app/contexts';
import { ProjectionsService } from '@app/projections';
import { startTestApp, type TestApp } from '@app/testing';
import { registerTestPerson } from './support/people.js';

/**
 * `GET /iom/measures` over HTTP: every cohort the caller may see (or one partnership's) in one answer, each
 * cohort's figures equal to what `GET /iom/cohorts/{cohortId}/measures` gives for the same period, for IOM
 * leads (exact, with whom each measure counts) and analysts (suppressed); another partnership's cohorts are
 * absent, and asking for that partnership is the 404 of none.
 */
const NORTH = 'csp-every-north';
const SOUTH = 'csp-every-south';
const EMPTY = 'csp-every-empty';
const NORTH_1 = randomUUID();
const NORTH_2 = randomUUID();
const SOUTH_1 = randomUUID();

describe('IOM measures of every cohort over HTTP', () => {
  let harness: TestApp;
  let server: ReturnType<TestApp['app']['getHttpServer']>;

  const as = async (roles: Role[], partnerships: string[]) => {
    const authorization = await bearer(harness.app, { id: `every-${roles.join('+')}-${partnerships.join('+')}`, roles, partnerships });
    return {
      get: (path: string) => request(server).get(path).set('Authorization', authorization),
      post: (path: string, body: object) => request(server).post(path).set('Authorization', authorization).send(body),
    };
  };

  /** Adopts the person onto the cohort with offences on these dates (even ones convicted a month on). */
  const member = async (partnershipId: string, cohortId: string, personId: string, adoptedOn: string, offenceDates: string[]) => {
    const lead = await as(['iom-lead'], [partnershipId]);
    await lead
      .post(`/iom/cohorts/${cohortId}/adoptions`, {
        personId,
        adoptedOn,
        strand: 'Fixed',
        leadAgency: 'Police',
        leadOfficer: 'PC Example',
        selectionScore: 30,
        selectionReason: 'Neighbourhood crime series',
      })
      .expect(201);
    for (const [i, offenceDate] of offenceDates.entries()) {
      const proven = i % 2 === 0 ? { outcome: 'convicted', outcomeDate: `${offenceDate.slice(0, 8)}28` } : {};
      await lead
        .post(`/iom/cohorts/${cohortId}/members/${personId}/offences`, {
          offenceId: randomUUID(),
          offenceDate,
          category: 'shoplifting',
          ...proven,
        })
        .expect(201);
    }
  };

  beforeAll(async () => {
    harness = await startTestApp(boundedContexts, { RETENTION_INTERVAL_MS: '0', RATE_LIMIT_PER_MINUTE: '100000' });
    server = harness.app.getHttpServer();
    const north = await as(['iom-lead'], [NORTH]);
    const south = await as(['iom-lead'], [SOUTH]);
    await north.post('/iom/cohorts', { cohortId: NORTH_1, partnershipId: NORTH, area: 'North', name: 'North one' }).expect(201);
    await north
      .post('/iom/cohorts', { cohortId: NORTH_2, partnershipId: NORTH, area: 'East', name: 'North two', beforeAfterMonths: 6 })
      .expect(201);
    await south.post('/iom/cohorts', { cohortId: SOUTH_1, partnershipId: SOUTH, area: 'South', name: 'South one' }).expect(201);
    const northPeople = await Promise.all(
      [1, 2, 3, 4, 5, 6, 7].map((n) => registerTestPerson(harness.app, NORTH, `Every North ${n} Testperson`)),
    );
    const southPeople = await Promise.all([1, 2].map((n) => registerTestPerson(harness.app, SOUTH, `Every South ${n} Testperson`)));
    await member(NORTH, NORTH_1, northPeople[0], '2023-06-01', ['2023-01-10', '2023-09-10', '2024-02-10']);
    await member(NORTH, NORTH_1, northPeople[1], '2024-05-01', ['2024-07-10']);
    await member(NORTH, NORTH_1, northPeople[2], '2024-08-01', []);
    // One person on both North cohorts: a member of each, as on the per-cohort route.
    await member(NORTH, NORTH_2, northPeople[0], '2023-07-01', []);
    for (const personId of northPeople.slice(3)) await member(NORTH, NORTH_2, personId, '2023-11-01', ['2024-01-05', '2024-06-05']);
    for (const personId of southPeople) await member(SOUTH, SOUTH_1, personId, '2024-01-01', ['2024-04-04']);
    await harness.app.get(ProjectionsService).waitUntilCaughtUp();
  });
  afterAll(async () => {
    await harness?.close();
  });

  /** The every-cohort answer's cohorts against the per-cohort route's answers for the same query. */
  const expectEqualToEachCohort = async (caller: Awaited<ReturnType<typeof as>>, cohorts: Record<string, unknown>[], query: string) => {
    for (const { partnershipId, ...cohort } of cohorts) {
      expect(typeof partnershipId).toBe('string');
      const { body } = await caller.get(`/iom/cohorts/${String(cohort.cohortId)}/measures?${query}`).expect(200);
      expect(cohort).toEqual(body);
    }
  };

  it("gives an IOM lead of both partnerships every cohort's exact measures, each as the per-cohort route gives it", async () => {
    const lead = await as(['iom-lead'], [SOUTH, NORTH, EMPTY]);
    const query = 'from=2023-04-01&to=2024-12-31&asOf=2026-03-31';
    const { body } = await lead.get(`/iom/measures?${query}`).expect(200);
    expect(body).toMatchObject({
      partnershipIds: [NORTH, EMPTY, SOUTH].sort(),
      from: '2023-04-01',
      to: '2024-12-31',
      asOf: '2026-03-31',
      depersonalised: false,
    });
    expect(body.cohorts.map((c: { partnershipId: string; cohortId: string }) => [c.partnershipId, c.cohortId])).toEqual([
      ...[NORTH_1, NORTH_2].sort().map((id) => [NORTH, id]),
      [SOUTH, SOUTH_1],
    ]);
    const byId = new Map(body.cohorts.map((c: { cohortId: string }) => [c.cohortId, c]));
    expect(byId.get(NORTH_1)).toMatchObject({ rates: { members: 3, membersWhoOffended: 2, offences: 3 } });
    expect(byId.get(NORTH_2)).toMatchObject({ rates: { members: 5, membersWhoOffended: 4, offences: 8 }, beforeAfter: { months: 6 } });
    expect(byId.get(SOUTH_1)).toMatchObject({ rates: { members: 2, membersWhoOffended: 2, offences: 2 } });
    await expectEqualToEachCohort(lead, body.cohorts, query);
  });

  it('leaves out the cohorts of partnerships the caller is not in, and answers a request for one with the 404 of none', async () => {
    const north = await as(['iom-lead'], [NORTH]);
    const { body } = await north.get('/iom/measures?financialYear=2024-25').expect(200);
    expect(body.partnershipIds).toEqual([NORTH]);
    expect(body.cohorts.map((c: { cohortId: string }) => c.cohortId)).toEqual([NORTH_1, NORTH_2].sort());
    expect(JSON.stringify(body)).not.toContain(SOUTH_1);
    await expectEqualToEachCohort(north, body.cohorts, 'financialYear=2024-25');

    const foreign = await north.get(`/iom/measures?partnershipId=${SOUTH}&financialYear=2024-25`).expect(404);
    const none = await north.get('/iom/measures?partnershipId=csp-nowhere&financialYear=2024-25').expect(404);
    expect(foreign.body.detail).toBe(none.body.detail);

    const both = await as(['iom-lead'], [NORTH, SOUTH]);
    const onlySouth = await both.get(`/iom/measures?partnershipId=${SOUTH}&quarter=2024-25-Q1`).expect(200);
    expect(onlySouth.body.partnershipIds).toEqual([SOUTH]);
    expect(onlySouth.body.cohorts.map((c: { cohortId: string }) => c.cohortId)).toEqual([SOUTH_1]);
    await expectEqualToEachCohort(both, onlySouth.body.cohorts, 'quarter=2024-25-Q1');

    const empty = await (await as(['iom-lead'], [EMPTY])).get('/iom/measures?financialYear=2024-25').expect(200);
    expect(empty.body.cohorts).toEqual([]);
  });

  it('gives analysts whole periods only, each cohort suppressed as the per-cohort route suppresses it', async () => {
    const analyst = await as(['analyst'], [NORTH, SOUTH]);
    await analyst.get('/iom/measures?from=2024-01-01&to=2024-12-31').expect(400);
    const { body } = await analyst.get('/iom/measures?financialYear=2024-25').expect(200);
    expect(body.depersonalised).toBe(true);
    expect(body.cohorts).toHaveLength(3);
    for (const cohort of body.cohorts) {
      expect(cohort.depersonalised).toBe(true);
      expect(cohort.rates.counted).toBeNull();
      expect(cohort.provenReoffending.leftOut).toBeNull();
    }
    expect(body.cohorts.find((c: { cohortId: string }) => c.cohortId === NORTH_1).rates.members).toBe('<5');
    await expectEqualToEachCohort(analyst, body.cohorts, 'financialYear=2024-25');
  });

  it('refuses a bad period, a later asOf and a bad partnership id (400 naming the field), and other roles (403)', async () => {
    const lead = await as(['iom-lead'], [NORTH]);
    const noPeriod = await lead.get('/iom/measures').expect(400);
    expect(noPeriod.headers['content-type']).toMatch(/application\/problem\+json/);
    const future = await lead.get('/iom/measures?financialYear=2024-25&asOf=2099-01-01').expect(400);
    expect(JSON.stringify(future.body.errors)).toMatch(/asOf/);
    const long = await lead.get(`/iom/measures?financialYear=2024-25&partnershipId=${'x'.repeat(101)}`).expect(400);
    expect(JSON.stringify(long.body.errors)).toMatch(/partnershipId/);
    const badYear = await lead.get('/iom/measures?financialYear=2024').expect(400);
    expect(JSON.stringify(badYear.body.errors)).toMatch(/financialYear/);
    await (await as(['coordinator'], [NORTH])).get('/iom/measures?financialYear=2024-25').expect(403);
  });
});
