import request from 'supertest';
import { bearer, ROLES, type Role } from '@app/access';
import { AlertRulesProcessManager } from '@app/alerts';
import { boundedContexts } from '@app/contexts';
import { EVENT_STORE, EventCodec, type EventStore } from '@app/event-store';
import { Deadlines, performReaction, ProcessManagersService } from '@app/kit';
import { CommandBus } from '@nestjs/cqrs';
import { DataSource } from 'typeorm';
import { ProjectionsService } from '@app/projections';
import { addDays, addWorkingDays, todayInLondon, workingDaysBetween } from '@app/periods';
import { startTestApp, type TestApp } from '@app/testing';
import { registerTestMarac } from './support/marac-registration.js';
import { registerTestPerson } from './support/people.js';
import { referralBody } from './support/referral-body.js';
import { waitFor } from './support/task-ledger.js';
import type { components } from './support/api-client/safer-panels-api.js';

/**
 * Issue 16's alerts over HTTP: an overdue MARAC action raises an alert that resolves itself when the action
 * is completed; a MARAC victim referred to the ASB victim service raises the cross-service alert for the
 * MARAC coordinator; a Case Review stage raises "due soon" two working days before it is due (by default:
 * the Case Review procedure's one setting, which its log follows too); an amended due date of a completed
 * action raises nothing and moves an open one's alert; the retired Case Review alert settings are refused by
 * name; coordinators acknowledge and resolve; the role matrix; and no alert names anybody.
 */
const NORTH = 'csp-alerts-north';
const SOUTH = 'csp-alerts-south';
const MARAC = 'alerts-marac';
const SERVICE = 'alerts-asb';

/** An alert as `GET /alerts` answers it (the OpenAPI document's schema). */
type Alert = components['schemas']['AlertView'];

/** A minimal server-sent-events client over fetch (what a fetch-based browser client does): events until `enough` says so. */
async function readStream(
  url: string,
  headers: Record<string, string>,
  enough: (events: StreamEvent[]) => boolean,
  onOpen: () => Promise<void> = async () => undefined,
): Promise<StreamEvent[]> {
  const abort = new AbortController();
  const response = await fetch(url, { headers, signal: abort.signal });
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toMatch(/^text\/event-stream/);
  const reader = response.body!.getReader();
  const decoder = new TextDecoder();
  const events: StreamEvent[] = [];
  let buffer = '';
  let opened = false;
  try {
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      buffer += decoder.decode(value, { stream: true });
      let end: number;
      while ((end = buffer.indexOf('\n\n')) >= 0) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        if (!opened && block.includes(': connected')) {
          opened = true;
          await onOpen();
        }
        const field = (name: string) =>
          block
            .split('\n')
            .find((line) => line.startsWith(`${name}: `))
            ?.slice(name.length + 2);
        const data = field('data');
        if (data) events.push({ id: field('id')!, event: field('event')!, ...(JSON.parse(data) as { change: string; alert: Alert }) });
      }
      if (enough(events)) break;
    }
  } finally {
    abort.abort();
  }
  return events;
}

interface StreamEvent {
  id: string;
  event: string;
  change: string;
  alert: Alert;
}

describe('alerts over HTTP', () => {
  let harness: TestApp;
  let server: ReturnType<TestApp['app']['getHttpServer']>;
  const ids: Record<string, string> = {};
  const today = todayInLondon(new Date());

  const as = async (roles: Role[], partnership = NORTH, id = `alerts-${partnership}-${roles.join('+')}`) => {
    const authorization = await bearer(harness.app, { id, roles, partnerships: [partnership] });
    return {
      get: (path: string) => request(server).get(path).set('Authorization', authorization),
      post: (path: string, body: object = {}) => request(server).post(path).set('Authorization', authorization).send(body),
      patch: (path: string, body: object) => request(server).patch(path).set('Authorization', authorization).send(body),
      delete: (path: string) => request(server).delete(path).set('Authorization', authorization),
    };
  };
  const caughtUp = async () => {
    await harness.app.get(ProcessManagersService).waitUntilCaughtUp();
    await harness.app.get(ProjectionsService).waitUntilCaughtUp();
  };
  const alertsOf = async (roles: Role[], query = '') => {
    const response = await (await as(roles)).get(`/alerts?${query}`).expect(200);
    return response.body.items as Alert[];
  };
  /** Waits for the read model to show an alert matching `match` to a user with these roles. */
  const eventually = async (roles: Role[], query: string, match: (alert: Alert) => boolean): Promise<Alert> => {
    let found: Alert | undefined;
    await waitFor(async () => {
      await caughtUp();
      found = (await alertsOf(roles, query)).find(match);
      return found !== undefined;
    });
    return found!;
  };

  /** A Case Review application of the victim `ids.perpetrator` (a person of NORTH), received on the day given. */
  const caseReviewApplication = (receivedOn: string) => {
    const complainedOn = addDays(receivedOn, -20);
    return {
      partnershipId: NORTH,
      receivedOn,
      channel: 'online-form',
      applicantPersonId: ids.perpetrator,
      victimPersonId: ids.perpetrator,
      behaviourTypes: ['noise'],
      description: 'Loud music most nights.',
      complaints: [{ body: 'police', madeOn: complainedOn, behaviourDates: [complainedOn] }],
    };
  };
  /** The alert-ready events Case Review recorded on an application's stream. */
  const stageAlertEvents = async (applicationId: string) =>
    (await harness.app.get<EventStore>(EVENT_STORE).readStream(`case_review-${applicationId}`))
      .map((event) => event.type)
      .filter((type) => type === 'CaseReviewStageDueSoon' || type === 'CaseReviewStageOverdue');
  /** The application's entry in the single point of contact's log. */
  const logEntry = async (applicationId: string) => {
    await caughtUp();
    const log = await (await as(['asb-caseworker'])).get(`/case-reviews?partnershipId=${NORTH}&pageSize=100`).expect(200);
    return (log.body.items as { applicationId: string }[]).find((item) => item.applicationId === applicationId);
  };

  beforeAll(async () => {
    harness = await startTestApp(boundedContexts, { RETENTION_INTERVAL_MS: '0', RATE_LIMIT_PER_MINUTE: '100000' });
    await harness.app.listen(0, '127.0.0.1');
    server = harness.app.getHttpServer();
    await registerTestMarac(harness.app, MARAC, NORTH);
    ids.victim = await registerTestPerson(harness.app, NORTH, 'Imogen Thackeray');
    ids.perpetrator = await registerTestPerson(harness.app, NORTH, 'Jasper Wilding');
    const coordinator = await as(['coordinator']);
    const referral = await coordinator
      .post(
        '/marac/referrals',
        referralBody({
          partnershipId: NORTH,
          maracId: MARAC,
          victimId: ids.victim,
          perpetratorId: ids.perpetrator,
          victimName: 'Imogen Thackeray',
        }),
      )
      .expect(201);
    ids.case = referral.body.caseId;
    await (
      await as(['admin'])
    )
      .post('/victim-services', {
        serviceId: SERVICE,
        partnershipId: NORTH,
        name: 'ASB Support',
        provider: 'Victim Support',
        kind: 'asb-support',
      })
      .expect(201);
  });
  afterAll(async () => {
    await harness?.close();
  });

  it('raises an overdue MARAC action for the coordinators, and resolves it by itself when the action is completed', async () => {
    const coordinator = await as(['coordinator']);
    await coordinator
      .post(`/marac/cases/${ids.case}/actions`, {
        actionId: 'locks',
        agency: 'housing',
        description: 'Fit locks for Imogen',
        dueDate: '2024-05-01',
      })
      .expect(201);
    // Due in the future: scheduled, not raised.
    await coordinator
      .post(`/marac/cases/${ids.case}/actions`, {
        actionId: 'later',
        agency: 'police',
        description: 'Check bail',
        dueDate: addDays(today, 30),
      })
      .expect(201);
    const alert = await eventually(['coordinator'], 'kind=marac-action-overdue', (a) => a.record.id === ids.case);
    expect(alert).toMatchObject({
      state: 'raised',
      dueOn: '2024-05-01',
      audience: { kind: 'role', value: 'coordinator' },
      link: `/marac/cases/${ids.case}`,
    });
    expect((await alertsOf(['coordinator'], 'kind=marac-action-overdue')).filter((a) => a.record.id === ids.case)).toHaveLength(1);
    // Not for the ASB caseworkers; not in another partnership.
    expect(await alertsOf(['asb-caseworker'], 'kind=marac-action-overdue')).toEqual([]);
    const south = await (await as(['coordinator'], SOUTH)).get('/alerts').expect(200);
    expect(south.body.items).toEqual([]);
    expect(JSON.stringify(alert)).not.toMatch(/Imogen|Thackeray|locks/i);

    await coordinator.post(`/marac/cases/${ids.case}/actions/locks/complete`, { completedOn: today }).expect(200);
    const resolved = await eventually(['coordinator'], 'kind=marac-action-overdue&state=resolved', (a) => a.alertId === alert.alertId);
    expect(resolved).toMatchObject({ state: 'resolved', autoResolved: true, resolvedBy: null });
    expect((await alertsOf(['coordinator'], 'kind=marac-action-overdue')).filter((a) => a.record.id === ids.case)).toEqual([]);
  });

  it("raises nothing for an amended due date of a completed action, and moves an open action's alert to its new date", async () => {
    const coordinator = await as(['coordinator']);
    const slotEvents = async (alertId: string) =>
      (await harness.app.get<EventStore>(EVENT_STORE).readStream(`alert-${alertId}`)).map((event) => event.type);
    const amend = (actionId: string, dueDate: string) =>
      coordinator.post(`/marac/cases/${ids.case}/actions/${actionId}/amend`, { reason: 'Due date typed wrong', dueDate }).expect(200);
    const add = (actionId: string, dueDate: string) =>
      coordinator
        .post(`/marac/cases/${ids.case}/actions`, { actionId, agency: 'housing', description: 'Synthetic action', dueDate })
        .expect(201);
    const dueOn = (day: string) => (a: Alert) => a.record.id === ids.case && a.dueOn === day;

    // Completed, then its due date corrected: the alert that resolved itself stays resolved, nothing is raised.
    await add('fence', '2024-06-01');
    const fence = await eventually(['coordinator'], 'kind=marac-action-overdue', dueOn('2024-06-01'));
    await coordinator.post(`/marac/cases/${ids.case}/actions/fence/complete`, { completedOn: today }).expect(200);
    await eventually(['coordinator'], 'kind=marac-action-overdue&state=resolved', (a) => a.alertId === fence.alertId);
    await amend('fence', '2024-06-10');
    await caughtUp();
    expect(await slotEvents(fence.alertId)).toEqual(['AlertRaised', 'AlertAutoResolved']);
    expect((await alertsOf(['coordinator'], 'kind=marac-action-overdue')).some((a) => a.alertId === fence.alertId)).toBe(false);

    // Open, raised, and its due date corrected to later: not overdue any more, so it resolves and waits for the new date.
    await add('visit', '2024-06-02');
    const visit = await eventually(['coordinator'], 'kind=marac-action-overdue', dueOn('2024-06-02'));
    const newDue = addDays(today, 20);
    await amend('visit', newDue);
    const moved = await eventually(['coordinator'], 'kind=marac-action-overdue&state=resolved', (a) => a.alertId === visit.alertId);
    expect(moved).toMatchObject({ autoResolved: true, resolvedBy: null });
    expect(await slotEvents(visit.alertId)).toEqual(['AlertRaised', 'AlertAutoResolved', 'AlertScheduled']);
    expect((await harness.app.get(Deadlines).pending(`alert:${visit.alertId}`)).map((d) => d.dueAt.toISOString())).toEqual([
      `${addDays(newDue, 1)}T07:00:00.000Z`,
    ]);

    // Corrected back to a day long past: the waiting alert moves with it and is raised again.
    await amend('visit', '2024-06-03');
    const again = await eventually(['coordinator'], 'kind=marac-action-overdue', (a) => a.alertId === visit.alertId);
    expect(again).toMatchObject({ state: 'raised', dueOn: '2024-06-03' });
  });

  it('raises the cross-service alert for the MARAC coordinator when a MARAC victim is referred to the ASB victim service', async () => {
    const caseworker = await as(['asb-caseworker']);
    const vsCase = await caseworker
      .post(`/victim-services/${SERVICE}/referrals`, {
        personId: ids.victim,
        referralDate: today,
        referringPartner: 'police',
        asbCategory: 'personal',
        behaviourTypes: ['harassment'],
        location: 'Elm Road estate',
      })
      .expect(201);
    ids.vsCase = vsCase.body.caseId;
    const alert = await eventually(['coordinator'], 'kind=marac-victim-in-other-service', (a) => a.record.id === ids.case);
    expect(alert).toMatchObject({
      state: 'raised',
      record: { kind: 'marac_case', id: ids.case },
      audience: { value: 'coordinator' },
      dueOn: today,
    });
    expect(JSON.stringify(alert)).not.toMatch(/Imogen|Elm Road/);
    expect(await alertsOf(['asb-caseworker'], 'kind=marac-victim-in-other-service')).toEqual([]);

    // The coordinator acknowledges, then resolves it; the second resolve is refused.
    const coordinator = await as(['coordinator'], NORTH, 'alerts-coordinator-one');
    const acknowledged = await coordinator.post(`/alerts/${alert.alertId}/acknowledge`).expect(200);
    expect(acknowledged.body).toMatchObject({ alertId: alert.alertId, state: 'acknowledged' });
    expect((await coordinator.post(`/alerts/${alert.alertId}/acknowledge`).expect(409)).body.detail).toMatch(/acknowledged already/);
    await coordinator.post(`/alerts/${alert.alertId}/resolve`).expect(200);
    expect((await coordinator.post(`/alerts/${alert.alertId}/resolve`).expect(409)).body.detail).toMatch(/resolved already/);
    const done = await eventually(['coordinator'], 'state=resolved', (a) => a.alertId === alert.alertId);
    expect(done).toMatchObject({ acknowledgedBy: 'alerts-coordinator-one', resolvedBy: 'alerts-coordinator-one', autoResolved: false });
  });

  it('refuses to handle an alert that is not yours or does not exist, and bad filters', async () => {
    const [alert] = await alertsOf(['coordinator'], 'state=resolved');
    expect(alert).toBeDefined();
    await (await as(['coordinator'], SOUTH)).post(`/alerts/${alert.alertId}/resolve`).expect(404);
    await (await as(['asb-caseworker'])).post(`/alerts/${alert.alertId}/acknowledge`).expect(404);
    await (await as(['coordinator'])).post('/alerts/00000000-0000-4000-8000-000000000000/acknowledge').expect(404);
    const badId = await (await as(['coordinator'])).post('/alerts/not-an-id/acknowledge').expect(400);
    expect(JSON.stringify(badId.body)).toMatch(/alertId/);
    const badKind = await (await as(['coordinator'])).get('/alerts?kind=nonsense').expect(400);
    expect(JSON.stringify(badKind.body)).toMatch(/kind/);
    await (await as(['coordinator'])).get('/alerts?state=closed').expect(400);
    await (await as(['coordinator'])).get(`/alerts?partnershipId=${SOUTH}`).expect(404);
  });

  it('raises a Case Review stage "due soon" two working days before it is due, and resolves it when the stage is done', async () => {
    const receivedOn = addWorkingDays(today, -9);
    const acknowledgeBy = addWorkingDays(receivedOn, 10);
    const spoc = await as(['asb-caseworker']);
    const received = await spoc.post('/case-reviews', caseReviewApplication(receivedOn)).expect(201);
    ids.application = received.body.applicationId;
    expect(received.body.dueOn).toBe(acknowledgeBy);
    const alert = await eventually(['asb-caseworker'], 'kind=case-review-stage-due-soon', (a) => a.record.id === ids.application);
    expect(alert).toMatchObject({ state: 'raised', dueOn: acknowledgeBy, link: `/case-reviews/${ids.application}` });
    // One timing: the alert follows Case Review's own record that the stage is due soon, which its log agrees with.
    expect(await stageAlertEvents(ids.application)).toEqual(['CaseReviewStageDueSoon']);
    expect(await logEntry(ids.application)).toMatchObject({ dueOn: acknowledgeBy, dueSoon: true });
    // Not overdue yet: that one waits for its deadline.
    expect((await alertsOf(['asb-caseworker'], 'kind=case-review-stage-overdue')).filter((a) => a.record.id === ids.application)).toEqual(
      [],
    );

    await spoc.post(`/case-reviews/${ids.application}/acknowledgement`, { acknowledgedOn: today }).expect(200);
    const resolved = await eventually(['asb-caseworker'], 'state=resolved', (a) => a.alertId === alert.alertId);
    expect(resolved.autoResolved).toBe(true);
  });

  it("times a stage's due-soon alert and the log's flag by one setting of the Case Review procedure, as of the day received", async () => {
    const receivedOn = addWorkingDays(today, -7);
    const dueOn = addWorkingDays(receivedOn, 10);
    const spoc = await as(['asb-caseworker']);
    const deadlines = harness.app.get(Deadlines);
    const dueSoonDeadline = async (applicationId: string) =>
      (await deadlines.pending(`case-review:${applicationId}`)).map((d) => d.dueAt.toISOString()).sort()[0];

    // Due in three working days under the default two: not due soon yet, and its deadline waits for the morning of the second before.
    const byDefault = (await spoc.post('/case-reviews', caseReviewApplication(receivedOn)).expect(201)).body.applicationId as string;
    await caughtUp();
    expect(await dueSoonDeadline(byDefault)).toBe(`${addWorkingDays(dueOn, -2)}T07:00:00.000Z`);
    expect(await logEntry(byDefault)).toMatchObject({ dueOn, workingDaysLeft: workingDaysBetween(today, dueOn), dueSoon: false });

    // The partnership makes it four from the day received: an application received then is due soon now, in the log and as an alert.
    const admin = await as(['admin']);
    const settings = await admin
      .patch(`/partnerships/${NORTH}/case-review-settings`, { effectiveFrom: receivedOn, dueSoonWorkingDays: 4 })
      .expect(200);
    expect(settings.body).toMatchObject({ dueSoonWorkingDays: 4, inForceOn: receivedOn });
    const byFour = (await spoc.post('/case-reviews', caseReviewApplication(receivedOn)).expect(201)).body.applicationId as string;
    const alert = await eventually(['asb-caseworker'], 'kind=case-review-stage-due-soon', (a) => a.record.id === byFour);
    expect(alert).toMatchObject({ state: 'raised', dueOn });
    expect(await stageAlertEvents(byFour)).toEqual(['CaseReviewStageDueSoon']);
    expect(await logEntry(byFour)).toMatchObject({ dueOn, dueSoon: true });

    // The first keeps the procedure of its day: still not due soon, no alert.
    await caughtUp();
    expect(await logEntry(byDefault)).toMatchObject({ dueSoon: false });
    expect(await stageAlertEvents(byDefault)).toEqual([]);
    expect((await alertsOf(['asb-caseworker'], 'kind=case-review-stage-due-soon')).some((a) => a.record.id === byDefault)).toBe(false);
    await admin.patch(`/partnerships/${NORTH}/case-review-settings`, { dueSoonWorkingDays: 21 }).expect(400);
  });

  it('keeps thresholds as partnership settings: an admin changes them, out-of-range values are refused by name', async () => {
    const admin = await as(['admin']);
    const before = await admin.get(`/partnerships/${NORTH}/alert-settings`).expect(200);
    expect(before.body).toMatchObject({ maracActionOverdueAfterDays: 1, crossServiceLookbackMonths: 12, configured: false });
    // The Case Review timings are retired (Case Review's own procedure times its stages): named, they are refused, saying so.
    expect(before.body).not.toHaveProperty('caseReviewDueSoonWorkingDays');
    expect(before.body).not.toHaveProperty('caseReviewOverdueAfterDays');
    for (const retired of ['caseReviewDueSoonWorkingDays', 'caseReviewOverdueAfterDays']) {
      const refused = await admin
        .patch(`/partnerships/${NORTH}/alert-settings`, { [retired]: 2, maracActionOverdueAfterDays: 2 })
        .expect(400);
      expect(refused.body.errors).toEqual([
        { field: retired, messages: [expect.stringMatching(`^${retired} is no longer an alert setting`)] },
      ]);
    }
    const retiredNull = await admin.patch(`/partnerships/${NORTH}/alert-settings`, { caseReviewDueSoonWorkingDays: null }).expect(400);
    expect(retiredNull.body.detail).toMatch(/caseReviewDueSoonWorkingDays is no longer an alert setting.*case-review-settings/);
    const refused = await admin.patch(`/partnerships/${NORTH}/alert-settings`, { reassessmentOverdueAfterDays: 91 }).expect(400);
    expect(JSON.stringify(refused.body)).toMatch(/reassessmentOverdueAfterDays/);
    await admin.patch(`/partnerships/${NORTH}/alert-settings`, { immediateEmailKinds: ['nonsense'] }).expect(400);
    const changed = await admin.patch(`/partnerships/${NORTH}/alert-settings`, { maracActionOverdueAfterDays: 3 }).expect(200);
    expect(changed.body).toMatchObject({ maracActionOverdueAfterDays: 3, crossServiceLookbackMonths: 12, configured: true });
    expect(changed.body).not.toHaveProperty('caseReviewDueSoonWorkingDays');
    await (await as(['admin'], SOUTH)).patch(`/partnerships/${NORTH}/alert-settings`, { maracActionOverdueAfterDays: 3 }).expect(404);

    // A change stored before they were retired (version 1, naming them) still reads: without them, the rest in force.
    await harness.app.get<EventStore>(EVENT_STORE).appendToStream(
      `alert_settings-${SOUTH}`,
      [
        {
          eventId: '6f1c1d3e-2b8a-4c59-9d0e-5a4b3c2d1e0f',
          type: 'AlertSettingsChanged',
          schemaVersion: 1,
          data: {
            partnershipId: SOUTH,
            effectiveFrom: '2026-01-01',
            changes: { caseReviewDueSoonWorkingDays: 5, caseReviewOverdueAfterDays: 3, crossServiceLookbackMonths: 6 },
          },
          metadata: {
            eventId: '6f1c1d3e-2b8a-4c59-9d0e-5a4b3c2d1e0f',
            commandId: '6f1c1d3e-2b8a-4c59-9d0e-5a4b3c2d1e10',
            correlationId: '6f1c1d3e-2b8a-4c59-9d0e-5a4b3c2d1e10',
            causationId: '6f1c1d3e-2b8a-4c59-9d0e-5a4b3c2d1e10',
            actor: 'alerts-south-admin',
            occurredAt: '2026-01-01T09:00:00.000Z',
            partnershipId: SOUTH,
          },
        },
      ],
      { expectedRevision: 'no_stream' },
    );
    const south = await (await as(['admin'], SOUTH)).get(`/partnerships/${SOUTH}/alert-settings?on=2026-02-01`).expect(200);
    expect(south.body).toMatchObject({ crossServiceLookbackMonths: 6, maracActionOverdueAfterDays: 1, configured: true, revision: 0 });
    expect(south.body).not.toHaveProperty('caseReviewDueSoonWorkingDays');
    expect(south.body).not.toHaveProperty('caseReviewOverdueAfterDays');
    const southChanged = await (
      await as(['admin'], SOUTH)
    )
      .patch(`/partnerships/${SOUTH}/alert-settings`, { maracActionOverdueAfterDays: 2, effectiveFrom: '2026-02-01' })
      .expect(200);
    expect(southChanged.body).toMatchObject({ crossServiceLookbackMonths: 6, maracActionOverdueAfterDays: 2, revision: 1 });
  });

  it("sends a kind to a team when the partnership says so: the team's members see it (teams from the token), others do not", async () => {
    await (
      await as(['admin'])
    )
      .patch(`/partnerships/${NORTH}/alert-settings`, { teamsByKind: { 'marac-action-overdue': 'marac-north-team' } })
      .expect(200);
    await (
      await as(['coordinator'])
    )
      .post(`/marac/cases/${ids.case}/actions`, { actionId: 'refuge', agency: 'idva', description: 'Refuge space', dueDate: '2024-05-02' })
      .expect(201);
    const member = async () =>
      bearer(harness.app, { id: 'alerts-team-member', roles: ['iom-lead'], partnerships: [NORTH], teams: ['marac-north-team'] });
    let found: Alert | undefined;
    await waitFor(async () => {
      await caughtUp();
      const response = await request(server)
        .get('/alerts?scope=team&kind=marac-action-overdue')
        .set('Authorization', await member())
        .expect(200);
      found = (response.body.items as Alert[]).find((a) => a.record.id === ids.case);
      return found !== undefined;
    });
    expect(found).toMatchObject({ audience: { kind: 'team', value: 'marac-north-team' }, dueOn: '2024-05-02' });
    // A coordinator outside the team does not see it, and cannot handle it; the member can.
    expect((await alertsOf(['coordinator'], 'kind=marac-action-overdue')).some((a) => a.alertId === found!.alertId)).toBe(false);
    await (await as(['coordinator'])).post(`/alerts/${found!.alertId}/acknowledge`).expect(404);
    await request(server)
      .post(`/alerts/${found!.alertId}/acknowledge`)
      .set('Authorization', await member())
      .expect(200);
    const refused = await (
      await as(['admin'])
    )
      .patch(`/partnerships/${NORTH}/alert-settings`, { teamsByKind: { nonsense: 'x' } })
      .expect(400);
    expect(refused.body.detail).toMatch(/teamsByKind/);
  });

  it('streams an alert live to a client with a single-use ticket, and resumes after a reconnect from the last id', async () => {
    const url = await harness.app.getUrl();
    const coordinator = await as(['coordinator']);
    const authorization = await bearer(harness.app, { id: 'alerts-streamer', roles: ['coordinator'], partnerships: [NORTH] });
    const ticket = (await coordinator.post('/alerts/stream-tickets').expect(201)).body.ticket as string;
    const isRelisting = (e: StreamEvent) => e.alert.kind === 'marac-repeat-awaiting-relisting' && e.alert.record.id === ids.case;

    const first = await readStream(
      `${url}/alerts/stream?ticket=${ticket}`,
      {},
      (events) => events.some(isRelisting),
      async () => {
        await coordinator
          .post(`/marac/cases/${ids.case}/incidents`, { date: '2024-09-01', reportingAgency: 'police', description: 'Breach of bail' })
          .expect(201);
      },
    );
    const raised = first.find(isRelisting)!;
    expect(raised).toMatchObject({ event: 'alert', change: 'raised', alert: { state: 'raised', audience: { value: 'coordinator' } } });
    expect(raised.id).toMatch(/^\d+\/\d+$/);
    expect(JSON.stringify(first)).not.toMatch(/Imogen|bail/i);

    // The ticket was used: it opens nothing a second time; the bearer token is never taken from the URL.
    const reused = await request(server).get(`/alerts/stream?ticket=${ticket}`).expect(401);
    expect(reused.body.detail).toMatch(/stream ticket was refused/);
    await request(server)
      .get(`/alerts/stream?access_token=${authorization.slice(7)}`)
      .expect(401);
    await request(server).get('/alerts/stream').expect(401);
    await request(server).get('/alerts/stream').set('Authorization', authorization).set('Last-Event-ID', 'yesterday').expect(400);

    // While the client is away the alert is acknowledged; on reconnect it gets that change, not the raising again.
    await coordinator.post(`/alerts/${raised.alert.alertId}/acknowledge`).expect(200);
    await caughtUp();
    const again = await readStream(`${url}/alerts/stream`, { Authorization: authorization, 'Last-Event-ID': raised.id }, (events) =>
      events.some((e) => e.alert.alertId === raised.alert.alertId),
    );
    const next = again.filter((e) => e.alert.alertId === raised.alert.alertId);
    expect(next[0]).toMatchObject({ change: 'acknowledged', alert: { state: 'acknowledged' } });
    expect(again.every((e) => e.id !== raised.id)).toBe(true);

    // ?lastEventId= does the same for a client that cannot set the header (with a fresh ticket).
    const fresh = (await coordinator.post('/alerts/stream-tickets').expect(201)).body.ticket as string;
    const viaQuery = await readStream(`${url}/alerts/stream?ticket=${fresh}&lastEventId=${encodeURIComponent(raised.id)}`, {}, (events) =>
      events.some((e) => e.alert.alertId === raised.alert.alertId),
    );
    expect(viaQuery.find((e) => e.alert.alertId === raised.alert.alertId)?.change).toBe('acknowledged');
  });

  it('appends nothing when the alert rules read every event again (a restart before the checkpoint, a takeover)', async () => {
    await caughtUp();
    const alertEvents = async () =>
      (
        await harness.app
          .get(DataSource)
          .query<{ n: number }[]>(`SELECT count(*)::int AS n FROM es_events WHERE category IN ('alert', 'alert_watch')`)
      )[0].n;
    const before = await alertEvents();
    expect(before).toBeGreaterThan(0);
    const store = harness.app.get<EventStore>(EVENT_STORE);
    const manager = harness.app.get(AlertRulesProcessManager);
    const ports = { commandBus: harness.app.get(CommandBus), deadlines: harness.app.get(Deadlines) };
    const streams = [`marac_case-${ids.case}`, `vs_case-${ids.vsCase}`, `case_review-${ids.application}`];
    let reactions = 0;
    for (const stream of streams) {
      for (const envelope of await harness.app.get(EventCodec).decode(await store.readStream(stream), { revealPersonalData: false })) {
        if (!manager.eventTypes.includes(envelope.event.type)) continue;
        const planned = await manager.react(envelope);
        for (const [index, reaction] of planned.entries()) await performReaction(manager, envelope, index, reaction, ports);
        reactions += planned.length;
      }
    }
    expect(reactions).toBeGreaterThan(10);
    expect(await alertEvents()).toBe(before);
  });

  describe('role matrix', () => {
    const WORKERS: Role[] = ['coordinator', 'iom-lead', 'asb-caseworker', 'service-manager', 'admin'];
    const rows: {
      method: 'get' | 'post' | 'patch' | 'delete';
      path: () => string;
      body?: object;
      admitted: readonly Role[];
      status: number[];
    }[] = [
      { method: 'get', path: () => '/alerts', admitted: WORKERS, status: [200] },
      { method: 'post', path: () => '/alerts/00000000-0000-4000-8000-000000000000/acknowledge', admitted: WORKERS, status: [404] },
      { method: 'post', path: () => '/alerts/00000000-0000-4000-8000-000000000000/resolve', admitted: WORKERS, status: [404] },
      { method: 'get', path: () => `/partnerships/${NORTH}/alert-settings`, admitted: WORKERS, status: [200] },
      { method: 'post', path: () => '/alerts/stream-tickets', admitted: WORKERS, status: [201] },
      { method: 'get', path: () => '/alerts/stream?lastEventId=0/0&probe=1', admitted: WORKERS, status: [400] },
      {
        method: 'patch',
        path: () => `/partnerships/${NORTH}/alert-settings`,
        body: { crossServiceLookbackMonths: 12 },
        admitted: ['admin'],
        status: [200],
      },
      { method: 'delete', path: () => '/alert-recipients/alerts-nobody', admitted: ['admin'], status: [404] },
    ];
    const cases = rows.flatMap((row) => ROLES.map((role) => ({ ...row, role, allowed: row.admitted.includes(role) })));

    it('covers every alerts route in the OpenAPI document', async () => {
      const doc = (await request(server).get('/docs/openapi.json').expect(200)).body as { paths: Record<string, object> };
      const documented = Object.entries(doc.paths)
        .filter(([path]) => path.startsWith('/alerts') || path.startsWith('/alert-recipients') || path.endsWith('/alert-settings'))
        .flatMap(([path, methods]) => Object.keys(methods).map((method) => `${method} ${path}`))
        .sort();
      const tested = rows
        .map((row) => `${row.method} ${row.path().split('?')[0]}`)
        .map((route) =>
          route
            .replace(/\/alerts\/[0-9a-f-]{36}\//, '/alerts/{alertId}/')
            .replace('/alert-recipients/alerts-nobody', '/alert-recipients/{userId}')
            .replace(`/partnerships/${NORTH}/`, '/partnerships/{partnershipId}/'),
        );
      expect([...new Set(tested)].sort()).toEqual(documented);
    });
    it.each(cases)('$method $path as $role → allowed: $allowed', async ({ method, path, body, role, allowed, status }) => {
      const client = await as([role]);
      const response = await (method === 'get' || method === 'delete' ? client[method](path()) : client[method](path(), body ?? {}));
      if (allowed) expect(status).toContain(response.status);
      else {
        expect(response.status).toBe(403);
        expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
      }
    });
  });
});
