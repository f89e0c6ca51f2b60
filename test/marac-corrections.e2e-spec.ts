import request from 'supertest';
import { bearer } from '@app/access';
import { ProcessManagersService } from '@app/kit';
import { ProjectionsService } from '@app/projections';
import { startTestApp, type TestApp } from '@app/testing';
import { registerTestMarac } from './support/marac-registration.js';
import { boundedContexts } from '@app/contexts';
import { registerTestPerson } from './support/people.js';

/**
 * Corrections over HTTP: a hearing voided leaves the repeat rate, an amended referral date moves the case
 * between quarters, a voided referral leaves the figures and the victim's repeat history, and the case
 * shows what was corrected, when, by whom and why. Reasons are required (400), a voided record is final
 * (409), If-Match is honoured (412).
 */
const PARTNERSHIP = 'csp-corrections';
const MARAC = 'marac-corrections';
let P = '';
let Q = '';
let R = '';
let S = '';
const perpetratorOf = new Map<string, string>();

function referral(personId: string, referralDate: string) {
  return {
    partnershipId: PARTNERSHIP,
    maracId: MARAC,
    referralDate,
    referringAgency: 'police',
    criterion: 'professional-judgement',
    victim: {
      personId,
      details: { fullName: `Corrections Victim ${personId.slice(0, 2)}` },
      profile: { sex: 'female', ageAtReferral: 30, ethnicity: 'not-known', disabled: null, lgbtPlus: null, childrenInHousehold: 0 },
    },
    // Each victim's one perpetrator at every referral, so a referral within 12 months is a repeat.
    perpetrators: [{ personId: perpetratorOf.get(personId)!, relationship: 'partner', details: { fullName: 'Corrections Perpetrator' } }],
  };
}

describe('MARAC corrections over HTTP', () => {
  let harness: TestApp;
  let server: ReturnType<TestApp['app']['getHttpServer']>;
  let auth: { Authorization: string };
  const ids: Record<string, string> = {};

  const caughtUp = () => harness.app.get(ProjectionsService).waitUntilCaughtUp();
  /** The victim's history follows corrections through a process manager. */
  const victimHistoryCaughtUp = () => harness.app.get(ProcessManagersService).waitUntilCaughtUp();
  const post = (path: string, body: object) => request(server).post(path).set(auth).send(body);
  const get = (path: string) => request(server).get(path).set(auth);
  const quarters = async (financialYear: string) =>
    (await get(`/maracs/${MARAC}/repeat-rate/quarters?financialYear=${financialYear}`).expect(200)).body.quarters.map(
      (q: { cases: number; repeatCases: number }) => [q.cases, q.repeatCases],
    );
  const referredIn = async (from: string, to: string) =>
    (await get(`/maracs/${MARAC}/cases/depersonalised?from=${from}&to=${to}`).expect(200)).body.total;

  beforeAll(async () => {
    harness = await startTestApp(boundedContexts);
    P = await registerTestPerson(harness.app, PARTNERSHIP, 'Test person P');
    Q = await registerTestPerson(harness.app, PARTNERSHIP, 'Test person Q');
    R = await registerTestPerson(harness.app, PARTNERSHIP, 'Test person R');
    S = await registerTestPerson(harness.app, PARTNERSHIP, 'Test person S');
    for (const victim of [P, Q, R, S])
      perpetratorOf.set(victim, await registerTestPerson(harness.app, PARTNERSHIP, `Perpetrator of ${victim}`));
    server = harness.app.getHttpServer();
    await registerTestMarac(harness.app, MARAC, PARTNERSHIP);
    auth = {
      Authorization: await bearer(harness.app, {
        id: 'corrections-coordinator',
        roles: ['coordinator', 'analyst'],
        partnerships: [PARTNERSHIP],
      }),
    };
  });
  afterAll(async () => {
    await harness?.close();
  });

  it('a voided hearing leaves the repeat rate', async () => {
    ids.a = (await post('/marac/referrals', referral(P, '2025-03-05')).expect(201)).body.caseId;
    ids.b = (await post('/marac/referrals', referral(Q, '2025-03-28')).expect(201)).body.caseId;
    ids.m1 = (await post('/marac/meetings', { partnershipId: PARTNERSHIP, maracId: MARAC, date: '2025-03-20' }).expect(201)).body.meetingId;
    ids.m2 = (await post('/marac/meetings', { partnershipId: PARTNERSHIP, maracId: MARAC, date: '2025-04-20' }).expect(201)).body.meetingId;
    await post(`/marac/meetings/${ids.m1}/agenda`, { caseId: ids.a }).expect(200);
    await post(`/marac/cases/${ids.a}/hearings`, { meetingId: ids.m1, heardOn: '2025-03-20', agenciesPresent: ['police', 'idva'] }).expect(
      200,
    );
    await post(`/marac/cases/${ids.a}/incidents`, {
      incidentId: 'i1',
      date: '2025-04-01',
      reportingAgency: 'idva',
      description: 'Texts from the perpetrator',
    }).expect(201);
    for (const caseId of [ids.a, ids.b]) {
      await post(`/marac/meetings/${ids.m2}/agenda`, { caseId }).expect(200);
      await post(`/marac/cases/${caseId}/hearings`, { meetingId: ids.m2, heardOn: '2025-04-20', agenciesPresent: ['police'] }).expect(200);
    }
    await caughtUp();
    expect(await quarters('2025-26')).toEqual([
      [2, 1],
      [0, 0],
      [0, 0],
      [0, 0],
    ]);

    const hearing = `/marac/cases/${ids.a}/hearings/${ids.m2}/void`;
    const noReason = await post(hearing, {}).expect(400);
    expect(JSON.stringify(noReason.body)).toContain('reason');
    const current = (await get(`/marac/cases/${ids.a}`).expect(200)).headers.etag;
    await post(hearing, { reason: 'Not heard at this meeting' }).set('If-Match', '"1"').expect(412);
    const voided = await post(hearing, { reason: 'Heard at another MARAC, entered here by mistake' }).set('If-Match', current).expect(200);
    expect(voided.headers.etag).not.toBe(current);
    const again = await post(hearing, { reason: 'Twice' }).expect(409);
    expect(again.body.detail).toMatch(/voided/);

    await caughtUp();
    expect(await quarters('2025-26')).toEqual([
      [1, 0],
      [0, 0],
      [0, 0],
      [0, 0],
    ]);
    const record = (await get(`/marac/cases/${ids.a}`).expect(200)).body;
    expect(record.hearings.find((h: { meetingId: string }) => h.meetingId === ids.m2).corrections).toEqual([
      expect.objectContaining({ correction: 'voided', correctedBy: 'corrections-coordinator' }),
    ]);
    expect(record.corrections).toEqual([
      expect.objectContaining({
        recordKind: 'hearing',
        recordId: ids.m2,
        correction: 'voided',
        reason: 'Heard at another MARAC, entered here by mistake',
      }),
    ]);
  });

  it('an amended referral date moves the case between quarters', async () => {
    expect([await referredIn('2025-01-01', '2025-03-31'), await referredIn('2025-04-01', '2025-06-30')]).toEqual([2, 0]);
    await post(`/marac/cases/${ids.b}/referral/amend`, { reason: 'Date typed wrong', referralDate: '2025-04-30' }).expect(409); // after its hearing
    await post(`/marac/cases/${ids.b}/referral/amend`, { reason: 'Date typed wrong', maracId: 'elsewhere' }).expect(400);
    await post(`/marac/cases/${ids.b}/referral/amend`, { reason: 'Date typed wrong', referralDate: '2025-04-02' }).expect(200);
    await caughtUp();
    expect([await referredIn('2025-01-01', '2025-03-31'), await referredIn('2025-04-01', '2025-06-30')]).toEqual([1, 1]);
    expect((await get(`/marac/cases/${ids.b}`).expect(200)).body).toMatchObject({ referralDate: '2025-04-02' });
  });

  it('a voided referral voids the case, and the victim’s next referral is not a repeat because of it', async () => {
    ids.c = (await post('/marac/referrals', referral(R, '2025-05-01')).expect(201)).body.caseId;
    await post(`/marac/cases/${ids.c}/referral/void`, { reason: 'Referred to the wrong MARAC' }).expect(200);
    await post(`/marac/cases/${ids.c}/actions`, { agency: 'health', description: 'GP', dueDate: '2025-06-01' }).expect(409);
    await victimHistoryCaughtUp();
    await caughtUp();
    const next = await post('/marac/referrals', referral(R, '2025-06-01')).expect(201);
    expect(next.body).toMatchObject({ isRepeat: false, previousCaseId: null });
    const voidedCases = (await get(`/maracs/${MARAC}/cases?status=voided`).expect(200)).body.items;
    expect(voidedCases.map((item: { caseId: string; status: string }) => [item.caseId, item.status])).toEqual([[ids.c, 'voided']]);
    const open = (await get(`/maracs/${MARAC}/cases`).expect(200)).body.items;
    expect(open.map((item: { caseId: string }) => item.caseId)).not.toContain(ids.c);
    expect((await get(`/marac/cases/${ids.c}`).expect(200)).body).toMatchObject({ voided: true });
  });

  it('a voided referral makes the victim’s later referral that repeated it new again, in the case and the case list', async () => {
    ids.s1 = (await post('/marac/referrals', referral(S, '2025-05-01')).expect(201)).body.caseId;
    ids.s2 = (await post('/marac/referrals', referral(S, '2025-06-01')).expect(201)).body.caseId;
    expect((await get(`/marac/cases/${ids.s2}`).expect(200)).body).toMatchObject({ isRepeat: true, previousCaseId: ids.s1 });
    await post(`/marac/cases/${ids.s1}/referral/void`, { reason: 'Another victim’s referral' }).expect(200);
    // The void reaches the victim's history, which decides s2 again; the case follows (CaseRepeatReclassified).
    await victimHistoryCaughtUp();
    await caughtUp();
    expect((await get(`/marac/cases/${ids.s2}`).expect(200)).body).toMatchObject({ isRepeat: false, previousCaseId: null });
    const listed = (await get(`/maracs/${MARAC}/cases`).expect(200)).body.items.find((item: { caseId: string }) => item.caseId === ids.s2);
    expect(listed).toMatchObject({ isRepeat: false });
  });

  it('audits every correction as a command on the case, and keeps its reason out of the audit trail', async () => {
    const auditor = {
      Authorization: await bearer(harness.app, { id: 'corrections-auditor', roles: ['auditor'], partnerships: [PARTNERSHIP] }),
    };
    const trail = await request(server).get('/audit?user=corrections-coordinator&pageSize=200').set(auditor).expect(200);
    const corrections = trail.body.items.filter((entry: { route: string }) => /\/(amend|void)$/.test(entry.route));
    expect(
      corrections.map((entry: { route: string; recordId: string; outcome: string }) => [entry.route, entry.recordId, entry.outcome]),
    ).toEqual(
      expect.arrayContaining([
        ['/marac/cases/:caseId/hearings/:meetingId/void', ids.a, 'success'],
        ['/marac/cases/:caseId/referral/amend', ids.b, 'success'],
        ['/marac/cases/:caseId/referral/void', ids.c, 'success'],
      ]),
    );
    expect(JSON.stringify(trail.body)).not.toContain('Referred to the wrong MARAC');
  });
});
