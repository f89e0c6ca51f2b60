import { QueryBus } from '@nestjs/cqrs';
import type { AuthenticatedUser } from '@app/access';
import { boundedContexts } from '@app/contexts';
import { GetAreaReoffendingQuery, GetCohortMeasuresQuery } from '@app/iom';
import { ProjectionsService } from '@app/projections';
import { CommandBus } from '@nestjs/cqrs';
import { startTestApp, type TestApp } from '@app/testing';
import { loadIomDemo } from '../apps/cli/src/demo-iom.js';
import { DEMO_CALLER, DEMO_PARTNERSHIP, demoContext } from '../apps/cli/src/demo-ids.js';

/** `npm run demo`'s IOM cohorts load through the buses, and the measures count every member and offence of them. */
describe('the IOM demo cohorts', () => {
  let harness: TestApp;
  const partnershipId = DEMO_PARTNERSHIP;
  const caller = DEMO_CALLER;
  const ctx = demoContext;
  const lead: AuthenticatedUser = { id: 'demo-lead', roles: ['iom-lead'], partnerships: [partnershipId] };

  beforeAll(async () => {
    harness = await startTestApp(boundedContexts, { RETENTION_INTERVAL_MS: '0' });
  });
  afterAll(async () => {
    await harness?.close();
  });

  it('loads two cohorts of 24 with two years of offending, and the figures count them; a second load adds nothing', async () => {
    const commands = harness.app.get(CommandBus);
    const stats = await loadIomDemo(commands, partnershipId, caller, ctx, '2025-07-01');
    expect(stats.cohorts.map((cohort) => cohort.area)).toEqual(['North', 'South']);
    expect(stats.members).toBe(48);
    expect(stats.offences).toBeGreaterThan(150);
    expect(stats.exits).toBeGreaterThan(0);
    await harness.app.get(ProjectionsService).waitUntilCaughtUp();

    const queries = harness.app.get(QueryBus);
    // Every adoption and offence falls between 2022-07-01 and 2025-06-30 (the year before the first adoption to the demo's today).
    const period = { form: 'dates' as const, from: '2022-07-01', to: '2025-06-30', label: 'demo' };
    const areas = await queries.execute(new GetAreaReoffendingQuery(lead, { partnershipId, period }));
    expect(areas.areas.map((area) => area.area)).toEqual(['North', 'South']);
    expect(areas.areas.reduce((sum, area) => sum + Number(area.members), 0)).toBe(stats.members);
    expect(areas.areas.reduce((sum, area) => sum + Number(area.offences), 0)).toBe(stats.offencesWhileOnCohort);
    const north = await queries.execute(
      new GetCohortMeasuresQuery(lead, { cohortId: stats.cohorts[0].cohortId, period, asOf: '2025-07-01' }),
    );
    expect(north.rates.members).toBe(24);
    expect(north.beforeAfter.members).toBeGreaterThan(0);
    expect(north.provenReoffending.interim).toBe(true);

    const again = await loadIomDemo(commands, partnershipId, caller, ctx, '2025-07-01');
    expect(again).toEqual(stats);
    await harness.app.get(ProjectionsService).waitUntilCaughtUp();
    const after = await queries.execute(new GetAreaReoffendingQuery(lead, { partnershipId, period }));
    expect(after).toEqual(areas);
  }, 180_000); // two loads of the demo's commands (about 30 s on an idle machine, longer beside the other suites)
});
