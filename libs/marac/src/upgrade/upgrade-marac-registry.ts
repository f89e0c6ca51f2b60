import { deriveId, streamName, type CommandContext, type EventEnvelope } from '@app/event-store';
import { registerNamedPanels, underAdvisoryLock, type ContextUpgrade, type NamedPanel, type UpgradeDependencies } from '@app/kit';
import {
  CARRIED_OVER_SETTINGS_EFFECTIVE_FROM,
  MARAC_CASE_STREAM_CATEGORY,
  MARAC_MEETING_STREAM_CATEGORY,
  MARAC_PANEL_STREAM_CATEGORY,
  MARAC_SETTINGS_STREAM_CATEGORY,
  maracPanelDecider,
  maracSettingsDecider,
  type CaseReferred,
  type MeetingScheduled,
} from '../domain/index.js';
import { PartnershipSettingsRecord } from '../read-models/partnership-settings.entity.js';

/** The system user the upgrade's events are written as. */
export const MARAC_UPGRADE_ACTOR = 'system:upgrade';

/** The metadata of an upgrade step's command: its own id for correlation and cause, the upgrade as actor. */
export function upgradeContext(commandId: string, occurredAt: string, partnershipId: string): CommandContext {
  return { commandId, correlationId: commandId, causationId: commandId, actor: MARAC_UPGRADE_ACTOR, occurredAt, partnershipId };
}

export interface MaracUpgradeResult extends Record<string, number> {
  /** MARACs that existing referrals or meetings named, registered now. */
  maracsRegistered: number;
  /** MARACs named under a second partnership too (kept under the first). */
  maracsNamedByAnotherPartnership: number;
  /** Partnerships whose undated settings became their first dated change now. */
  settingsCarriedOver: number;
}

/** A case is opened by CaseReferred and a meeting by MeetingScheduled: each names its MARAC and partnership. */
function maracNamedBy(envelope: EventEnvelope): NamedPanel | null {
  const event = envelope.event as CaseReferred | MeetingScheduled;
  if (event.type !== 'CaseReferred' && event.type !== 'MeetingScheduled') return null;
  return { panelId: event.data.maracId, partnershipId: event.data.partnershipId };
}

/**
 * Each row of the undated partnership_settings table becomes the partnership's first MaracSettingsChanged,
 * in force from CARRIED_OVER_SETTINGS_EFFECTIVE_FROM (those values were used for every period until now,
 * so they still are). An event rather than a history row: the log stays the one source, and a rebuild of
 * marac_settings_history keeps them. A partnership whose settings stream already exists is left as it is.
 */
async function carryOverPartnershipSettings({ dataSource, executor, occurredAt }: UpgradeDependencies): Promise<number> {
  const rows = await dataSource.getRepository(PartnershipSettingsRecord).find({ order: { partnershipId: 'ASC' } });
  let carried = 0;
  for (const row of rows) {
    const commandId = deriveId('upgrade_marac_settings', row.partnershipId);
    const outcome = await executor.handle(
      streamName(MARAC_SETTINGS_STREAM_CATEGORY, row.partnershipId),
      maracSettingsDecider,
      (state) =>
        state.changes.length > 0
          ? []
          : maracSettingsDecider.decide(
              {
                type: 'ChangePartnershipSettings',
                partnershipId: row.partnershipId,
                effectiveFrom: CARRIED_OVER_SETTINGS_EFFECTIVE_FROM,
                changes: {
                  repeatBandLow: Number(row.repeatBandLow),
                  repeatBandHigh: Number(row.repeatBandHigh),
                  adultFemalePopulation: row.adultFemalePopulation,
                  policeCallOutThreshold: row.policeCallOutThreshold,
                },
              },
              state,
            ),
      { context: upgradeContext(commandId, occurredAt, row.partnershipId), revealPersonalData: false },
    );
    if (outcome.events.length > 0 && !outcome.replayed) carried++;
  }
  return carried;
}

/**
 * The start-up upgrade that brought in the MARAC registry and dated settings, so that nothing that worked
 * before stops working: partnerships keep their settings, and every MARAC that referrals or meetings
 * already name is registered (named after its id; an admin can rename it). Idempotent and safe to run from
 * several processes at once (see registerNamedPanels); later runs read only the log appended since.
 */
export async function upgradeMaracRegistry(dependencies: UpgradeDependencies): Promise<MaracUpgradeResult> {
  const settingsCarriedOver = await underAdvisoryLock(dependencies.dataSource, 'upgrade_marac_settings', () =>
    carryOverPartnershipSettings(dependencies),
  );
  const panels = await registerNamedPanels(dependencies, {
    name: 'upgrade_marac_panels',
    categories: [MARAC_CASE_STREAM_CATEGORY, MARAC_MEETING_STREAM_CATEGORY],
    panelNamedBy: maracNamedBy,
    registryCategory: MARAC_PANEL_STREAM_CATEGORY,
    decider: maracPanelDecider,
    actor: MARAC_UPGRADE_ACTOR,
  });
  return { maracsRegistered: panels.registered, maracsNamedByAnotherPartnership: panels.namedByAnotherPartnership, settingsCarriedOver };
}

/** The MARAC context's start-up upgrade (BoundedContext.upgrades). */
export const maracRegistryUpgrade: ContextUpgrade = { name: 'marac-registry', run: upgradeMaracRegistry };
