import { CommandExecutor, deriveId, streamName } from '@app/event-store';
import { rangeOfFinancialYear } from '@app/periods';
import { openTestPlatform, type TestPlatform, numberedCommandContexts } from '@app/testing';
import {
  CARRIED_OVER_SETTINGS_EFFECTIVE_FROM,
  maracCaseDecider,
  maracEventTypes,
  maracMeetingDecider,
  maracPanelDecider,
  maracSettingsDecider,
  maracSettingsInForceForPeriod,
  type ReferCase,
} from '../domain/index.js';
import { maracEntities, maracMigrations } from '../marac.context.js';
import { MARAC_UPGRADE_ACTOR, upgradeMaracRegistry } from './upgrade-marac-registry.js';

/**
 * The start-up upgrade against a real PostgreSQL: data written before the registry (referrals and
 * meetings naming MARACs nobody registered, undated partnership settings) keeps working.
 */
describe('MARAC registry upgrade', () => {
  let platform: TestPlatform;
  let executor: CommandExecutor;
  const deps = (occurredAt: string) => ({
    dataSource: platform.dataSource,
    store: platform.store,
    codec: platform.codec,
    executor,
    occurredAt,
  });
  const contexts = numberedCommandContexts({ actor: 'coordinator-int', occurredAt: '2025-01-01T00:00:00Z' });
  const context = (partnershipId: string) => contexts({ partnershipId });
  const refer = (caseId: string, maracId: string, partnershipId: string): ReferCase => ({
    today: '2025-12-31',
    type: 'ReferCase',
    caseId,
    maracId,
    partnershipId,
    referralDate: '2025-01-10',
    referringAgency: 'police',
    criterion: 'professional-judgement',
    victim: {
      personId: `p-${caseId}`,
      details: { fullName: 'Int Victim' },
      profile: { sex: 'female', ageAtReferral: 30, ethnicity: 'not-known', disabled: null, lgbtPlus: null, childrenInHousehold: 0 },
    },
    perpetrators: [{ personId: `perp-${caseId}`, relationship: 'partner', details: { fullName: 'Int Perpetrator' } }],
    dash: { answers: [...Array(12).fill('yes'), ...Array(12).fill('no')] },
    isRepeat: false,
    previousCaseId: null,
  });
  const onCase = (command: ReferCase) =>
    executor.handle(streamName('marac_case', command.caseId), maracCaseDecider, (s) => maracCaseDecider.decide(command, s), {
      context: context(command.partnershipId),
    });
  const scheduleMeeting = (meetingId: string, maracId: string, partnershipId: string) =>
    executor.handle(
      streamName('marac_meeting', meetingId),
      maracMeetingDecider,
      (s) =>
        maracMeetingDecider.decide(
          { type: 'ScheduleMeeting', meetingId, maracId, partnershipId, date: '2025-02-01', today: '2025-12-31' },
          s,
        ),
      { context: context(partnershipId) },
    );
  const registryOf = (maracId: string) => platform.store.readStream(streamName('marac_panel', maracId));

  beforeAll(async () => {
    platform = await openTestPlatform({ migrations: maracMigrations, entities: maracEntities, eventTypes: maracEventTypes });
    executor = new CommandExecutor(platform.store, platform.codec);
  });
  afterAll(async () => {
    await platform?.dispose();
  });

  it('registers each MARAC that events name, once, from several processes at once, and carries settings over', async () => {
    // Before the upgrade: MARACs exist because referrals and meetings name them.
    await onCase(refer('c1', 'marac-old', 'csp-a'));
    await onCase(refer('c2', 'marac-old', 'csp-a'));
    await scheduleMeeting('m1', 'marac-meetings-only', 'csp-a');
    await onCase(refer('c3', 'marac-old', 'csp-b')); // the same id under another partnership: kept under the first
    // One MARAC an admin registered already (a rerun after the registry shipped): left as it is.
    await executor.handle(
      streamName('marac_panel', 'marac-admin'),
      maracPanelDecider,
      (s) => maracPanelDecider.decide({ type: 'RegisterPanel', panelId: 'marac-admin', partnershipId: 'csp-a', name: 'Admin named' }, s),
      { context: { ...context('csp-a'), actor: 'admin-int' } },
    );
    await onCase(refer('c4', 'marac-admin', 'csp-a'));
    // Undated settings of the partnership_settings table, as PUT wrote them.
    await platform.dataSource.query(
      `INSERT INTO partnership_settings (partnership_id, repeat_band_low, repeat_band_high, adult_female_population, police_call_out_threshold, updated_at)
       VALUES ('csp-a', 0.2500, 0.4200, 48000, 4, now()), ('csp-b', 0.2800, 0.4000, NULL, 3, now())`,
    );

    // Two processes starting together (each run on its own connections): one upgrades, the other finds nothing to do.
    const runs = await Promise.all([
      upgradeMaracRegistry(deps('2026-06-01T00:00:00Z')),
      upgradeMaracRegistry(deps('2026-06-01T00:00:00Z')),
    ]);
    expect(runs.map((run) => run.maracsRegistered).sort()).toEqual([0, 2]);
    expect(runs.map((run) => run.maracsNamedByAnotherPartnership).sort()).toEqual([0, 1]);
    expect(runs.map((run) => run.settingsCarriedOver).reduce((a, b) => a + b)).toBe(2);

    for (const maracId of ['marac-old', 'marac-meetings-only']) {
      const events = await registryOf(maracId);
      expect(events.map((e) => [e.revision, e.type, e.data])).toEqual([
        [0, 'MaracRegistered', { panelId: maracId, partnershipId: 'csp-a', name: maracId }],
      ]);
      expect(events[0].metadata).toMatchObject({
        actor: MARAC_UPGRADE_ACTOR,
        commandId: deriveId('upgrade_marac_panels', maracId),
        partnershipId: 'csp-a',
      });
    }
    expect((await registryOf('marac-admin')).map((e) => [e.type, e.metadata.actor])).toEqual([['MaracRegistered', 'admin-int']]);

    const settings = await platform.store.readStream(streamName('marac_settings', 'csp-a'));
    expect(settings.map((e) => [e.type, e.data, e.metadata.actor])).toEqual([
      [
        'MaracSettingsChanged',
        {
          partnershipId: 'csp-a',
          effectiveFrom: CARRIED_OVER_SETTINGS_EFFECTIVE_FROM,
          changes: { repeatBandLow: 0.25, repeatBandHigh: 0.42, adultFemalePopulation: 48000, policeCallOutThreshold: 4 },
        },
        MARAC_UPGRADE_ACTOR,
      ],
    ]);
    // The carried-over values are those in force for every past period, as they were before the upgrade.
    const { state } = await executor.load(streamName('marac_settings', 'csp-b'), maracSettingsDecider);
    expect(maracSettingsInForceForPeriod({ partnership: state.changes, marac: [] }, rangeOfFinancialYear('2016-17'))).toEqual({
      repeatBandLow: 0.28,
      repeatBandHigh: 0.4,
      adultFemalePopulation: null,
      policeCallOutThreshold: 3,
    });

    // A later start reads only what was appended since; a MARAC named since (by an old process) is registered too.
    await onCase(refer('c5', 'marac-late', 'csp-b'));
    const later = await upgradeMaracRegistry(deps('2026-06-02T00:00:00Z'));
    expect(later).toEqual({ maracsRegistered: 1, maracsNamedByAnotherPartnership: 0, settingsCarriedOver: 0 });
    expect(await registryOf('marac-old')).toHaveLength(1);
    expect(await platform.store.readStream(streamName('marac_settings', 'csp-a'))).toHaveLength(1);
  });

  it('leaves settings changed after the upgrade as they are', async () => {
    await executor.handle(
      streamName('marac_settings', 'csp-a'),
      maracSettingsDecider,
      (s) =>
        maracSettingsDecider.decide(
          {
            type: 'ChangePartnershipSettings',
            partnershipId: 'csp-a',
            effectiveFrom: '2026-06-01',
            changes: { policeCallOutThreshold: 5 },
          },
          s,
        ),
      { context: context('csp-a') },
    );
    expect(await upgradeMaracRegistry(deps('2026-06-03T00:00:00Z'))).toMatchObject({ settingsCarriedOver: 0 });
    expect(await platform.store.readStream(streamName('marac_settings', 'csp-a'))).toHaveLength(2);
  });
});
