import { CommandExecutor } from '@app/event-store';
import { rebuildProjection } from '@app/projections';
import { openTestPlatform, runProjectionLive, type TestPlatform, numberedCommandContexts } from '@app/testing';
import {
  DEFAULT_OFFENCE_CATEGORIES,
  iomCohortDecider,
  iomEventTypes,
  iomOffenderDecider,
  type CohortTerms,
  type IomOffenderCommand,
} from '../domain/index.js';
import { cohortStream, offenderStream } from '../application/cohort-access.js';
import { iomEntities, iomMigrations } from '../iom.context.js';
import { iomMeasuresProjection } from './iom-measures.projection.js';

/**
 * The IOM read model against a real PostgreSQL: the same rows from a live runner in batches of three (one
 * member's events split across batches, an outcome in a later batch than its offence) and from a rebuild;
 * a batch applied again changes nothing.
 */
describe('IOM measures read model', () => {
  let platform: TestPlatform;
  let executor: CommandExecutor;
  const cohort: CohortTerms = {
    cohortId: 'cohort-int',
    partnershipId: 'csp-int',
    strands: ['Fixed', 'Flex', 'Free'],
    offenceCategories: DEFAULT_OFFENCE_CATEGORIES,
  };
  const context = numberedCommandContexts({ actor: 'iom-int', occurredAt: '2026-06-01T09:00:00Z' });
  type Body = IomOffenderCommand extends infer C ? (C extends IomOffenderCommand ? Omit<C, 'today' | 'cohort'> : never) : never;
  const on = (offenderId: string, body: Body) =>
    executor.handle(
      offenderStream(offenderId),
      iomOffenderDecider,
      (state) => iomOffenderDecider.decide({ ...body, today: '2026-06-01', cohort }, state),
      { context: context() },
    );
  const adoption = { leadAgency: 'Police', leadOfficer: 'PC', selectionScore: 3, selectionReason: 'reason' };
  const snapshot = async () => ({
    cohorts: await platform.dataSource.query('SELECT * FROM iom_cohorts ORDER BY cohort_id'),
    members: await platform.dataSource.query('SELECT * FROM iom_members ORDER BY offender_id'),
    offences: await platform.dataSource.query('SELECT * FROM iom_offences ORDER BY offender_id, offence_id'),
  });

  beforeAll(async () => {
    platform = await openTestPlatform({ migrations: iomMigrations, entities: iomEntities, eventTypes: iomEventTypes });
    executor = new CommandExecutor(platform.store, platform.codec);
  });
  afterAll(async () => {
    await platform?.dispose();
  });

  it('gives the same rows live and rebuilt', async () => {
    await executor.handle(
      cohortStream('cohort-int'),
      iomCohortDecider,
      (state) =>
        iomCohortDecider.decide(
          { type: 'RegisterCohort', cohortId: 'cohort-int', partnershipId: 'csp-int', area: 'North', name: 'North' },
          state,
        ),
      { context: context() },
    );
    await on('o1', { type: 'AdoptOffender', offenderId: 'o1', personId: 'p1', adoptedOn: '2025-01-10', strand: 'Fixed', ...adoption });
    await on('o1', { type: 'RecordOffence', offenceId: 'f1', offenceDate: '2024-06-01', category: 'drugs' });
    await on('o1', { type: 'ChangeOffenderStatus', status: 'in-custody', custodyKind: 'remanded', changedOn: '2025-02-01' });
    await on('o1', {
      type: 'RecordOffence',
      offenceId: 'f2',
      offenceDate: '2025-02-10',
      category: 'shoplifting',
      outcome: 'charged',
      outcomeDate: '2025-02-11',
    });
    await on('o2', { type: 'AdoptOffender', offenderId: 'o2', personId: 'p2', adoptedOn: '2025-01-01', strand: 'Flex', ...adoption });
    await on('o1', { type: 'ChangeOffenderStrand', strand: 'Flex', changedOn: '2025-03-01' });
    await on('o1', { type: 'RecordOffenceOutcome', offenceId: 'f2', outcome: 'convicted', outcomeDate: '2025-04-01' });
    await on('o2', { type: 'ExitOffender', exitedOn: '2025-05-01', reason: 'moved-away' });
    await on('o2', { type: 'AdoptOffender', offenderId: 'o2', personId: 'p2', adoptedOn: '2025-07-01', strand: 'Free', ...adoption });

    await runProjectionLive(platform, iomMeasuresProjection);
    const live = await snapshot();
    expect(live.cohorts).toEqual([
      expect.objectContaining({ cohort_id: 'cohort-int', strands: ['Fixed', 'Flex', 'Free'], before_after_months: 12 }),
    ]);
    expect(live.members).toEqual([
      expect.objectContaining({
        offender_id: 'o1',
        on_cohort: true,
        last_revision: 5,
        strands: [
          { strand: 'Fixed', from: '2025-01-10' },
          { strand: 'Flex', from: '2025-03-01' },
        ],
      }),
      expect.objectContaining({
        offender_id: 'o2',
        on_cohort: true,
        periods: [
          { period: 1, adoptedOn: '2025-01-01', exitedOn: '2025-05-01' },
          { period: 2, adoptedOn: '2025-07-01', exitedOn: null },
        ],
      }),
    ]);
    expect(
      live.offences.map((row: { offence_id: string; outcome: string | null; during_custody: boolean }) => [
        row.offence_id,
        row.outcome,
        row.during_custody,
      ]),
    ).toEqual([
      ['f1', null, false],
      ['f2', 'convicted', true],
    ]);

    await rebuildProjection(platform.dataSource, platform.store, platform.codec, iomMeasuresProjection);
    expect(await snapshot()).toEqual(live);
  });
});
