import { CommandExecutor, streamName } from '@app/event-store';
import { openTestPlatform, type TestPlatform, numberedCommandContexts } from '@app/testing';
import { maracCaseDecider, maracEventTypes, maracUpcasters, maracVictimDecider, repeatOf, type ReferCase } from '../domain/index.js';
import { maracEntities, maracMigrations } from '../marac.context.js';
import { recordReferralPerpetrators } from './record-referral-perpetrators.js';

/**
 * The start-up upgrade of the perpetrator rule against a real PostgreSQL: a victim's history written
 * before it recorded perpetrators (VictimReferred version 1) gets them from the cases, once.
 */
describe('MARAC referral perpetrators upgrade', () => {
  let platform: TestPlatform;
  let executor: CommandExecutor;
  const deps = () => ({
    dataSource: platform.dataSource,
    store: platform.store,
    codec: platform.codec,
    executor,
    occurredAt: '2026-06-01T00:00:00Z',
  });
  const context = numberedCommandContexts({ actor: 'coordinator-int', occurredAt: '2025-01-01T00:00:00Z', partnershipId: 'csp-a' });
  const refer = (caseId: string, victimId: string, perpetratorIds: string[]): ReferCase => ({
    today: '2025-12-31',
    type: 'ReferCase',
    caseId,
    maracId: 'marac-a',
    partnershipId: 'csp-a',
    referralDate: '2025-01-10',
    referringAgency: 'police',
    criterion: 'professional-judgement',
    victim: {
      personId: victimId,
      details: { fullName: 'Int Victim' },
      profile: { sex: 'female', ageAtReferral: 30, ethnicity: 'not-known', disabled: null, lgbtPlus: null, childrenInHousehold: 0 },
    },
    perpetrators: perpetratorIds.map((personId) => ({ personId, relationship: 'partner', details: { fullName: 'Int Perpetrator' } })),
    dash: null,
    isRepeat: false,
    previousCaseId: null,
  });
  /** A case and, as the history wrote it before this release, its VictimReferred of version 1 (no perpetrators). */
  const legacyReferral = async (caseId: string, victimId: string, perpetratorIds: string[]) => {
    const command = refer(caseId, victimId, perpetratorIds);
    await executor.handle(streamName('marac_case', caseId), maracCaseDecider, (s) => maracCaseDecider.decide(command, s), {
      context: context(),
    });
    const [encoded] = await platform.codec.encode(
      [
        {
          type: 'VictimReferred',
          data: {
            personId: victimId,
            caseId,
            maracId: 'marac-a',
            referralDate: '2025-01-10',
            criterion: 'professional-judgement',
            repeat: false,
            previousCaseId: null,
            policeCallOutsInWindow: 0,
          },
        },
      ],
      context(),
    );
    await platform.store.appendToStream(streamName('marac_victim', victimId), [{ ...encoded, schemaVersion: 1 }], {
      expectedRevision: 'no_stream',
    });
  };
  const history = (victimId: string) => executor.load(streamName('marac_victim', victimId), maracVictimDecider);

  beforeAll(async () => {
    platform = await openTestPlatform({
      migrations: maracMigrations,
      entities: maracEntities,
      eventTypes: maracEventTypes,
      upcasters: maracUpcasters,
    });
    executor = new CommandExecutor(platform.store, platform.codec);
  });
  afterAll(async () => {
    await platform?.dispose();
  });

  it("records each old referral's perpetrators from its case, once, and later referrals are decided by them", async () => {
    await legacyReferral('case-1', 'victim-1', ['perp-1', 'perp-2']);
    // A case whose registration in the victim's history is still to come (the process manager's): nothing to record.
    await executor.handle(
      streamName('marac_case', 'case-2'),
      maracCaseDecider,
      (s) => maracCaseDecider.decide(refer('case-2', 'victim-2', ['perp-3']), s),
      { context: context() },
    );

    const before = await history('victim-1');
    expect(before.state.referrals[0].perpetratorPersonIds).toBeNull();
    // Until recorded, the old referral shares a perpetrator with any (the victim-only rule it was decided under).
    expect(repeatOf(before.state, '2025-06-01', ['perp-9']).repeat).toBe(true);

    const runs = await Promise.all([recordReferralPerpetrators(deps()), recordReferralPerpetrators(deps())]);
    expect(runs.map((run) => run.referralPerpetratorsRecorded).sort()).toEqual([0, 1]);

    const events = await platform.store.readStream(streamName('marac_victim', 'victim-1'));
    expect(events.map((e) => [e.type, e.data, e.metadata.actor])).toEqual([
      ['VictimReferred', expect.any(Object), 'coordinator-int'],
      [
        'VictimReferralPerpetratorsRecorded',
        { personId: 'victim-1', caseId: 'case-1', perpetratorPersonIds: ['perp-1', 'perp-2'] },
        'system:upgrade',
      ],
    ]);
    expect(await platform.store.readStream(streamName('marac_victim', 'victim-2'))).toEqual([]);

    const after = await history('victim-1');
    expect(repeatOf(after.state, '2025-06-01', ['perp-9'])).toEqual({ repeat: false, previousCaseId: null });
    expect(repeatOf(after.state, '2025-06-01', ['perp-2'])).toEqual({ repeat: true, previousCaseId: 'case-1' });

    // A later start reads only the tail, and records nothing twice.
    expect(await recordReferralPerpetrators(deps())).toEqual({ referralPerpetratorsRecorded: 0 });
    expect(await platform.store.readStream(streamName('marac_victim', 'victim-1'))).toHaveLength(2);
  });
});
