import { CommandBus, QueryBus } from '@nestjs/cqrs';
import type { AuthenticatedUser } from '@app/access';
import { GetCaseReviewFiguresQuery } from '@app/case-review';
import { boundedContexts } from '@app/contexts';
import { ProcessManagersService } from '@app/kit';
import { ProjectionsService } from '@app/projections';
import { startTestApp, type TestApp } from '@app/testing';
import { loadCaseReviewDemo } from '../apps/cli/src/demo-case-review.js';
import { DEMO_CALLER, DEMO_PARTNERSHIP, demoContext } from '../apps/cli/src/demo-ids.js';

/** `npm run demo`'s year of Case Review applications loads through the buses, and the figures count it. */
describe('the Case Review demo year', () => {
  let harness: TestApp;
  const partnershipId = DEMO_PARTNERSHIP;
  const caller = DEMO_CALLER;
  const ctx = demoContext;

  beforeAll(async () => {
    harness = await startTestApp(boundedContexts, {
      RETENTION_INTERVAL_MS: '0',
    });
  });
  afterAll(async () => {
    await harness?.close();
  });

  it('loads 40 applications with reviews, and the figures count them', async () => {
    const commands = harness.app.get(CommandBus);
    const stats = await loadCaseReviewDemo(commands, partnershipId, caller, ctx, '2025-07-01');
    expect(stats.applications).toBe(40);
    expect(stats.reviews).toBeGreaterThan(0);
    await harness.app.get(ProcessManagersService).waitUntilCaughtUp();
    await harness.app.get(ProjectionsService).waitUntilCaughtUp();
    const analyst: AuthenticatedUser = {
      id: 'demo-analyst',
      roles: ['analyst'],
      partnerships: [partnershipId],
    };
    const figures = await harness.app.get(QueryBus).execute(
      new GetCaseReviewFiguresQuery(analyst, {
        partnershipId,
        range: { from: '2024-04-01', to: '2025-07-01' },
        label: 'demo',
      }),
    );
    expect(figures.applications).toBe(40);
    expect(figures.reviewsCarriedOut).toBe(stats.reviews);
    expect(figures.escalations).toBe(stats.escalations);
  });
});
