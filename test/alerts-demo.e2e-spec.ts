import request from 'supertest';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { bearer } from '@app/access';
import { boundedContexts } from '@app/contexts';
import { Deadlines, ProcessManagersService } from '@app/kit';
import { todayInLondon } from '@app/periods';
import { ProjectionsService } from '@app/projections';
import { startTestApp, type TestApp } from '@app/testing';
import { countDemoAlerts, loadAlertsDemo } from '../apps/cli/src/demo-alerts.js';
import { registerTestMarac } from './support/marac-registration.js';
import { DEMO_CALLER, DEMO_PARTNERSHIP, demoContext } from '../apps/cli/src/demo-ids.js';

/**
 * `npm run demo`'s live cases load through the buses and raise their alerts: an overdue MARAC action and
 * the MARAC victim referred to the ASB victim service for the coordinators, a Case Review stage due soon for
 * the ASB caseworkers; GET /alerts shows them (what the demo tells its user to look at); loading again adds nothing.
 */
describe('the alerts demo', () => {
  let harness: TestApp;
  const partnershipId = DEMO_PARTNERSHIP;
  const maracId = 'demo-marac-north';
  const caller = DEMO_CALLER;
  const ctx = demoContext;
  const load = async () => {
    await loadAlertsDemo(harness.app.get(CommandBus), partnershipId, caller, ctx, { maracId, today: todayInLondon(new Date()) });
    await harness.app.get(ProcessManagersService).waitUntilCaughtUp();
    // The Case Review stage's due-soon alert follows its deadline (due already): it fires, and the alert rules read it.
    await harness.app.get(Deadlines).waitUntilDueFired();
    await harness.app.get(ProcessManagersService).waitUntilCaughtUp();
    await harness.app.get(ProjectionsService).waitUntilCaughtUp();
  };

  beforeAll(async () => {
    harness = await startTestApp(boundedContexts, { RETENTION_INTERVAL_MS: '0' });
    await registerTestMarac(harness.app, maracId, partnershipId);
  });
  afterAll(async () => {
    await harness?.close();
  });

  it('raises one alert of each kind, shown by GET /alerts to the roles they are for', async () => {
    await load();
    const counts = await countDemoAlerts(harness.app.get(QueryBus), partnershipId);
    expect(Object.fromEntries(counts)).toEqual({
      'marac-action-overdue': 1,
      'marac-victim-in-other-service': 1,
      'case-review-stage-due-soon': 1,
    });

    const coordinator = await bearer(harness.app, { id: 'demo-user', roles: ['coordinator'], partnerships: [partnershipId] });
    const mine = await request(harness.app.getHttpServer()).get('/alerts').set('Authorization', coordinator).expect(200);
    const kinds = (mine.body.items as { kind: string; state: string; link: string }[]).map(({ kind, state }) => `${kind}:${state}`).sort();
    expect(kinds).toEqual(['marac-action-overdue:raised', 'marac-victim-in-other-service:raised']);
    expect(JSON.stringify(mine.body)).not.toMatch(/Demo Victim|Demo Perpetrator|door alarm/);
    const caseworker = await bearer(harness.app, { id: 'demo-spoc', roles: ['asb-caseworker'], partnerships: [partnershipId] });
    const theirs = await request(harness.app.getHttpServer()).get('/alerts').set('Authorization', caseworker).expect(200);
    expect((theirs.body.items as { kind: string }[]).map((alert) => alert.kind)).toEqual(['case-review-stage-due-soon']);

    // The loader's command ids come from fixed keys: a second load is a replay.
    await load();
    expect(Object.fromEntries(await countDemoAlerts(harness.app.get(QueryBus), partnershipId))).toEqual(Object.fromEntries(counts));
  });
});
