import request from 'supertest';
import { bearer, type Role } from '@app/access';
import { boundedContexts } from '@app/contexts';
import { ProcessManagersService } from '@app/kit';
import { todayInLondon } from '@app/periods';
import { ProjectionsService } from '@app/projections';
import { startTestApp, type TestApp } from '@app/testing';
import { asbReferralBody, asbServiceBody } from './support/asb-bodies.js';
import { registerTestMarac } from './support/marac-registration.js';
import { registerTestPerson } from './support/people.js';
import { referralBody } from './support/referral-body.js';
import { waitFor } from './support/task-ledger.js';
import type { components } from './support/api-client/safer-panels-api.js';

/**
 * The alert rules across people merges, over HTTP with a real database (issue 16, a gap found in review):
 * - a duplicate record referred to the ASB service, then merged into a MARAC victim, raises the cross-service
 *   alert for the MARAC coordinators (the merge itself), and an unmerge resolves it;
 * - a referral naming a record merged with a MARAC victim raises it, whichever record survived; after an
 *   unmerge a referral of the other record does not;
 * - a second referral of a victim (or of a record merged with them) to the ASB service within 6 months of
 *   their previous report raises "Case Review notice due" for the caseworkers; telling the victim resolves it.
 */
const PARTNERSHIP = 'csp-alert-merges';
const MARAC = 'alert-merges-marac';
const ASB = 'alert-merges-asb';

/** An alert as `GET /alerts` answers it (the OpenAPI document's schema). */
type Alert = components['schemas']['AlertView'];

describe('alerts across people merges', () => {
  let harness: TestApp;
  let server: ReturnType<TestApp['app']['getHttpServer']>;
  const today = todayInLondon(new Date());
  const tokens: Partial<Record<Role, string>> = {};

  const as = (role: Role) => ({
    get: (path: string) => request(server).get(path).set('Authorization', tokens[role]!),
    post: (path: string, body: object = {}) => request(server).post(path).set('Authorization', tokens[role]!).send(body),
  });
  const caughtUp = async () => {
    await harness.app.get(ProcessManagersService).waitUntilCaughtUp();
    await harness.app.get(ProjectionsService).waitUntilCaughtUp();
  };
  const alertsOf = async (role: Role, query: string): Promise<Alert[]> => {
    await caughtUp();
    return (await as(role).get(`/alerts?${query}`).expect(200)).body.items as Alert[];
  };
  /** Waits for the list to show an alert about `recordId` in `state` to a user of `role`. */
  const eventually = async (role: Role, kind: string, recordId: string, state = 'open'): Promise<Alert> => {
    let found: Alert | undefined;
    await waitFor(async () => {
      found = (await alertsOf(role, `kind=${kind}&state=${state}`)).find((a) => a.record.id === recordId);
      return found !== undefined;
    });
    return found!;
  };
  const openAbout = async (role: Role, kind: string, recordId: string) =>
    (await alertsOf(role, `kind=${kind}`)).filter((a) => a.record.id === recordId);

  const referToMarac = async (victimId: string) =>
    (
      await as('coordinator')
        .post(
          '/marac/referrals',
          referralBody({ partnershipId: PARTNERSHIP, maracId: MARAC, victimId, perpetratorName: 'Merge Perpetrator' }),
        )
        .expect(201)
    ).body.caseId as string;
  const referToAsb = async (personId: string, referralDate = today) =>
    (await as('asb-caseworker').post(`/victim-services/${ASB}/referrals`, asbReferralBody(personId, referralDate)).expect(201)).body
      .caseId as string;
  const merge = (personId: string, intoPersonId: string) =>
    as('coordinator').post(`/people/${personId}/merge`, { intoPersonId, reason: 'The same person' }).expect(200);
  const unmerge = (personId: string) =>
    as('coordinator').post(`/people/${personId}/unmerge`, { reason: 'Not the same person' }).expect(200);

  beforeAll(async () => {
    harness = await startTestApp(boundedContexts, { RETENTION_INTERVAL_MS: '0', RATE_LIMIT_PER_MINUTE: '1000000' });
    server = harness.app.getHttpServer();
    for (const role of ['admin', 'coordinator', 'asb-caseworker'] as const)
      tokens[role] = await bearer(harness.app, { id: `alert-merges-${role}`, roles: [role], partnerships: [PARTNERSHIP] });
    await registerTestMarac(harness.app, MARAC, PARTNERSHIP);
    await as('admin').post('/victim-services', asbServiceBody(ASB, PARTNERSHIP)).expect(201);
  });
  afterAll(async () => {
    await harness?.close();
  });

  it('raises the cross-service alert when a duplicate referred to ASB is merged into a MARAC victim, and resolves it on the unmerge', async () => {
    const victim = await registerTestPerson(harness.app, PARTNERSHIP, 'Merged MARAC victim');
    const duplicate = await registerTestPerson(harness.app, PARTNERSHIP, 'Merged MARAC victim duplicate');
    const maracCase = await referToMarac(victim);
    await referToAsb(duplicate);
    // Two people as far as anyone knows: no alert.
    expect(await openAbout('coordinator', 'marac-victim-in-other-service', maracCase)).toEqual([]);

    await merge(duplicate, victim);
    const alert = await eventually('coordinator', 'marac-victim-in-other-service', maracCase);
    expect(alert).toMatchObject({ state: 'raised', audience: { kind: 'role', value: 'coordinator' }, dueOn: today });
    expect(await openAbout('coordinator', 'marac-victim-in-other-service', maracCase)).toHaveLength(1);
    expect(await openAbout('asb-caseworker', 'marac-victim-in-other-service', maracCase)).toEqual([]);

    await unmerge(duplicate);
    const resolved = await eventually('coordinator', 'marac-victim-in-other-service', maracCase, 'resolved');
    expect(resolved).toMatchObject({ alertId: alert.alertId, autoResolved: true });
    expect(await openAbout('coordinator', 'marac-victim-in-other-service', maracCase)).toEqual([]);
  });

  it('raises it for a referral naming a record merged with the MARAC victim, and not after they are unmerged', async () => {
    const victim = await registerTestPerson(harness.app, PARTNERSHIP, 'Surviving duplicate victim');
    const duplicate = await registerTestPerson(harness.app, PARTNERSHIP, 'Surviving duplicate record');
    const maracCase = await referToMarac(victim);
    // The MARAC victim's record is merged into the other one, which the ASB referral then names (the rules read
    // the merge before the referral in the log: nothing waits for them in between).
    await merge(victim, duplicate);
    await referToAsb(duplicate);
    const alert = await eventually('coordinator', 'marac-victim-in-other-service', maracCase);
    expect(alert).toMatchObject({ record: { kind: 'marac_case', id: maracCase }, dueOn: today });

    await unmerge(victim);
    await eventually('coordinator', 'marac-victim-in-other-service', maracCase, 'resolved');
    // Unmerged before the check: a new referral of the other record finds no MARAC case.
    await referToAsb(duplicate);
    expect(await openAbout('coordinator', 'marac-victim-in-other-service', maracCase)).toEqual([]);
  });

  it('raises "Case Review notice due" on a second referral to ASB within 6 months, and resolves it when the victim is told', async () => {
    const victim = await registerTestPerson(harness.app, PARTNERSHIP, 'Victim referred twice to ASB');
    const first = await referToAsb(victim, '2024-03-01');
    await caughtUp();
    const second = await referToAsb(victim, '2024-06-01');
    const alert = await eventually('asb-caseworker', 'vs-case-review-notice-due', second);
    expect(alert).toMatchObject({ record: { kind: 'vs_case', id: second }, audience: { value: 'asb-caseworker' }, dueOn: '2024-06-01' });
    expect(await openAbout('asb-caseworker', 'vs-case-review-notice-due', first)).toEqual([]);
    expect(await openAbout('coordinator', 'vs-case-review-notice-due', second)).toEqual([]);

    await as('asb-caseworker')
      .post(`/victim-services/cases/${second}/case-review-notice`, { toldOn: '2024-06-02', method: 'phone' })
      .expect(201);
    const resolved = await eventually('asb-caseworker', 'vs-case-review-notice-due', second, 'resolved');
    expect(resolved).toMatchObject({ alertId: alert.alertId, autoResolved: true });

    // Seven months after the previous report: not a second report within the window.
    const other = await registerTestPerson(harness.app, PARTNERSHIP, 'Victim referred again after seven months');
    await referToAsb(other, '2024-01-05');
    await caughtUp();
    const late = await referToAsb(other, '2024-08-06');
    expect(await openAbout('asb-caseworker', 'vs-case-review-notice-due', late)).toEqual([]);
  });

  it('raises "Case Review notice due" on a referral of a person merged with a record referred within 6 months', async () => {
    const victim = await registerTestPerson(harness.app, PARTNERSHIP, 'Notice alert surviving record');
    const duplicate = await registerTestPerson(harness.app, PARTNERSHIP, 'Notice alert duplicate record');
    await referToAsb(duplicate, '2024-02-01');
    await merge(duplicate, victim);
    await caughtUp();
    const later = await referToAsb(victim, '2024-05-01');
    await eventually('asb-caseworker', 'vs-case-review-notice-due', later);
  });
});
