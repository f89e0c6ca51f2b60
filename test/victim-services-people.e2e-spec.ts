import request from 'supertest';
import { bearer } from '@app/access';
import { boundedContexts } from '@app/contexts';
import { ProjectionsService } from '@app/projections';
import { startTestApp, type TestApp } from '@app/testing';
import { asbReferralBody } from './support/asb-bodies.js';
import { registerTestPerson } from './support/people.js';

/**
 * Victim services across a victim's cases and records, over HTTP with a real database:
 * - a people merge makes the merged person's later referral a repeat (the repeat-victimisation rate and the case
 *   list), an unmerge undoes it;
 * - a new referral of the same victim (another case, another service of the partnership) within 6 months of a
 *   report on a previous case makes the Case Review notice due on the new case, which can then be recorded;
 * - a notice given on a duplicate's case, once merged, is the victim's own: a Case Review application naming the
 *   surviving person follows it.
 */
const PARTNERSHIP = 'csp-vs-people';
const ASB = 'asb-people';
const IDVA = 'idva-people';
const GROUP = 'group-people';

interface Row {
  name: string;
  quarters: { value: unknown }[];
  year: { value: unknown };
}
interface ListEntry {
  caseId: string;
  repeatVictim: boolean;
  caseReviewNoticeDue: boolean;
}

describe('Victim services across cases and merged people', () => {
  let harness: TestApp;
  let server: ReturnType<TestApp['app']['getHttpServer']>;
  const tokens: Record<string, string> = {};
  const caughtUp = () => harness.app.get(ProjectionsService).waitUntilCaughtUp();
  const as = (who: string) => ({
    get: (url: string) => request(server).get(url).set('Authorization', tokens[who]),
    post: (url: string, body: object) => request(server).post(url).set('Authorization', tokens[who]).send(body),
  });
  const refer = async (serviceId: string, personId: string, referralDate: string) =>
    (
      await as('caseworker')
        .post(`/victim-services/${serviceId}/referrals`, asbReferralBody(personId, referralDate, 'Ash Court'))
        .expect(201)
    ).body.caseId as string;
  const entry = async (serviceId: string, caseId: string) => {
    await caughtUp();
    const list = await as('caseworker').get(`/victim-services/${serviceId}/cases`).expect(200);
    return (list.body.cases as ListEntry[]).find((c) => c.caseId === caseId)!;
  };
  const tableRow = async (serviceId: string, financialYear: string, name: string) => {
    await caughtUp();
    const response = await as('manager').get(`/victim-services/${serviceId}/quarterly-table?financialYear=${financialYear}`).expect(200);
    const row = (response.body.rows as Row[]).find((r) => r.name === name)!;
    return [...row.quarters.map((c) => c.value), row.year.value];
  };
  const repeatVictims = (serviceId: string, financialYear: string) => tableRow(serviceId, financialYear, 'repeat_victims');
  const merge = (personId: string, intoPersonId: string) =>
    as('caseworker').post(`/people/${personId}/merge`, { intoPersonId, reason: 'The same person' }).expect(200);
  const unmerge = (personId: string) => as('caseworker').post(`/people/${personId}/unmerge`, { reason: 'Not the same person' }).expect(200);
  const tell = (caseId: string, toldOn: string) =>
    as('caseworker').post(`/victim-services/cases/${caseId}/case-review-notice`, { toldOn, method: 'phone' });

  beforeAll(async () => {
    harness = await startTestApp(boundedContexts, { RETENTION_INTERVAL_MS: '0', RATE_LIMIT_PER_MINUTE: '1000000' });
    server = harness.app.getHttpServer();
    tokens.admin = await bearer(harness.app, { id: 'vsp-admin', roles: ['admin'], partnerships: [PARTNERSHIP] });
    tokens.manager = await bearer(harness.app, { id: 'vsp-manager', roles: ['service-manager'], partnerships: [PARTNERSHIP] });
    tokens.caseworker = await bearer(harness.app, { id: 'vsp-caseworker', roles: ['asb-caseworker'], partnerships: [PARTNERSHIP] });
    for (const [serviceId, kind] of [
      [ASB, 'asb-support'],
      [IDVA, 'idva'],
      [GROUP, 'group-programme'],
    ])
      await as('admin')
        .post('/victim-services', { serviceId, partnershipId: PARTNERSHIP, name: serviceId, provider: 'VS', kind })
        .expect(201);
  });
  afterAll(async () => {
    await harness?.close();
  });

  it("counts a merged person's later referral as a repeat victim, and not after an unmerge", async () => {
    const duplicate = await registerTestPerson(harness.app, PARTNERSHIP, 'Merged repeat victim one');
    const person = await registerTestPerson(harness.app, PARTNERSHIP, 'Merged repeat victim two');
    await refer(ASB, duplicate, '2023-01-10');
    // 10 months on, under the other record: a repeat once they are one person (not within 6 months: no notice).
    const later = await refer(IDVA, person, '2023-11-10');
    expect(await repeatVictims(IDVA, '2023-24')).toEqual([0, 0, 0, 0, 0]);
    expect(await entry(IDVA, later)).toMatchObject({ repeatVictim: false, caseReviewNoticeDue: false });

    await merge(duplicate, person);
    expect(await repeatVictims(IDVA, '2023-24')).toEqual([0, 0, 1, 0, 1]);
    expect(await entry(IDVA, later)).toMatchObject({ repeatVictim: true, caseReviewNoticeDue: false });

    await unmerge(duplicate);
    expect(await repeatVictims(IDVA, '2023-24')).toEqual([0, 0, 0, 0, 0]);
    expect(await entry(IDVA, later)).toMatchObject({ repeatVictim: false });
  });

  it('counts two merged records as one person in the distinct rows (clients worked with, victims supported)', async () => {
    const one = await registerTestPerson(harness.app, PARTNERSHIP, 'Distinct client record one');
    const two = await registerTestPerson(harness.app, PARTNERSHIP, 'Distinct client record two');
    for (const [personId, referralDate] of [
      [one, '2022-05-02'],
      [two, '2023-01-09'],
    ]) {
      const caseId = await refer(GROUP, personId, referralDate);
      await as('caseworker').post(`/victim-services/cases/${caseId}/contacts`, { date: referralDate, kind: 'home-visit' }).expect(201);
    }
    expect(await tableRow(GROUP, '2022-23', 'clients_worked_with')).toEqual([1, 1, 1, 2, 2]);
    expect(await tableRow(GROUP, '2022-23', 'victims_supported')).toEqual([1, 0, 0, 1, 2]);
    await merge(two, one);
    expect(await tableRow(GROUP, '2022-23', 'clients_worked_with')).toEqual([1, 1, 1, 1, 1]);
    expect(await tableRow(GROUP, '2022-23', 'victims_supported')).toEqual([1, 0, 0, 1, 1]);
    expect(await tableRow(GROUP, '2022-23', 'repeat_victims')).toEqual([0, 0, 0, 1, 1]);
    await unmerge(two);
    expect(await tableRow(GROUP, '2022-23', 'clients_worked_with')).toEqual([1, 1, 1, 2, 2]);
    expect(await tableRow(GROUP, '2022-23', 'repeat_victims')).toEqual([0, 0, 0, 0, 0]);
  });

  it('makes the Case Review notice due on a new referral within 6 months of a report on a previous case, and records it there', async () => {
    const victim = await registerTestPerson(harness.app, PARTNERSHIP, 'Victim referred to two services');
    const first = await refer(ASB, victim, '2024-03-01');
    const second = await refer(IDVA, victim, '2024-06-01');
    expect(await entry(IDVA, second)).toMatchObject({ caseReviewNoticeDue: true, repeatVictim: true });
    expect(await entry(ASB, first)).toMatchObject({ caseReviewNoticeDue: false });
    const onFirst = await tell(first, '2024-06-02').expect(409);
    expect(onFirst.body.detail).toMatch(/No Case Review notice is due/);
    await tell(second, '2024-06-02').expect(201);
    expect(await entry(IDVA, second)).toMatchObject({ caseReviewNoticeDue: false });
    await tell(second, '2024-06-03').expect(409);
    // More than 6 months after the previous report: no notice.
    const other = await registerTestPerson(harness.app, PARTNERSHIP, 'Victim referred again after seven months');
    await refer(ASB, other, '2024-01-05');
    const late = await refer(IDVA, other, '2024-08-06');
    expect(await entry(IDVA, late)).toMatchObject({ caseReviewNoticeDue: false, repeatVictim: true });
  });

  it('makes the notice due across merged records, and lets a Case Review application follow it under the surviving person', async () => {
    const person = await registerTestPerson(harness.app, PARTNERSHIP, 'Notice victim surviving record');
    const duplicate = await registerTestPerson(harness.app, PARTNERSHIP, 'Notice victim duplicate record');
    await refer(ASB, person, '2024-04-01');
    const dupCase = await refer(IDVA, duplicate, '2024-05-01');
    expect(await entry(IDVA, dupCase)).toMatchObject({ caseReviewNoticeDue: false });
    await merge(duplicate, person);
    expect(await entry(IDVA, dupCase)).toMatchObject({ caseReviewNoticeDue: true, repeatVictim: true });
    await tell(dupCase, '2024-05-02').expect(201);
    await as('caseworker')
      .post('/case-reviews', {
        partnershipId: PARTNERSHIP,
        receivedOn: '2024-06-01',
        channel: 'phone',
        applicantPersonId: person,
        victimPersonId: person,
        behaviourTypes: ['noise'],
        description: 'Shouting in the stairwell.',
        complaints: [{ body: 'police', madeOn: '2024-05-01', behaviourDates: ['2024-04-30'] }],
        fromVictimServiceCaseId: dupCase,
      })
      .expect(201);
  });
});
