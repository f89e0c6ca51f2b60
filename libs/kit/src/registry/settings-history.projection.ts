import type { EntityManager } from 'typeorm';
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
  /**
   * The history table: owner_kind text, owner_id text, revision integer (primary key the three), partnership_id
   * text, effective_from date, changes jsonb, recorded_at timestamptz (the context declares it as an entity
   * and a migration).
   */
  table: string;
}

/**
 * Every settings change of a context as a row with the day it takes effect, in the order recorded (the
 * stream revision), for reports that need the settings in force in a past period (settingsInForceOn
 * folds them). Changes are rare: one statement per batch; the primary key makes a second apply a no-op.
 */
export function settingsHistoryProjection(options: SettingsHistoryProjectionOptions): Projection {
  const { table, partnershipSettings, panelSettings } = options;
  return {
    name: options.name,
    readsPersonalData: false,
    filter: { categories: [partnershipSettings.category, panelSettings.category] },
    tables: [table],

    async apply(envelopes: readonly EventEnvelope[], manager: EntityManager): Promise<void> {
      const rows: object[] = [];
      for (const envelope of envelopes) {
        const row = { revision: envelope.revision, recorded_at: envelope.metadata.occurredAt };
        if (envelope.event.type === partnershipSettings.changed) {
          const { partnershipId, effectiveFrom, changes } = (envelope.event as PartnershipSettingsChanged<string, object>).data;
          rows.push({ ...row, owner_kind: 'partnership', owner_id: partnershipId, partnership_id: partnershipId, effective_from: effectiveFrom, changes });
        } else if (envelope.event.type === panelSettings.overridden) {
          const { panelId, partnershipId, effectiveFrom, changes } = (envelope.event as PanelSettingsOverridden<string, object>).data;
          rows.push({ ...row, owner_kind: 'panel', owner_id: panelId, partnership_id: partnershipId, effective_from: effectiveFrom, changes });
        }
      }
      if (rows.length === 0) return;
      await manager
        .createQueryBuilder()
        .insert()
        .into(table, ['owner_kind', 'owner_id', 'revision', 'partnership_id', 'effective_from', 'changes', 'recorded_at'])
        .values(rows)
        .orIgnore()
        .execute();
    },
  };
}
