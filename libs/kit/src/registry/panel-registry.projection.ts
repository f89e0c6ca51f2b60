import type { EntityManager } from 'typeorm';
import type { EventEnvelope } from '@app/event-store';
import type { Projection } from '@app/projections';
import type { PanelEventTypes, PanelRegistered, PanelRenamed } from './panel-registry.decider.js';

export interface PanelRegistryProjectionOptions {
  /** Checkpoint name, e.g. 'marac_panels'. */
  name: string;
  /** The registry's stream category, e.g. 'marac_panel'. */
  category: string;
  eventTypes: PanelEventTypes<string, string, string>;
  /**
   * The table listing the panels: panel_id text primary key, partnership_id text, name text,
   * registered_at timestamptz, last_revision integer (the context declares it as an entity and a migration).
   */
  table: string;
}

/**
 * The list of registered panels (for `GET /maracs` and the like). Registrations and renames are rare, so
 * each is one statement; rows are guarded by stream revision, so applying an event twice changes nothing.
 */
export function panelRegistryProjection(options: PanelRegistryProjectionOptions): Projection {
  const { table, eventTypes } = options;
  return {
    name: options.name,
    readsPersonalData: false,
    filter: { categories: [options.category] },
    tables: [table],

    async apply(envelopes: readonly EventEnvelope[], manager: EntityManager): Promise<void> {
      for (const envelope of envelopes) {
        const type = envelope.event.type;
        if (type === eventTypes.registered) {
          const { panelId, partnershipId, name } = (envelope.event as PanelRegistered<string>).data;
          await manager
            .createQueryBuilder()
            .insert()
            .into(table, ['panel_id', 'partnership_id', 'name', 'registered_at', 'last_revision'])
            .values({ panel_id: panelId, partnership_id: partnershipId, name, registered_at: envelope.metadata.occurredAt, last_revision: envelope.revision })
            .orIgnore()
            .execute();
        } else if (type === eventTypes.renamed) {
          const { panelId, name } = (envelope.event as PanelRenamed<string>).data;
          await manager
            .createQueryBuilder()
            .update(table)
            .set({ name, last_revision: envelope.revision })
            .where('panel_id = :panelId AND last_revision < :revision', { panelId, revision: envelope.revision })
            .execute();
        }
      }
    },
  };
}
