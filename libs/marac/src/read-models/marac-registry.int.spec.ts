import { CommandExecutor, streamName } from '@app/event-store';
import { rebuildProjection } from '@app/projections';
import { rangeOfFinancialYear } from '@app/periods';
import { openTestPlatform, runProjectionLive, type TestPlatform, numberedCommandContexts } from '@app/testing';
import {
  MARAC_PANEL_STREAM_CATEGORY,
  MARAC_SETTINGS_STREAM_CATEGORY,
  maracEventTypes,
  maracPanelDecider,
  maracSettingsDecider,
  maracSettingsInForceForPeriod,
  type ChangeMaracSettings,
  type MaracPanelCommand,
} from '../domain/index.js';
import { maracEntities, maracMigrations } from '../marac.context.js';
import { MaracPanelsReader } from './marac-panels.reader.js';
import { maracPanelsProjection, maracSettingsHistoryProjection } from './marac-registry.projections.js';
import { MaracSettingsReader } from './marac-settings.reader.js';

/**
 * The MARAC registry's read models against a real PostgreSQL: the list of MARACs and the dated settings
 * history, the same from a live runner in small batches and from a rebuild, and read back as the
 * settings in force for past and present periods.
 */
describe('MARAC registry read models', () => {
  let platform: TestPlatform;
  let executor: CommandExecutor;
  const projections = [maracPanelsProjection, maracSettingsHistoryProjection];

  const contexts = numberedCommandContexts({ actor: 'admin-int', occurredAt: '2026-06-01T09:00:00Z' });
  const context = (occurredAt: string) => contexts({ occurredAt });
  const onMarac = (maracId: string, command: MaracPanelCommand, occurredAt = '2026-06-01T09:00:00Z') =>
    executor.handle(streamName(MARAC_PANEL_STREAM_CATEGORY, maracId), maracPanelDecider, (s) => maracPanelDecider.decide(command, s), {
      context: context(occurredAt),
    });
  const onSettings = (command: ChangeMaracSettings) =>
    executor.handle(
      streamName(MARAC_SETTINGS_STREAM_CATEGORY, command.partnershipId),
      maracSettingsDecider,
      (s) => maracSettingsDecider.decide(command, s),
      {
        context: context('2026-06-01T09:00:00Z'),
      },
    );

  const snapshot = async () => ({
    panels: await platform.dataSource.query('SELECT * FROM marac_panels ORDER BY marac_id'),
    history: await platform.dataSource.query('SELECT * FROM marac_settings_history ORDER BY owner_kind, owner_id, revision'),
  });

  beforeAll(async () => {
    platform = await openTestPlatform({ migrations: maracMigrations, entities: maracEntities, eventTypes: maracEventTypes });
    executor = new CommandExecutor(platform.store, platform.codec);
  });
  afterAll(async () => {
    await platform?.dispose();
  });

  it('lists MARACs and keeps every settings change with its date, live and rebuilt alike', async () => {
    await onMarac(
      'marac-north',
      { type: 'RegisterPanel', panelId: 'marac-north', partnershipId: 'csp-a', name: 'North' },
      '2026-01-05T10:00:00Z',
    );
    await onMarac('marac-north', { type: 'RenamePanel', name: 'North and West' });
    await onMarac('marac-south', {
      type: 'RegisterPanel',
      panelId: 'marac-south',
      partnershipId: 'csp-a',
      name: 'South',
      overrides: { effectiveFrom: '2025-04-01', changes: { adultFemalePopulation: 20_000 } },
    });
    await onMarac('marac-east', { type: 'RegisterPanel', panelId: 'marac-east', partnershipId: 'csp-b', name: 'East' });
    await onSettings({
      type: 'ChangePartnershipSettings',
      partnershipId: 'csp-a',
      effectiveFrom: '2024-04-01',
      changes: { repeatBandHigh: 0.42, adultFemalePopulation: 50_000 },
    });
    // Changed "today", effective today: last year keeps the band it had.
    await onSettings({
      type: 'ChangePartnershipSettings',
      partnershipId: 'csp-a',
      effectiveFrom: '2026-06-01',
      changes: { repeatBandLow: 0.3, repeatBandHigh: 0.35 },
    });
    await onMarac('marac-south', {
      type: 'OverridePanelSettings',
      effectiveFrom: '2026-04-01',
      changes: { repeatBandLow: 0.25, repeatBandHigh: 0.45 },
    });

    for (const projection of projections) await runProjectionLive(platform, projection, 2);
    const live = await snapshot();
    expect(
      live.panels.map((row: { marac_id: string; name: string; partnership_id: string; last_revision: number }) => [
        row.marac_id,
        row.partnership_id,
        row.name,
        row.last_revision,
      ]),
    ).toEqual([
      ['marac-east', 'csp-b', 'East', 0],
      ['marac-north', 'csp-a', 'North and West', 1],
      ['marac-south', 'csp-a', 'South', 0], // its overrides are in the settings history, not the list
    ]);
    expect(live.history).toHaveLength(4);

    const panels = new MaracPanelsReader(platform.dataSource);
    expect(await panels.maracsOf(['csp-a'])).toEqual([
      { maracId: 'marac-north', partnershipId: 'csp-a', name: 'North and West', registeredAt: '2026-01-05T10:00:00.000Z' },
      { maracId: 'marac-south', partnershipId: 'csp-a', name: 'South', registeredAt: '2026-06-01T09:00:00.000Z' },
    ]);
    expect(await panels.maracsOf([])).toEqual([]);

    const settings = new MaracSettingsReader(platform.dataSource);
    const [north, south, east] = await settings.historiesOf([
      { partnershipId: 'csp-a', maracId: 'marac-north' },
      { partnershipId: 'csp-a', maracId: 'marac-south' },
      { partnershipId: 'csp-b', maracId: 'marac-east' },
    ]);
    const lastYear = rangeOfFinancialYear('2025-26');
    const thisYear = rangeOfFinancialYear('2026-27');
    expect(maracSettingsInForceForPeriod(north, lastYear)).toEqual({
      repeatBandLow: 0.28,
      repeatBandHigh: 0.42,
      adultFemalePopulation: 50_000,
      policeCallOutThreshold: 3,
    });
    expect(maracSettingsInForceForPeriod(north, thisYear)).toEqual({
      repeatBandLow: 0.3,
      repeatBandHigh: 0.35,
      adultFemalePopulation: 50_000,
      policeCallOutThreshold: 3,
    });
    expect(maracSettingsInForceForPeriod(south, lastYear)).toEqual({
      repeatBandLow: 0.28,
      repeatBandHigh: 0.42,
      adultFemalePopulation: 20_000,
      policeCallOutThreshold: 3,
    });
    expect(maracSettingsInForceForPeriod(south, thisYear)).toEqual({
      repeatBandLow: 0.25,
      repeatBandHigh: 0.45,
      adultFemalePopulation: 20_000,
      policeCallOutThreshold: 3,
    });
    expect(maracSettingsInForceForPeriod(east, thisYear)).toEqual({
      repeatBandLow: 0.28,
      repeatBandHigh: 0.4,
      adultFemalePopulation: null,
      policeCallOutThreshold: 3,
    });

    for (const projection of projections) await rebuildProjection(platform.dataSource, platform.store, platform.codec, projection);
    expect(await snapshot()).toEqual(live);
  });
});
