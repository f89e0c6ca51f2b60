import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { bearer } from '@app/access';
import { boundedContexts } from '@app/contexts';
import { ProjectionsService } from '@app/projections';
import { startTestApp, type TestApp } from '@app/testing';
import { registerTestPerson } from './support/people.js';

/**
 * IOM after a people merge: a duplicate record's membership and offences follow the person it was merged
 * into (the lead's next command on the person continues the duplicate's record; the measures count the
 * person once, with the duplicate's offences); two records both on the cohort before the merge are one
 * member after it; an unmerge makes them two again.
 */
const NORTH = 'csp-iom-merge';
const COHORT = randomUUID();

describe('IOM after people merges', () => {
  let harness: TestApp;
  let server: ReturnType<TestApp['app']['getHttpServer']>;
  const people: Record<string, string> = {};
  const lead = async () => {
    const authorization = await bearer(harness.app, { id: 'iom-merge-lead', roles: ['iom-lead'], partnerships: [NORTH] });
    return {
      get: (path: string) => request(server).get(path).set('Authorization', authorization),
      post: (path: string, body: object) => request(server).post(path).set('Authorization', authorization).send(body),
    };
  };
  const adopt = async (who: string, adoptedOn: string) =>
    (await lead()).post(`/iom/cohorts/${COHORT}/adoptions`, {
      personId: people[who],
      adoptedOn,
      strand: 'Fixed',
      leadAgency: 'Police',
      leadOfficer: 'PC Example',
      selectionScore: 30,
      selectionReason: 'Burglary series',
    });
  const offence = async (who: string, offenceDate: string) =>
    (await lead())
      .post(`/iom/cohorts/${COHORT}/members/${people[who]}/offences`, { offenceId: randomUUID(), offenceDate, category: 'shoplifting' })
      .expect(201);
  const merge = async (who: string, into: string) =>
    (await lead()).post(`/people/${people[who]}/merge`, { intoPersonId: people[into], reason: 'Same person' }).expect(200);
  const rates = async () => {
    await harness.app.get(ProjectionsService).waitUntilCaughtUp();
    const { body } = await (await lead()).get(`/iom/cohorts/${COHORT}/measures?from=2024-01-01&to=2024-12-31&asOf=2026-06-30`).expect(200);
    // The every-cohort route reads the merges the same way: its answer for the cohort is this one.
    const every = await (await lead()).get('/iom/measures?from=2024-01-01&to=2024-12-31&asOf=2026-06-30').expect(200);
    expect(every.body.cohorts).toEqual([{ partnershipId: NORTH, ...body }]);
    return body.rates as { members: number; membersWhoOffended: number; offences: number; counted: string[] };
  };

  beforeAll(async () => {
    harness = await startTestApp(boundedContexts, { RETENTION_INTERVAL_MS: '0', RATE_LIMIT_PER_MINUTE: '100000' });
    server = harness.app.getHttpServer();
    for (const who of ['P', 'dup', 'R', 'R2']) people[who] = await registerTestPerson(harness.app, NORTH, `IOM merge ${who} Testperson`);
    await (await lead()).post('/iom/cohorts', { cohortId: COHORT, partnershipId: NORTH, area: 'North', name: 'Merge IOM' }).expect(201);
  });
  afterAll(async () => {
    await harness?.close();
  });

  it("continues a merged-away duplicate's record under the surviving person", async () => {
    await adopt('dup', '2024-01-10').then((response) => expect(response.status).toBe(201));
    await offence('dup', '2024-02-05');
    await (
      await lead()
    )
      .post(`/iom/cohorts/${COHORT}/members/${people.dup}/exit`, { exitedOn: '2024-03-01', reason: 'moved-away' })
      .expect(200);
    await (await lead()).get(`/iom/cohorts/${COHORT}/members/${people.P}`).expect(404);
    await merge('dup', 'P');

    const read = await (await lead()).get(`/iom/cohorts/${COHORT}/members/${people.P}`).expect(200);
    expect(read.body).toMatchObject({ personId: people.P, onCohort: false, periods: [{ period: 1, adoptedOn: '2024-01-10' }] });
    expect(read.body.offences).toHaveLength(1);
    // Adopting the person again is a re-adoption of the same record (period 2), not a new member.
    const readopted = await adopt('P', '2024-06-01');
    expect(readopted.status).toBe(201);
    expect(readopted.body.periods.map((period: { period: number }) => period.period)).toEqual([1, 2]);
    await offence('P', '2024-07-10');
    expect(await rates()).toMatchObject({ members: 1, membersWhoOffended: 1, offences: 2, counted: [people.P] });
  });

  it('counts two records on the cohort as one member once merged, refuses a second adoption, and two again after an unmerge', async () => {
    await adopt('R', '2024-04-01').then((response) => expect(response.status).toBe(201));
    await adopt('R2', '2024-05-01').then((response) => expect(response.status).toBe(201));
    await offence('R2', '2024-08-01');
    expect((await rates()).members).toBe(3);

    await merge('R2', 'R');
    const after = await rates();
    expect(after).toMatchObject({ members: 2, offences: 3 });
    expect(after.counted.sort()).toEqual([people.P, people.R].sort());
    const again = await adopt('R2', '2024-09-01');
    expect(again.status).toBe(409);

    await (await lead()).post(`/people/${people.R2}/unmerge`, { reason: 'Not the same person after all' }).expect(200);
    expect((await rates()).members).toBe(3);
  });
});
