import type { DomainEvent } from '@app/domain';

/** Turns the data of one schema version into the next one's. */
export type Upcaster = (data: unknown) => unknown;

export interface EventTypeDefinition {
  /** The stable name stored with the event; never derived from a class name. */
  type: string;
  /** The version new events are written with. */
  schemaVersion: number;
  /** `upcasters[n]` turns version n into n + 1. */
  upcasters?: Record<number, Upcaster>;
}

/**
 * Knows every event type's current schema version and how to bring old versions up to it, so
 * deciders and projections only ever see the current shape.
 */
export class EventTypeRegistry {
  private readonly types = new Map<string, EventTypeDefinition>();

  register(...definitions: EventTypeDefinition[]): this {
    for (const definition of definitions) {
      const existing = this.types.get(definition.type);
      if (existing && existing !== definition && existing.schemaVersion !== definition.schemaVersion) {
        throw new Error(`event type ${definition.type} registered twice with different versions`);
      }
      this.types.set(definition.type, definition);
    }
    return this;
  }

  /** Registers every type of a `{ TypeName: schemaVersion }` table (the shape each context exports). */
  registerVersions(versions: Record<string, number>, upcasters: Record<string, Record<number, Upcaster>> = {}): this {
    return this.register(...Object.entries(versions).map(([type, schemaVersion]) => ({ type, schemaVersion, upcasters: upcasters[type] })));
  }

  schemaVersionOf(type: string): number {
    const definition = this.types.get(type);
    if (!definition) throw new Error(`unregistered event type: ${type}`);
    return definition.schemaVersion;
  }

  upcast(event: { type: string; schemaVersion: number; data: unknown }): DomainEvent {
    const definition = this.types.get(event.type);
    if (!definition) return { type: event.type, data: event.data };
    let data = event.data;
    for (let version = event.schemaVersion; version < definition.schemaVersion; version++) {
      const upcaster = definition.upcasters?.[version];
      if (!upcaster) throw new Error(`no upcaster for ${event.type} from version ${version}`);
      data = upcaster(data);
    }
    return { type: event.type, data };
  }
}
