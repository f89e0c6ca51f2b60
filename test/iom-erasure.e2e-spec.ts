import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { bearer, RetentionService, type Role } from '@app/access';
import { boundedContexts } from '@app/contexts';
import { ProjectionsService } from '@app/projections';
import { startTestApp, type TestApp, dateYearsAgo } from '@app/testing';
import { DataSource } from 'typeorm';
import { registerTestPerson } from './support/people.js';

/**
 * Erasure of an IOM member (people/erasure design: the person's key is destroyed, their ids and dated facts
 * stay): their identity and the selection reason written about them are gone from every answer and from the
 * stored events, while the measures and the area figures count them exactly as before, under the pseudonymous
 * id only. The retention sweep erases an IOM member exited more than 6 years ago, and keeps a person whose
 * other (merged) record is on a cohort now.
 */
const NORTH = 'csp-iom-erasure';
const COHORT = randomUUID();
const SURNAME = 'Oddbottom';

describe('erasure of IOM members', () => {
  let harness: TestApp;
  let server: ReturnType<TestApp['app']['getHttpServer']>;
  const people: Record<string, string> = {};
  const auth = (roles: Role[]) => bearer(harness.app, { id: `iom-erasure-${roles.join('+')}`, roles, partnerships: [NORTH] });
  const get = async (path: string, roles: Role[] = ['iom-lead']) =>
    request(server)
      .get(path)
      .set('Authorization', await auth(roles))
      .expect(200);
  const post = async (path: string, body: object, status = 201) =>
    request(server)
      .post(path)
      .set('Authorization', await auth(['iom-lead']))
      .send(body)
      .expect(status);
  const adopt = (who: string, adoptedOn: string, reason = 'Burglary series') =>
    post(`/iom/cohorts/${COHORT}/adoptions`, {
      personId: people[who],
      adoptedOn,
      strand: 'Fixed',
      leadAgency: 'Police',
      leadOfficer: 'PC Example',
      selectionScore: 35,
      selectionReason: reason,
    });
  const offence = (who: string, offenceDate: string) =>
    post(`/iom/cohorts/${COHORT}/members/${people[who]}/offences`, { offenceId: randomUUID(), offenceDate, category: 'shoplifting' });
  const caughtUp = () => harness.app.get(ProjectionsService).waitUntilCaughtUp();
  const figures = async () => ({
    lead: (await get(`/iom/cohorts/${COHORT}/measures?from=2024-01-01&to=2024-12-31&asOf=2026-06-30`)).body,
    analyst: (await get(`/iom/cohorts/${COHORT}/measures?financialYear=2024-25&asOf=2026-06-30`, ['analyst'])).body,
    areas: (await get(`/iom/areas/reoffending?partnershipId=${NORTH}&from=2024-01-01&to=2024-12-31`)).body,
  });

  beforeAll(async () => {
    harness = await startTestApp(boundedContexts, { RETENTION_INTERVAL_MS: '0', RATE_LIMIT_PER_MINUTE: '100000' });
    server = harness.app.getHttpServer();
    people.erased = await registerTestPerson(harness.app, NORTH, `Zephyrine ${SURNAME}`);
    for (const who of ['kept', 'old', 'oldDuplicate', 'current'])
      people[who] = await registerTestPerson(harness.app, NORTH, `IOM ${who} Keepme`);
    await post('/iom/cohorts', { cohortId: COHORT, partnershipId: NORTH, area: 'North', name: 'Erasure IOM' });
    await adopt('erased', '2024-02-01', `Seen with ${SURNAME}'s brother at the burglaries`);
    await offence('erased', '2024-03-05');
    await offence('erased', '2024-05-10');
    await adopt('kept', '2024-02-15');
    await offence('kept', '2024-03-20');
    await caughtUp();
  });
  afterAll(async () => {
    await harness?.close();
  });

  it("erases the member's identity and the text about them; the measures count them as before, depersonalised", async () => {
    const member = `/iom/cohorts/${COHORT}/members/${people.erased}`;
    expect((await get(member)).body.selectionReason).toMatch(SURNAME);
    const before = await figures();
    expect(before.lead.rates).toMatchObject({ members: 2, membersWhoOffended: 2, offences: 3 });

    await request(server)
      .post('/admin/erasure')
      .set('Authorization', await auth(['admin']))
      .send({ subjectId: people.erased, reason: 'Right to erasure request RTE-0115' })
      .expect(200);
    await caughtUp();

    const after = (await get(member)).body;
    expect(after).toMatchObject({ personId: people.erased, selectionReason: null, periods: [{ period: 1, adoptedOn: '2024-02-01' }] });
    expect(after.offences).toHaveLength(2);
    expect(JSON.stringify((await get(`/people/${people.erased}`, ['coordinator'])).body)).not.toMatch(new RegExp(`${SURNAME}|Zephyrine`));
    // Figures do not change: the member is counted under the pseudonymous id, no name anywhere in them.
    expect(await figures()).toEqual(before);
    const dataSource = harness.app.get(DataSource);
    const [row] = await dataSource.query('SELECT erased FROM iom_members WHERE person_id = $1', [people.erased]);
    expect(row.erased).toBe(true);
    const events = await dataSource.query<{ text: string }[]>(
      "SELECT data::text || metadata::text AS text FROM es_events WHERE stream_name LIKE 'iom_%'",
    );
    expect(events.map((event) => event.text).join('\n')).not.toMatch(new RegExp(`${SURNAME}|Zephyrine`));
    // Nothing new is written about the erased person.
    const refused = await post(
      `/iom/cohorts/${COHORT}/members/${people.erased}/offences`,
      { offenceId: randomUUID(), offenceDate: '2024-06-01', category: 'drugs' },
      409,
    );
    expect(refused.body.detail).not.toMatch(SURNAME);
  });

  it('the sweep erases a member exited 7 years ago, and keeps one whose merged record is on the cohort now', async () => {
    await adopt('old', dateYearsAgo(9));
    await post(`/iom/cohorts/${COHORT}/members/${people.old}/exit`, { exitedOn: dateYearsAgo(7), reason: 'completed' }, 200);
    await adopt('oldDuplicate', dateYearsAgo(9));
    await post(`/iom/cohorts/${COHORT}/members/${people.oldDuplicate}/exit`, { exitedOn: dateYearsAgo(7), reason: 'completed' }, 200);
    await adopt('current', dateYearsAgo(1));
    await post(`/people/${people.oldDuplicate}/merge`, { intoPersonId: people.current, reason: 'Same person' }, 200);
    await caughtUp();

    const sweep = await harness.app.get(RetentionService).sweep();
    expect(sweep.failed).toEqual([]);
    expect(sweep.erased).toContain(people.old);
    expect(sweep.erased).not.toContain(people.oldDuplicate);
    expect(sweep.erased).not.toContain(people.current);
    expect(sweep.erased).not.toContain(people.kept);
  });
});
