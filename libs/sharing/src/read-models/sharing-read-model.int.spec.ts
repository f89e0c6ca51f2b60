import { CommandExecutor, streamName } from '@app/event-store';
import { rebuildProjection } from '@app/projections';
import { openTestPlatform, runProjectionLive, type TestPlatform, numberedCommandContexts } from '@app/testing';
import { sharingDecider, sharingEventTypes, type SharingCommand } from '../domain/index.js';
import { sharingContext } from '../sharing.context.js';

/**
 * The sharing projection against a real PostgreSQL: consent and decisions for one agency interleaved across
 * batches of three keep the latest of each; a live run and a rebuild give the same rows.
 */
describe('the sharing read model', () => {
  let platform: TestPlatform;
  let executor: CommandExecutor;
  const context = numberedCommandContexts({ actor: 'int-test', occurredAt: '2026-01-01T00:00:00Z', partnershipId: 'csp-int' });
  const about = { personId: 'p1', partnershipId: 'csp-int', recordedBy: 'u1', today: '2026-06-30', purpose: 'marac' as const };
  const record = (command: SharingCommand) =>
    executor.handle(streamName('sharing', command.personId), sharingDecider, (s) => sharingDecider.decide(command, s), {
      context: context(),
    });
  const snapshot = async () => ({
    statuses: await platform.dataSource.query('SELECT * FROM sharing_statuses ORDER BY person_id, agency, purpose'),
    shares: await platform.dataSource.query('SELECT * FROM sharing_shares ORDER BY share_id'),
  });

  beforeAll(async () => {
    platform = await openTestPlatform({
      entities: sharingContext.entities,
      migrations: sharingContext.migrations,
      eventTypes: sharingEventTypes,
    });
    executor = new CommandExecutor(platform.store, platform.codec);
  });
  afterAll(async () => platform?.dispose());

  it('gives the same rows from a live run in small batches and from a rebuild', async () => {
    await record({ ...about, type: 'RecordConsent', agency: 'housing', decision: 'given', how: 'verbal', on: '2026-06-01' });
    await record({
      ...about,
      type: 'DecideSharingWithoutConsent',
      agency: 'housing',
      basis: 'safeguarding',
      decidedBy: 'chair',
      reason: 'At risk',
      on: '2026-06-02',
    });
    await record({ ...about, type: 'RecordConsent', agency: 'housing', decision: 'withdrawn', how: 'written', on: '2026-06-03' });
    await record({ ...about, type: 'RecordShare', agency: 'housing', shareId: 's1', on: '2026-06-04', defaultBasis: null });
    await record({
      ...about,
      type: 'DecideSharingWithoutConsent',
      agency: 'housing',
      basis: 'vital-interests',
      decidedBy: 'chair',
      reason: 'At risk',
      on: '2026-06-05',
    });
    await record({ ...about, type: 'RecordConsent', agency: 'police', decision: 'refused', how: 'verbal', on: '2026-06-05' });

    await runProjectionLive(platform, sharingContext.projections[0]);
    const live = await snapshot();
    expect(live.statuses).toEqual([
      expect.objectContaining({
        agency: 'housing',
        consent: 'withdrawn',
        consent_how: 'written',
        basis: 'vital-interests',
        consent_revision: 2,
        basis_revision: 4,
      }),
      expect.objectContaining({ agency: 'police', consent: 'refused', basis: null }),
    ]);
    expect(live.shares).toEqual([expect.objectContaining({ share_id: 's1', agency: 'housing', standing: 'basis', basis: 'safeguarding' })]);
    await rebuildProjection(platform.dataSource, platform.store, platform.codec, sharingContext.projections[0]);
    expect(await snapshot()).toEqual(live);
  });
});
