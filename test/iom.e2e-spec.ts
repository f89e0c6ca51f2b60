import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { bearer, ROLES, type Role } from '@app/access';
import { boundedContexts } from '@app/contexts';
import { IomRetentionSource } from '@app/iom';
import { ProjectionsService } from '@app/projections';
import { startTestApp, type TestApp } from '@app/testing';
import { registerTestMarac } from './support/marac-registration.js';
import { registerTestPerson } from './support/people.js';
import { referralBody } from './support/referral-body.js';

/**
 * Issue 15 over HTTP: an IOM lead registers a cohort, adopts people (one in custody, one twice), records
 * statuses, offences (before adoption too, one in custody) and outcomes (a caution in the waiting period,
 * a conviction after it), and reads the measures of the worked example (ARCHITECTURE.md, "IOM cohorts";
 * libs/iom/src/domain/iom-measures.unit.spec.ts works the same cohort out by hand). Nonsense is a 409 with a
 * clear message; another partnership's cohort or person is the 404 of none; analysts get suppressed figures
 * for whole periods only; retention reports exited people after the retention period.
 */
const NORTH = 'csp-iom-north';
const SOUTH = 'csp-iom-south';
const COHORT = randomUUID();
const OLD_COHORT = randomUUID();

describe('IOM cohorts over HTTP', () => {
  let harness: TestApp;
  let server: ReturnType<TestApp['app']['getHttpServer']>;
  const people: Record<string, string> = {};

  const as = async (roles: Role[], partnership = NORTH) => {
    const authorization = await bearer(harness.app, { id: `iom-${roles.join('+')}-${partnership}`, roles, partnerships: [partnership] });
    return {
      get: (path: string) => request(server).get(path).set('Authorization', authorization),
      post: (path: string, body: object) => request(server).post(path).set('Authorization', authorization).send(body),
    };
  };
  const lead = () => as(['iom-lead']);
  const member = (who: string) => `/iom/cohorts/${COHORT}/members/${people[who]}`;
  const adopt = async (who: string, body: object, cohortId = COHORT) =>
    (await lead())
      .post(`/iom/cohorts/${cohortId}/adoptions`, {
        personId: people[who],
        leadAgency: 'Police',
        leadOfficer: 'PC Example',
        selectionScore: 40,
        selectionReason: 'Neighbourhood crime series',
        ...body,
      })
      .expect(201);
  const offence = async (who: string, offenceDate: string, category: string, outcome?: string, outcomeDate?: string) =>
    (await lead()).post(`${member(who)}/offences`, { offenceId: randomUUID(), offenceDate, category, outcome, outcomeDate }).expect(201);
  const caughtUp = () => harness.app.get(ProjectionsService).waitUntilCaughtUp();

  beforeAll(async () => {
    harness = await startTestApp(boundedContexts, { RETENTION_INTERVAL_MS: '0', RATE_LIMIT_PER_MINUTE: '100000' });
    server = harness.app.getHttpServer();
    for (const who of ['A', 'B', 'C', 'D', 'E']) people[who] = await registerTestPerson(harness.app, NORTH, `IOM member ${who} Testperson`);
    people.south = await registerTestPerson(harness.app, SOUTH, 'Southern Testperson');
  });
  afterAll(async () => {
    await harness?.close();
  });

  it('registers a cohort with the default strands and categories; a second registration is a 409', async () => {
    const north = await lead();
    const registered = await north
      .post('/iom/cohorts', { cohortId: COHORT, partnershipId: NORTH, area: 'North', name: 'North IOM' })
      .expect(201);
    expect(registered.body).toMatchObject({ cohortId: COHORT, strands: ['Fixed', 'Flex', 'Free'], beforeAfterMonths: 12, revision: 0 });
    expect(registered.body.offenceCategories).toHaveLength(13);
    const again = await north
      .post('/iom/cohorts', { cohortId: COHORT, partnershipId: NORTH, area: 'North', name: 'North IOM' })
      .expect(409);
    expect(again.body.detail).toBe('This cohort is already registered.');
    await north.post('/iom/cohorts', { cohortId: OLD_COHORT, partnershipId: NORTH, area: 'North', name: 'Earlier cohort' }).expect(201);
  });

  it('refuses a cohort under a partnership the lead is not in (404), and bad bodies (400 naming the field)', async () => {
    const north = await lead();
    await north.post('/iom/cohorts', { cohortId: randomUUID(), partnershipId: SOUTH, area: 'South', name: 'South IOM' }).expect(404);
    const bad = await north
      .post('/iom/cohorts', { cohortId: 'nope', partnershipId: NORTH, area: 'North', name: 'x', beforeAfterMonths: 0 })
      .expect(400);
    expect(JSON.stringify(bad.body.errors)).toMatch(/cohortId/);
    expect(JSON.stringify(bad.body.errors)).toMatch(/beforeAfterMonths/);
  });

  it('records the worked example cohort', async () => {
    const north = await lead();
    // A: offences before adoption, custody with an offence inside it, a caution in the waiting period, a conviction after it.
    await adopt('A', { adoptedOn: '2024-01-15', strand: 'Fixed' });
    await offence('A', '2023-03-01', 'residential-burglary', 'convicted', '2023-05-01');
    await offence('A', '2023-10-01', 'shoplifting', 'no-further-action', '2023-11-01');
    await offence('A', '2024-03-10', 'residential-burglary', 'convicted', '2024-06-01');
    const late = randomUUID();
    await north
      .post(`${member('A')}/offences`, {
        offenceId: late,
        offenceDate: '2024-05-05',
        category: 'shoplifting',
        outcome: 'charged',
        outcomeDate: '2024-05-06',
      })
      .expect(201);
    await north.post(`${member('A')}/offences/${late}/outcome`, { outcome: 'convicted', outcomeDate: '2025-08-01' }).expect(200);
    await north.post(`${member('A')}/status`, { status: 'in-custody', custodyKind: 'sentenced', changedOn: '2024-06-01' }).expect(200);
    const inCustody = await offence('A', '2024-07-01', 'criminal-damage', 'cautioned', '2025-01-20');
    expect(inCustody.body.offences.at(-1)).toMatchObject({ offenceDate: '2024-07-01', duringCustody: true });
    await north.post(`${member('A')}/status`, { status: 'in-community', changedOn: '2024-09-01' }).expect(200);
    // B: adopted twice.
    await adopt('B', { adoptedOn: '2024-02-01', strand: 'Flex' });
    await offence('B', '2024-03-15', 'vehicle-offences', 'convicted', '2024-04-15');
    await north.post(`${member('B')}/exit`, { exitedOn: '2024-04-30', reason: 'deselected' }).expect(200);
    await offence('B', '2024-06-10', 'shoplifting', 'convicted', '2024-07-01');
    const readopted = await adopt('B', { adoptedOn: '2024-09-01', strand: 'Flex' });
    expect(readopted.body.periods).toEqual([
      { period: 1, adoptedOn: '2024-02-01', exitedOn: '2024-04-30', exitReason: 'deselected' },
      { period: 2, adoptedOn: '2024-09-01', exitedOn: null, exitReason: null },
    ]);
    await offence('B', '2024-10-10', 'personal-robbery', 'charged', '2024-10-11');
    // C: follow-up not closed on the day the figures are worked out.
    await adopt('C', { adoptedOn: '2024-11-01', strand: 'Free' });
    await offence('C', '2024-10-05', 'shoplifting', 'cautioned', '2024-10-20');
    // D: adopted in custody, released two months later.
    await adopt('D', { adoptedOn: '2024-03-01', strand: 'Fixed', status: 'in-custody', custodyKind: 'sentenced' });
    await north.post(`${member('D')}/status`, { status: 'in-community', changedOn: '2024-05-01' }).expect(200);
    await offence('D', '2024-05-20', 'theft-from-the-person', 'convicted', '2024-08-01');

    const record = await north.get(member('A')).expect(200);
    expect(record.body).toMatchObject({
      personId: people.A,
      onCohort: true,
      strand: 'Fixed',
      selectionReason: 'Neighbourhood crime series',
    });
    expect(record.body.offences).toHaveLength(5);
    expect(record.headers.etag).toBeDefined();
  });

  it('refuses nonsense with a 409 and a clear message', async () => {
    const north = await lead();
    const cases: [string, object, RegExp][] = [
      [`${member('A')}/status`, { status: 'in-hospital', changedOn: '2024-08-01' }, /out of date order/],
      [`${member('A')}/status`, { status: 'in-hospital', changedOn: '2099-01-01' }, /later than today/],
      [`${member('A')}/exit`, { exitedOn: '2023-12-31', reason: 'completed' }, /exit cannot be before the adoption/],
      [`${member('A')}/offences`, { offenceId: randomUUID(), offenceDate: '2099-01-01', category: 'drugs' }, /later than today/],
      [
        `/iom/cohorts/${COHORT}/adoptions`,
        {
          personId: people.A,
          adoptedOn: '2025-01-01',
          strand: 'Fixed',
          leadAgency: 'P',
          leadOfficer: 'O',
          selectionScore: 1,
          selectionReason: 'r',
        },
        /already on the cohort/,
      ],
      [`${member('E')}/status`, { status: 'in-hospital', changedOn: '2024-08-01' }, /not on the cohort/],
    ];
    for (const [path, body, message] of cases) {
      const refused = await north.post(path, body).expect(409);
      expect(refused.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(refused.body.detail).toMatch(message);
    }
    const category = await north
      .post(`${member('A')}/offences`, { offenceId: randomUUID(), offenceDate: '2024-01-20', category: 'arson' })
      .expect(400);
    expect(category.body.detail).toMatch(/category must be one of/);
    const strand = await north
      .post(`/iom/cohorts/${COHORT}/adoptions`, {
        personId: people.E,
        adoptedOn: '2024-01-01',
        strand: 'Gold',
        leadAgency: 'P',
        leadOfficer: 'O',
        selectionScore: 1,
        selectionReason: 'r',
      })
      .expect(400);
    expect(strand.body.detail).toMatch(/strand must be one of/);
    const body = await north.post(`${member('A')}/exit`, { exitedOn: '2024-13-01', reason: 'bored' }).expect(400);
    expect(JSON.stringify(body.body.errors)).toMatch(/exitedOn/);
    expect(JSON.stringify(body.body.errors)).toMatch(/reason/);
  });

  it("answers another partnership's person or cohort with the 404 of none", async () => {
    const north = await lead();
    const adoption = {
      adoptedOn: '2024-01-01',
      strand: 'Fixed',
      leadAgency: 'P',
      leadOfficer: 'O',
      selectionScore: 1,
      selectionReason: 'r',
    };
    const foreign = await north.post(`/iom/cohorts/${COHORT}/adoptions`, { personId: people.south, ...adoption }).expect(404);
    const missing = await north.post(`/iom/cohorts/${COHORT}/adoptions`, { personId: randomUUID(), ...adoption }).expect(404);
    expect(foreign.body.detail).toBe(missing.body.detail);
    const south = await as(['iom-lead'], SOUTH);
    const otherCohort = await south.get(`/iom/cohorts/${COHORT}`).expect(404);
    const noCohort = await south.get(`/iom/cohorts/${randomUUID()}`).expect(404);
    expect(otherCohort.body.detail).toBe(noCohort.body.detail);
    await south.get(`/iom/cohorts/${COHORT}/measures?financialYear=2024-25`).expect(404);
    await north.get(member('E')).expect(404);
  });

  it('gives the IOM lead the exact measures of the worked example, saying whom each counts', async () => {
    await caughtUp();
    const north = await lead();
    const { body } = await north.get(`/iom/cohorts/${COHORT}/measures?from=2024-01-01&to=2024-12-31&asOf=2026-03-31`).expect(200);
    expect(body).toMatchObject({ cohortId: COHORT, from: '2024-01-01', to: '2024-12-31', asOf: '2026-03-31', depersonalised: false });
    expect(body.monthly.measure).toBe('iom.monthly');
    expect(
      body.monthly.months.map((m: Record<string, unknown>) => [
        m.month,
        m.cohortSizeAtMonthEnd,
        m.adoptions,
        m.exits,
        m.membersWhoOffended,
        m.offences,
      ]),
    ).toEqual([
      ['2024-01', 1, 1, 0, 0, 0],
      ['2024-02', 2, 1, 0, 0, 0],
      ['2024-03', 3, 1, 0, 2, 2],
      ['2024-04', 2, 0, 1, 0, 0],
      ['2024-05', 2, 0, 0, 2, 2],
      ['2024-06', 2, 0, 0, 0, 0],
      ['2024-07', 2, 0, 0, 1, 1],
      ['2024-08', 2, 0, 0, 0, 0],
      ['2024-09', 3, 1, 0, 0, 0],
      ['2024-10', 3, 0, 0, 1, 1],
      ['2024-11', 4, 1, 0, 0, 0],
      ['2024-12', 4, 0, 0, 0, 0],
    ]);
    expect(body.rates).toMatchObject({
      measure: 'iom.binary_and_frequency',
      members: 4,
      membersWhoOffended: 3,
      offences: 6,
      binaryRatePercent: 75,
      frequencyPer100: 150,
    });
    expect([...body.rates.counted].sort()).toEqual([people.A, people.B, people.C, people.D].sort());
    expect(body.beforeAfter).toMatchObject({
      measure: 'iom.before_after',
      months: 12,
      members: 5,
      offencesBefore: 5,
      offencesAfter: 8,
      daysAtRiskBefore: 1828,
      daysAtRiskAfter: 1674,
      ratePer100MemberYearsBefore: 99.84,
      ratePer100MemberYearsAfter: 174.43,
      leftOut: [],
    });
    expect(body.provenReoffending).toMatchObject({
      measure: 'iom.proven_reoffending',
      interim: true,
      members: 4,
      reoffenders: 3,
      provenOffences: 5,
      severityWeightedOffences: 10,
      binaryRatePercent: 75,
      frequencyPer100: 125,
      severityPer100: 250,
      leftOut: [{ personId: people.C, period: 1, reason: 'the follow-up and waiting period have not closed yet' }],
      leftOutByReason: [{ reason: 'the follow-up and waiting period have not closed yet', members: 1 }],
    });
    expect(body.provenReoffending.counted).toEqual(
      expect.arrayContaining([
        { personId: people.B, period: 1, followUpStart: '2024-02-01' },
        { personId: people.B, period: 2, followUpStart: '2024-09-01' },
        { personId: people.D, period: 1, followUpStart: '2024-05-01' },
      ]),
    );
    const fixed = await north.get(`/iom/cohorts/${COHORT}/measures?from=2024-01-01&to=2024-12-31&asOf=2026-03-31&strand=Fixed`).expect(200);
    expect(fixed.body.rates).toMatchObject({ members: 2, membersWhoOffended: 2, offences: 4 });
    await north.get(`/iom/cohorts/${COHORT}/measures?from=2024-01-01&to=2024-12-31&strand=Gold`).expect(400);
    const future = await north.get(`/iom/cohorts/${COHORT}/measures?from=2024-01-01&to=2024-12-31&asOf=2099-01-01`).expect(400);
    expect(JSON.stringify(future.body.errors)).toMatch(/asOf/);
  });

  it('gives analysts whole periods only, small counts suppressed and no person ids', async () => {
    const analyst = await as(['analyst']);
    await analyst.get(`/iom/cohorts/${COHORT}/measures?from=2024-01-01&to=2024-12-31`).expect(400);
    const { body } = await analyst.get(`/iom/cohorts/${COHORT}/measures?financialYear=2024-25`).expect(200);
    expect(body.depersonalised).toBe(true);
    expect(body.rates.counted).toBeNull();
    expect(body.rates.leftOut).toBeNull();
    expect(body.provenReoffending.counted).toBeNull();
    expect(JSON.stringify(body)).not.toContain(people.A);
    expect(body.rates.members).toBe('<5');
    expect(body.rates.binaryRatePercent).toBe('suppressed');
    await analyst.get(member('A')).expect(403);
    await analyst.post(`/iom/cohorts/${COHORT}/adoptions`, {}).expect(403);
  });

  it("counts the area's reoffending individuals per month (the area's cohorts together), exact for leads, suppressed for analysts", async () => {
    const north = await lead();
    const { body } = await north.get(`/iom/areas/reoffending?partnershipId=${NORTH}&from=2024-01-01&to=2024-12-31`).expect(200);
    expect(body).toMatchObject({ partnershipId: NORTH, from: '2024-01-01', to: '2024-12-31', depersonalised: false });
    expect(body.areas).toHaveLength(1);
    const [area] = body.areas;
    expect(area).toMatchObject({ area: 'North', measure: 'iom.area_monthly', members: 4, membersWhoOffended: 3, offences: 6 });
    expect([...area.cohortIds].sort()).toEqual([COHORT, OLD_COHORT].sort());
    expect(area.months.map((m: Record<string, number>) => [m.month, m.membersAtMonthEnd, m.membersWhoOffended, m.offences])).toEqual([
      ['2024-01', 1, 0, 0],
      ['2024-02', 2, 0, 0],
      ['2024-03', 3, 2, 2],
      ['2024-04', 2, 0, 0],
      ['2024-05', 2, 2, 2],
      ['2024-06', 2, 0, 0],
      ['2024-07', 2, 1, 1],
      ['2024-08', 2, 0, 0],
      ['2024-09', 3, 0, 0],
      ['2024-10', 3, 1, 1],
      ['2024-11', 4, 0, 0],
      ['2024-12', 4, 0, 0],
    ]);

    const analyst = await as(['analyst']);
    await analyst.get(`/iom/areas/reoffending?partnershipId=${NORTH}&from=2024-01-01&to=2024-12-31`).expect(400);
    const published = await analyst.get(`/iom/areas/reoffending?partnershipId=${NORTH}&financialYear=2024-25`).expect(200);
    expect(published.body.depersonalised).toBe(true);
    expect(published.body.areas[0]).toMatchObject({ members: '<5', membersWhoOffended: '<5' });
    expect(JSON.stringify(published.body)).not.toContain(people.A);

    await (await as(['iom-lead'], SOUTH)).get(`/iom/areas/reoffending?partnershipId=${NORTH}&financialYear=2024-25`).expect(404);
    const missing = await north.get('/iom/areas/reoffending?financialYear=2024-25').expect(400);
    expect(JSON.stringify(missing.body.errors)).toMatch(/partnershipId/);
  });

  it('refuses other roles (403)', async () => {
    const coordinator = await as(['coordinator']);
    await coordinator.get(`/iom/cohorts/${COHORT}`).expect(403);
    await coordinator.get(`/iom/cohorts/${COHORT}/measures?financialYear=2024-25`).expect(403);
    await coordinator.post(`${member('A')}/exit`, { exitedOn: '2024-10-01', reason: 'completed' }).expect(403);
  });

  it('proposes MARAC perpetrators not on the cohort for a strand, with how many cases name them, never the victims', async () => {
    const north = await lead();
    const empty = await north.get(`/iom/cohorts/${COHORT}/proposals/marac-perpetrators?strand=Free`).expect(200);
    expect(empty.body).toEqual({ cohortId: COHORT, strand: 'Free', proposals: [] });
    await registerTestMarac(harness.app, 'marac-iom', NORTH);
    people.perpetrator = await registerTestPerson(harness.app, NORTH, 'Perpetrator Testperson');
    const coordinator = await as(['coordinator']);
    const victims: string[] = [];
    for (const victimName of ['First Victimperson', 'Second Victimperson']) {
      const referral = await coordinator
        .post(
          '/marac/referrals',
          referralBody({ partnershipId: NORTH, maracId: 'marac-iom', perpetratorId: people.perpetrator, victimName }),
        )
        .expect(201);
      victims.push(referral.body.personId);
    }
    // A perpetrator who is on the cohort already is not proposed.
    await coordinator
      .post('/marac/referrals', referralBody({ partnershipId: NORTH, maracId: 'marac-iom', perpetratorId: people.A }))
      .expect(201);
    await caughtUp();
    const { body } = await north.get(`/iom/cohorts/${COHORT}/proposals/marac-perpetrators?strand=Free`).expect(200);
    expect(body.proposals).toEqual([{ personId: people.perpetrator, maracCases: 2 }]);
    for (const victim of victims) expect(JSON.stringify(body)).not.toContain(victim);
    await north.get(`/iom/cohorts/${COHORT}/proposals/marac-perpetrators?strand=Gold`).expect(400);
  });

  it('reports people whose last exit is past the retention period, and keeps those on a cohort', async () => {
    await adopt('E', { adoptedOn: '2018-01-10', strand: 'Free' }, OLD_COHORT);
    await (
      await lead()
    )
      .post(`/iom/cohorts/${OLD_COHORT}/members/${people.E}/exit`, { exitedOn: '2019-06-01', reason: 'completed' })
      .expect(200);
    await caughtUp();
    const source = harness.app.get(IomRetentionSource);
    const input = { now: new Date(), yearsAfterClosure: 6 };
    expect(await source.subjectsDue(input)).toEqual([
      { subjectId: people.E, reason: 'last IOM cohort exit 2019-06-01; kept 6 years after exit' },
    ]);
    expect([...(await source.subjectsStillNeeded([people.A, people.E], input))]).toEqual([people.A]);
    expect(await source.subjectsDue({ now: new Date(), yearsAfterClosure: 10 })).toEqual([]);
  });
  describe('role matrix: every IOM endpoint as every role', () => {
    /** One row per endpoint: the roles admitted (they get past the role check: a success or a 4xx about the request); every other role 403. */
    const rows: { name: string; method: 'get' | 'post'; path: () => string; body?: () => object; admitted: readonly Role[] }[] = [
      {
        name: 'register a cohort',
        method: 'post',
        path: () => '/iom/cohorts',
        body: () => ({ cohortId: randomUUID(), partnershipId: NORTH, area: 'A', name: 'N' }),
        admitted: ['iom-lead'],
      },
      { name: 'read a cohort', method: 'get', path: () => `/iom/cohorts/${COHORT}`, admitted: ['iom-lead', 'analyst'] },
      {
        name: 'adopt',
        method: 'post',
        path: () => `/iom/cohorts/${COHORT}/adoptions`,
        body: () => ({
          personId: people.A,
          adoptedOn: '2025-01-01',
          strand: 'Fixed',
          leadAgency: 'P',
          leadOfficer: 'O',
          selectionScore: 1,
          selectionReason: 'r',
        }),
        admitted: ['iom-lead'],
      },
      { name: 'read a member', method: 'get', path: () => member('A'), admitted: ['iom-lead'] },
      {
        name: 'status',
        method: 'post',
        path: () => `${member('A')}/status`,
        body: () => ({ status: 'in-community', changedOn: '2024-09-01' }),
        admitted: ['iom-lead'],
      },
      {
        name: 'strand',
        method: 'post',
        path: () => `${member('A')}/strand`,
        body: () => ({ strand: 'Fixed', changedOn: '2024-09-01' }),
        admitted: ['iom-lead'],
      },
      {
        name: 'offence',
        method: 'post',
        path: () => `${member('A')}/offences`,
        body: () => ({ offenceId: randomUUID(), offenceDate: '2099-01-01', category: 'drugs' }),
        admitted: ['iom-lead'],
      },
      {
        name: 'outcome',
        method: 'post',
        path: () => `${member('A')}/offences/${randomUUID()}/outcome`,
        body: () => ({ outcome: 'convicted', outcomeDate: '2024-09-01' }),
        admitted: ['iom-lead'],
      },
      {
        name: 'exit',
        method: 'post',
        path: () => `${member('A')}/exit`,
        body: () => ({ exitedOn: '2023-01-01', reason: 'completed' }),
        admitted: ['iom-lead'],
      },
      {
        name: 'measures',
        method: 'get',
        path: () => `/iom/cohorts/${COHORT}/measures?financialYear=2024-25`,
        admitted: ['iom-lead', 'analyst'],
      },
      {
        name: 'every cohort measures',
        method: 'get',
        path: () => '/iom/measures?financialYear=2024-25',
        admitted: ['iom-lead', 'analyst'],
      },
      {
        name: 'area reoffending',
        method: 'get',
        path: () => `/iom/areas/reoffending?partnershipId=${NORTH}&financialYear=2024-25`,
        admitted: ['iom-lead', 'analyst'],
      },
      {
        name: 'MARAC proposals',
        method: 'get',
        path: () => `/iom/cohorts/${COHORT}/proposals/marac-perpetrators?strand=Fixed`,
        admitted: ['iom-lead'],
      },
    ];
    const cases = rows.flatMap((row) => ROLES.map((role) => ({ ...row, role, allowed: row.admitted.includes(role) })));

    it.each(cases)('$name as $role → allowed: $allowed', async ({ method, path, body, role, allowed }) => {
      const authorization = await bearer(harness.app, { id: `iom-matrix-${role}`, roles: [role], partnerships: [NORTH] });
      const call = request(server)[method](path()).set('Authorization', authorization);
      const response = await (body ? call.send(body()) : call);
      if (allowed) {
        expect(response.status).not.toBe(403);
        expect(response.status).toBeLessThan(500);
      } else {
        expect(response.status).toBe(403);
        expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
      }
    });
  });
});
