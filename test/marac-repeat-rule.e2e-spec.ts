import request from 'supertest';
import { bearer } from '@app/access';
import { boundedContexts } from '@app/contexts';
import { ProcessManagersService } from '@app/kit';
import { ProjectionsService } from '@app/projections';
import { startTestApp, type TestApp } from '@app/testing';
import { registerTestMarac } from './support/marac-registration.js';
import { referralBody } from './support/referral-body.js';
import { registerTestPerson } from './support/people.js';

/**
 * Issue 11's SafeLives rule over HTTP: a MARAC case is between the same victim and perpetrator(s), so a
 * referral of the same victim about a different perpetrator within 12 months is a new case, and one about
 * the same perpetrator is a repeat (of the last referral with that perpetrator, not of the victim's last);
 * the repeat rate and the SafeLives figures count them so.
 */
const PARTNERSHIP = 'csp-repeat-rule';
const MARAC = 'marac-repeat-rule';
// Person records of the partnership, registered before the referrals name them.
let VICTIM = '';
let PERP_A = '';
let PERP_B = '';

const perpetrator = (personId: string, fullName: string) => ({ personId, relationship: 'ex-partner', details: { fullName } });

function referral(referralDate: string, perpetrators: ReturnType<typeof perpetrator>[], extra: Record<string, unknown> = {}) {
  return {
    ...referralBody({ partnershipId: PARTNERSHIP, maracId: MARAC, victimId: VICTIM }),
    referralDate,
    perpetrators,
    ...extra,
  };
}

describe('the SafeLives repeat rule over HTTP (same victim and perpetrator)', () => {
  let harness: TestApp;
  let server: ReturnType<TestApp['app']['getHttpServer']>;
  let auth: string;
  const cases: string[] = [];
  const post = (path: string, body: object) => request(server).post(path).set('Authorization', auth).send(body);
  const get = (path: string) => request(server).get(path).set('Authorization', auth);

  beforeAll(async () => {
    harness = await startTestApp(boundedContexts);
    server = harness.app.getHttpServer();
    await registerTestMarac(harness.app, MARAC, PARTNERSHIP);
    VICTIM = await registerTestPerson(harness.app, PARTNERSHIP, 'Repeat Rule Victim');
    PERP_A = await registerTestPerson(harness.app, PARTNERSHIP, 'Perpetrator A');
    PERP_B = await registerTestPerson(harness.app, PARTNERSHIP, 'Perpetrator B');
    auth = await bearer(harness.app, { id: 'repeat-rule', roles: ['coordinator'], partnerships: [PARTNERSHIP] });
  });
  afterAll(async () => {
    await harness?.close();
  });

  it('a different perpetrator within 12 months makes a new case; the same perpetrator a repeat of their last referral', async () => {
    const first = await post('/marac/referrals', referral('2024-04-10', [perpetrator(PERP_A, 'Perpetrator A')])).expect(201);
    expect(first.body).toMatchObject({ isRepeat: false, previousCaseId: null });
    cases.push(first.body.caseId);

    const other = await post('/marac/referrals', referral('2024-07-01', [perpetrator(PERP_B, 'Perpetrator B')])).expect(201);
    expect(other.body).toMatchObject({ personId: VICTIM, isRepeat: false, previousCaseId: null });
    cases.push(other.body.caseId);

    // The repeat criterion needs an earlier referral with one of the same perpetrators: none names C.
    const notRepeat = await post(
      '/marac/referrals',
      referral('2024-09-01', [perpetrator('5a5a5a5a-0000-4000-8000-00000000000c', 'Perpetrator C')], { criterion: 'repeat' }),
    ).expect(400);
    expect(notRepeat.body.detail).toMatch(/with one of the same perpetrators/);

    const again = await post('/marac/referrals', referral('2024-10-01', [perpetrator(PERP_A, 'Perpetrator A')])).expect(201);
    expect(again.body).toMatchObject({ isRepeat: true, previousCaseId: cases[0] });
    cases.push(again.body.caseId);

    // Naming both: a repeat of the last referral with either of them (A's, on 2024-10-01).
    const both = await post(
      '/marac/referrals',
      referral('2024-11-01', [perpetrator(PERP_B, 'Perpetrator B'), perpetrator(PERP_A, 'Perpetrator A')]),
    ).expect(201);
    expect(both.body).toMatchObject({ isRepeat: true, previousCaseId: cases[2] });
    cases.push(both.body.caseId);
  });

  it('the repeat rate and SafeLives figures count the new case as a case, not a repeat', async () => {
    const meeting = await post('/marac/meetings', { partnershipId: PARTNERSHIP, maracId: MARAC, date: '2024-11-14' }).expect(201);
    const meetingId = meeting.body.meetingId as string;
    for (const caseId of cases) {
      await post(`/marac/meetings/${meetingId}/agenda`, { caseId }).expect(200);
      await post(`/marac/cases/${caseId}/hearings`, { meetingId, agenciesPresent: ['police'] }).expect(200);
    }
    await harness.app.get(ProcessManagersService).waitUntilCaughtUp();
    await harness.app.get(ProjectionsService).waitUntilCaughtUp();

    const rate = await get(`/maracs/${MARAC}/repeat-rate?quarter=2024-25-Q3`).expect(200);
    expect(rate.body).toMatchObject({ cases: 4, repeatCases: 2, rate: 0.5 });
    const safeLives = await get(`/maracs/${MARAC}/safelives?quarter=2024-25-Q3`).expect(200);
    expect(safeLives.body).toMatchObject({ cases: 4, repeatCases: 2, repeatPercent: 50 });
    // Nothing was reclassified afterwards: each case keeps the outcome it was referred with.
    const record = await get(`/marac/cases/${cases[1]}`).expect(200);
    expect(record.body).toMatchObject({ isRepeat: false, previousCaseId: null });
  });
});
