import request from 'supertest';
import { bearer, RetentionService, type Role } from '@app/access';
import { boundedContexts } from '@app/contexts';
import { EVENT_STORE, EventCodec, type EventStore } from '@app/event-store';
import { ProjectionsService } from '@app/projections';
import { startTestApp, type TestApp, dateYearsAgo } from '@app/testing';
import { DEFAULT_RISK_QUESTIONNAIRE } from '@app/victim-services';
import { registerTestPerson } from './support/people.js';

/**
 * Victim-services personal data: the location, the risk answers and a judgement's reason are under the
 * victim's key, so erasing the victim (on request or by the retention sweep) leaves the case's facts and
 * every figure of the tables, and nothing more can be written under that key. The sweep erases a victim
 * whose every case closed more than RETENTION_YEARS_AFTER_CLOSURE (6) years ago, and keeps the others.
 */
const NORTH = 'csp-vs-erasure';
const SERVICE = 'asb-support-erasure';
const LOCATION = 'Quarrendon Close, flat 9';
const REASON = 'Threats from Mr Zebedee next door';

describe('erasure and retention of victim-services personal data', () => {
  let harness: TestApp;
  let server: ReturnType<TestApp['app']['getHttpServer']>;
  const people: Record<string, string> = {};
  const cases: Record<string, string> = {};
  const auth = (roles: Role[]) => bearer(harness.app, { id: `vs-erasure-${roles.join('+')}`, roles, partnerships: [NORTH] });
  const send = async (method: 'post' | 'put', path: string, body: object, status: number, roles: Role[] = ['asb-caseworker']) =>
    (
      await request(server)
        [method](path)
        .set('Authorization', await auth(roles))
        .send(body)
        .expect(status)
    ).body;
  const caughtUp = () => harness.app.get(ProjectionsService).waitUntilCaughtUp();
  /** The case's events with personal data revealed, as text. */
  const revealed = async (caseId: string) =>
    JSON.stringify(
      (await harness.app.get(EventCodec).decode(await harness.app.get<EventStore>(EVENT_STORE).readStream(`vs_case-${caseId}`))).map(
        (envelope) => envelope.event,
      ),
    );
  const figures = async () => {
    const table = await request(server)
      .get(`/victim-services/${SERVICE}/quarterly-table?financialYear=${financialYearOf(dateYearsAgo(1, 30))}`)
      .set('Authorization', await auth(['service-manager']))
      .expect(200);
    return table.body.rows;
  };

  /** A case referred and assessed on `referredOn` and, when `closedOn` is given, closed with a survey that day. */
  const casework = async (personId: string, referredOn: string, closedOn: string | null) => {
    const { caseId } = await send(
      'post',
      `/victim-services/${SERVICE}/referrals`,
      {
        personId,
        referralDate: referredOn,
        referringPartner: 'police',
        asbCategory: 'personal',
        behaviourTypes: ['harassment'],
        location: LOCATION,
      },
      201,
    );
    await send(
      'post',
      `/victim-services/cases/${caseId}/risk-assessments`,
      {
        assessedOn: referredOn,
        answers: DEFAULT_RISK_QUESTIONNAIRE.questions.map(() => 'no'),
        judgement: { level: 'high', reason: REASON },
      },
      201,
    );
    if (closedOn) {
      await send('post', `/victim-services/cases/${caseId}/closure`, { closedOn, reason: 'planned-exit', needOutcomes: [] }, 201);
      await send('post', `/victim-services/cases/${caseId}/exit-survey`, { on: closedOn, declined: true }, 201);
    }
    return caseId as string;
  };

  beforeAll(async () => {
    harness = await startTestApp(boundedContexts, { RETENTION_INTERVAL_MS: '0', RATE_LIMIT_PER_MINUTE: '100000' });
    server = harness.app.getHttpServer();
    await send(
      'post',
      '/victim-services',
      { serviceId: SERVICE, partnershipId: NORTH, name: 'ASB erasure', provider: 'VS', kind: 'asb-support' },
      201,
      ['admin'],
    );
    for (const key of ['requested', 'old', 'recent', 'open'])
      people[key] = await registerTestPerson(harness.app, NORTH, `VS erasure ${key}`);
    cases.requested = await casework(people.requested, dateYearsAgo(1, 30), dateYearsAgo(1, 20));
    cases.old = await casework(people.old, dateYearsAgo(7, 30), dateYearsAgo(7, 20));
    cases.recent = await casework(people.recent, dateYearsAgo(2, 30), dateYearsAgo(2, 20));
    cases.open = await casework(people.open, dateYearsAgo(8), null);
    await caughtUp();
  });
  afterAll(async () => {
    await harness?.close();
  });

  it("erasing the victim on request removes the location, answers and reason, keeps the case's facts and the figures, and refuses new personal data", async () => {
    expect(await revealed(cases.requested)).toContain(LOCATION);
    expect(await revealed(cases.requested)).toContain(REASON);
    const before = await figures();
    await send('post', '/admin/erasure', { subjectId: people.requested, reason: 'Right to erasure request RTE-0100' }, 200, ['admin']);
    await caughtUp();
    const after = await revealed(cases.requested);
    expect(after).not.toContain(LOCATION);
    expect(after).not.toContain(REASON);
    expect(after).toContain('VsCaseClosed');
    expect(await figures()).toEqual(before);
    const refused = await send(
      'post',
      `/victim-services/${SERVICE}/referrals`,
      {
        personId: people.requested,
        referralDate: dateYearsAgo(0),
        referringPartner: null,
        asbCategory: 'personal',
        behaviourTypes: ['noise'],
        location: LOCATION,
      },
      409,
    );
    expect(refused.detail).toMatch(/erased/);
    expect(JSON.stringify(refused)).not.toContain(LOCATION);
  });

  it('the sweep erases a victim whose case closed 7 years ago; keeps one closed 2 years ago and one still open', async () => {
    const sweep = await harness.app.get(RetentionService).sweep();
    expect(sweep.failed).toEqual([]);
    expect(sweep.erased).toContain(people.old);
    expect(sweep.erased).not.toContain(people.recent);
    expect(sweep.erased).not.toContain(people.open);
    await caughtUp();
    expect(await revealed(cases.old)).not.toContain(LOCATION);
    expect(await revealed(cases.recent)).toContain(LOCATION);
    expect(await revealed(cases.open)).toContain(REASON);
    expect((await harness.app.get(RetentionService).sweep()).erased).toEqual([]);
  });
});

function financialYearOf(day: string): string {
  const [year, month] = day.split('-').map(Number);
  const start = month >= 4 ? year : year - 1;
  return `${start}-${String((start + 1) % 100).padStart(2, '0')}`;
}
