import { LessThan, type EntityManager, type EntityTarget } from 'typeorm';
import type { EventEnvelope } from '@app/event-store';
import type { Projection } from '@app/projections';
import type { PanelEventTypes, PanelRegistered, PanelRenamed } from './panel-registry.decider.js';

export interface PanelRegistryProjectionOptions {
  /** Checkpoint name, e.g. 'marac_panels'. */
  name: string;
  /** The registry's stream category, e.g. 'marac_panel'. */
  category: string;
  eventTypes: PanelEventTypes<string, string, string>;
  /** The context's entity listing its panels (and the table it maps to, which a rebuild recreates). */
  entity: EntityTarget<PanelRow>;
  table: string;
}

/** The properties the context's panel entity declares (its columns are its own to name). */
export interface PanelRow {
  panelId: string;
  partnershipId: string;
  name: string;
  registeredAt: Date;
  /** The stream revision last applied: a rename is applied only over an older one. */
  lastRevision: number;
}

/**
 * The list of registered panels (for `GET /maracs` and the like). Registrations and renames are rare, so
 * each is one statement; rows are guarded by stream revision, so applying an event twice changes nothing.
 */
export function panelRegistryProjection(options: PanelRegistryProjectionOptions): Projection {
  const { entity, table, eventTypes } = options;
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
            .into(entity)
            .values({ panelId, partnershipId, name, registeredAt: new Date(envelope.metadata.occurredAt), lastRevision: envelope.revision })
            .orIgnore()
            .execute();
        } else if (type === eventTypes.renamed) {
          const { panelId, name } = (envelope.event as PanelRenamed<string>).data;
          await manager
            .getRepository(entity)
            .update({ panelId, lastRevision: LessThan(envelope.revision) }, { name, lastRevision: envelope.revision });
        }
      }
    },
  };
}
