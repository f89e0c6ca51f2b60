import type { Response } from 'supertest';
import { bearer } from '@app/access';
import { boundedContexts } from '@app/contexts';
import { EVENT_STORE, type EventStore, type EventToAppend } from '@app/event-store';
import { startTestApp, type TestApp } from '@app/testing';
import { registerTestMarac } from './support/marac-registration.js';
import { registerTestPerson } from './support/people.js';
import { referralBody } from './support/referral-body.js';
import { requestsAs } from './support/requests-as.js';

/**
 * Consent and the basis for sharing are enforced at write time (issue 16): a MARAC action, an action moved to
 * another agency, or a share stands on what was read of the person's sharing records and the partnership's
 * defaults, and its append requires those streams unchanged. Here a consent is withdrawn, or a default cleared,
 * after the command checked the standing and before its events are appended (the store's append is held while
 * another request writes), or a merge brings in a record whose consent says otherwise: the command reads the
 * standing again and is refused with the 409 naming the agency.
 */
const PARTNERSHIP = 'csp-sharing-write-time';
const MARAC = 'marac-sharing-write-time';

describe('consent and the basis for sharing checked at write time', () => {
  let harness: TestApp;
  let store: EventStore;
  const tokens: Record<string, string> = {};
  const as = requestsAs(() => harness.app.getHttpServer(), tokens);
  let victim: string;
  let caseId: string;

  /**
   * Sends `send`, and before its first append of an event of `eventType` to `streamName` (so after it checked the
   * standing) lets `write`, another request, land. Answers the response and whether the write came in between.
   */
  const withWriteBeforeAppend = async (
    streamName: string,
    eventType: string,
    write: () => PromiseLike<unknown>,
    send: () => PromiseLike<Response>,
  ): Promise<{ response: Response; wroteInBetween: boolean }> => {
    const append = store.appendToStream;
    let wroteInBetween = false;
    store.appendToStream = async (name: string, events: readonly EventToAppend[], options) => {
      if (!wroteInBetween && name === streamName && events.some((e) => e.type === eventType)) {
        wroteInBetween = true;
        await write();
      }
      return append.call(store, name, events, options);
    };
    try {
      return { response: await send(), wroteInBetween };
    } finally {
      store.appendToStream = append;
    }
  };
  const caseRecord = async () => (await as('coordinator').get(`/marac/cases/${caseId}`).expect(200)).body;
  const actionsOnCase = async () => ((await caseRecord()).actions as { actionId: string; agency: string }[]).map((a) => a.actionId);
  const consent = (agency: string, purpose: string, decision: string, on: string, personId = victim) =>
    as('coordinator').post(`/sharing/people/${personId}/consent`, { agency, purpose, decision, on, how: 'verbal' }).expect(201);
  const action = (agency: string, actionId: string) =>
    as('coordinator').post(`/marac/cases/${caseId}/actions`, { actionId, agency, description: 'Agreed at MARAC', dueDate: '2026-12-01' });

  beforeAll(async () => {
    harness = await startTestApp(boundedContexts, { RETENTION_INTERVAL_MS: '0', RATE_LIMIT_PER_MINUTE: '1000000' });
    store = harness.app.get<EventStore>(EVENT_STORE);
    tokens.coordinator = await bearer(harness.app, { id: 'write-time-coordinator', roles: ['coordinator'], partnerships: [PARTNERSHIP] });
    tokens.admin = await bearer(harness.app, { id: 'write-time-admin', roles: ['admin'], partnerships: [PARTNERSHIP] });
    await registerTestMarac(harness.app, MARAC, PARTNERSHIP);
    victim = await registerTestPerson(harness.app, PARTNERSHIP, 'Write Time Victim');
    const referral = await as('coordinator')
      .post('/marac/referrals', {
        ...referralBody({ partnershipId: PARTNERSHIP, maracId: MARAC, victimId: victim }),
        referralDate: '2026-06-01',
      })
      .expect(201);
    caseId = referral.body.caseId;
  });
  afterAll(async () => harness.close());

  it("shows on the case record which streams each agency's standing was read from, at which revision", async () => {
    const { sharing } = await caseRecord();
    expect(sharing[0].streamsRead).toEqual([
      { streamName: `sharing_defaults-${PARTNERSHIP}`, revision: -1 },
      { streamName: `sharing-${victim}`, revision: -1 },
      // Which records are the victim: the partnership's merge ledger.
      { streamName: `person_merges-${PARTNERSHIP}`, revision: -1 },
    ]);
    await consent('police', 'marac', 'given', '2026-06-02');
    const police = ((await caseRecord()).sharing as { agency: string; standing: string; streamsRead: unknown[] }[]).find(
      (s) => s.agency === 'police',
    )!;
    expect(police.standing).toBe('consent');
    expect(police.streamsRead).toContainEqual({ streamName: `sharing-${victim}`, revision: 0 });
  });

  it('refuses an action whose consent is withdrawn between the check and the append, with the 409 naming the agency', async () => {
    const before = (await caseRecord()).revision;
    const { response: refused, wroteInBetween } = await withWriteBeforeAppend(
      `marac_case-${caseId}`,
      'AgencyActionAdded',
      () => consent('police', 'marac', 'withdrawn', '2026-06-03'),
      () => action('police', 'a-police'),
    );
    expect(wroteInBetween).toBe(true);
    expect(refused.status).toBe(409);
    expect(refused.body.detail).toMatch(/may not be shared with police for marac: there is neither their consent nor a lawful basis/);
    expect(refused.body.detail).not.toMatch(/Write Time Victim/);
    expect((await caseRecord()).revision).toBe(before);
    expect(await actionsOnCase()).not.toContain('a-police');
  });

  it('refuses moving an action to an agency whose consent is refused between the check and the append', async () => {
    await action('health', 'a-health').expect(201);
    const { response: refused, wroteInBetween } = await withWriteBeforeAppend(
      `marac_case-${caseId}`,
      'MaracRecordAmended',
      () => consent('education', 'marac', 'refused', '2026-06-03'),
      () => as('coordinator').post(`/marac/cases/${caseId}/actions/a-health/amend`, { reason: 'Wrong agency', agency: 'education' }),
    );
    expect(wroteInBetween).toBe(true);
    expect(refused.status).toBe(409);
    expect(refused.body.detail).toMatch(/may not be shared with education for marac/);
    const moved = ((await caseRecord()).actions as { actionId: string; agency: string }[]).find((a) => a.actionId === 'a-health')!;
    expect(moved.agency).toBe('health');
  });

  it("refuses a share on the partnership's default when an admin clears it between the check and the append", async () => {
    const { response: refused, wroteInBetween } = await withWriteBeforeAppend(
      `sharing-${victim}`,
      'InformationShared',
      () => as('admin').put(`/sharing/partnerships/${PARTNERSHIP}/defaults/iom`, { basis: null }).expect(200),
      () => as('coordinator').post(`/sharing/people/${victim}/shares`, { agency: 'probation', purpose: 'iom', on: '2026-06-04' }),
    );
    expect(wroteInBetween).toBe(true);
    expect(refused.status).toBe(409);
    expect(refused.body.detail).toMatch(/may not be shared with probation for iom/);
    const stored = await store.readStream(`sharing-${victim}`);
    expect(stored.filter((e) => e.type === 'InformationShared')).toEqual([]);
    await as('admin').put(`/sharing/partnerships/${PARTNERSHIP}/defaults/iom`, { basis: 'dpa-2018-part-3' }).expect(200);
  });

  it('refuses an action when a merge between the check and the append brings in a record whose consent refuses it', async () => {
    await consent('probation', 'marac', 'given', '2026-06-05');
    const duplicate = await registerTestPerson(harness.app, PARTNERSHIP, 'Write Time Duplicate');
    await consent('probation', 'marac', 'refused', '2026-06-06', duplicate);
    const { response: refused, wroteInBetween } = await withWriteBeforeAppend(
      `marac_case-${caseId}`,
      'AgencyActionAdded',
      () =>
        as('coordinator')
          .post(`/people/${duplicate}/merge`, { intoPersonId: victim, reason: 'The same person, referred twice' })
          .expect(200),
      () => action('probation', 'a-probation'),
    );
    expect(wroteInBetween).toBe(true);
    expect(refused.status).toBe(409);
    expect(refused.body.detail).toMatch(/may not be shared with probation for marac/);
    expect(await actionsOnCase()).not.toContain('a-probation');
  });

  it('records the action when what was written in between still lets the agency share: the standing is read again', async () => {
    const { response: recorded, wroteInBetween } = await withWriteBeforeAppend(
      `marac_case-${caseId}`,
      'AgencyActionAdded',
      () => consent('idva', 'marac', 'given', '2026-06-04'),
      () => action('housing', 'a-housing'),
    );
    expect(wroteInBetween).toBe(true);
    expect(recorded.status).toBe(201);
    expect(await actionsOnCase()).toContain('a-housing');
  });
});
