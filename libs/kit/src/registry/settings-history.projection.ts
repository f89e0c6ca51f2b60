import type { EntityManager, EntityTarget } from 'typeorm';
import type { EventEnvelope } from '@app/event-store';
import type { Projection } from '@app/projections';
import type { PanelSettingsOverridden } from './panel-registry.decider.js';
import type { PartnershipSettingsChanged } from './partnership-settings.decider.js';

/** Whose settings a history row changes: a partnership's, or one panel's over its partnership's. */
export type SettingsOwnerKind = 'partnership' | 'panel';

export interface SettingsHistoryProjectionOptions {
  /** Checkpoint name, e.g. 'marac_settings_history'. */
  name: string;
  /** The partnership settings' stream category and event type (e.g. 'marac_settings', 'MaracSettingsChanged'). */
  partnershipSettings: { category: string; changed: string };
  /** The panel registry's stream category and override event type (e.g. 'marac_panel', 'MaracSettingsOverridden'). */
  panelSettings: { category: string; overridden: string };
  /** The context's history entity (and the table it maps to, which a rebuild recreates). */
  entity: EntityTarget<SettingsChangeRow>;
  table: string;
}

/** The properties the context's history entity declares; (ownerKind, ownerId, revision) is its primary key. */
export interface SettingsChangeRow {
  ownerKind: SettingsOwnerKind;
  /** The partnership id, or the panel id for a panel's own settings. */
  ownerId: string;
  /** The event's revision in its stream: the order the owner's changes were recorded in. */
  revision: number;
  partnershipId: string;
  effectiveFrom: string;
  changes: object;
  recordedAt: Date;
}

/**
 * Every settings change of a context as a row with the day it takes effect, in the order recorded (the
 * stream revision), for reports that need the settings in force in a past period (settingsInForceOn
 * folds them). Changes are rare: one statement per batch; the primary key makes a second apply a no-op.
 */
export function settingsHistoryProjection(options: SettingsHistoryProjectionOptions): Projection {
  const { entity, table, partnershipSettings, panelSettings } = options;
  return {
    name: options.name,
    readsPersonalData: false,
    filter: { categories: [partnershipSettings.category, panelSettings.category] },
    tables: [table],

    async apply(envelopes: readonly EventEnvelope[], manager: EntityManager): Promise<void> {
      const rows: SettingsChangeRow[] = [];
      for (const envelope of envelopes) {
        const row = { revision: envelope.revision, recordedAt: new Date(envelope.metadata.occurredAt) };
        if (envelope.event.type === partnershipSettings.changed) {
          const { partnershipId, effectiveFrom, changes } = (envelope.event as PartnershipSettingsChanged<string, object>).data;
          rows.push({ ...row, ownerKind: 'partnership', ownerId: partnershipId, partnershipId, effectiveFrom, changes });
        } else if (envelope.event.type === panelSettings.overridden) {
          const { panelId, partnershipId, effectiveFrom, changes } = (envelope.event as PanelSettingsOverridden<string, object>).data;
          rows.push({ ...row, ownerKind: 'panel', ownerId: panelId, partnershipId, effectiveFrom, changes });
        }
      }
      if (rows.length === 0) return;
      await manager.createQueryBuilder().insert().into(entity).values(rows).orIgnore().execute();
    },
  };
}
