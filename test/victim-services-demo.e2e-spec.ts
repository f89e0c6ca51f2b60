import { CommandBus, QueryBus } from '@nestjs/cqrs';
import type { AuthenticatedUser } from '@app/access';
import { boundedContexts } from '@app/contexts';
import { ProjectionsService } from '@app/projections';
import { startTestApp, type TestApp } from '@app/testing';
import { GetDistanceTravelledQuery, GetQuarterlyTableQuery } from '@app/victim-services';
import { DEMO_ASB_SERVICE, loadVictimServicesDemo } from '../apps/cli/src/demo-victim-services.js';
import { DEMO_CALLER, DEMO_PARTNERSHIP, demoContext } from '../apps/cli/src/demo-ids.js';

/** `npm run demo`'s year of ASB support casework loads through the buses, and every table of the service has data. */
describe('the victim-services demo year', () => {
  let harness: TestApp;
  const partnershipId = DEMO_PARTNERSHIP;
  const caller = DEMO_CALLER;
  const ctx = demoContext;

  beforeAll(async () => {
    harness = await startTestApp(boundedContexts, { RETENTION_INTERVAL_MS: '0' });
  });
  afterAll(async () => {
    await harness?.close();
  });

  it('loads a year of casework, and the quarterly table, the contacts table and distance travelled all have data', async () => {
    const stats = await loadVictimServicesDemo(harness.app.get(CommandBus), partnershipId, caller, ctx, '2025-07-01');
    expect(stats.cases).toBe(64);
    expect(stats.reReferrals).toBeGreaterThan(0);
    expect(stats.closures).toBeGreaterThan(0);
    expect(stats.notices).toBeGreaterThan(0);
    await harness.app.get(ProjectionsService).waitUntilCaughtUp();
    const manager: AuthenticatedUser = { id: 'demo-manager', roles: ['service-manager'], partnerships: [partnershipId] };
    const queries = harness.app.get(QueryBus);
    const table = await queries.execute(new GetQuarterlyTableQuery(manager, { serviceId: DEMO_ASB_SERVICE, financialYear: '2024-25' }));
    const year = (name: string) => table.rows.find((r) => r.name === name)!.year.value;
    expect(year('new_referrals')).toBe(64);
    for (const name of [
      'needs_assessments_completed',
      'victims_supported',
      'cases_closed',
      'exit_surveys_completed',
      'repeat_victims',
      'case_review_notices_given',
      'cases_closed_with_distance',
    ])
      expect([name, year(name)]).toEqual([name, expect.any(Number)]);
    expect(table.stockFlow.every((check) => check.balances)).toBe(true);
    expect(table.contacts.some((row) => typeof row.year === 'number' && row.year > 0)).toBe(true);
    const distance = await queries.execute(
      new GetDistanceTravelledQuery(manager, {
        serviceId: DEMO_ASB_SERVICE,
        period: { form: 'financialYear', financialYear: '2024-25', label: '2024-25', from: '2024-04-01', to: '2025-03-31' },
      }),
    );
    expect(distance.casesMeasured).toBe(year('cases_closed_with_distance'));
    expect(distance.domains.find((d) => d.domain === 'safety')!.averageChange).toEqual(expect.any(Number));
  });
});
