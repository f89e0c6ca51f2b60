import type { Upcaster } from './event-type-registry.js';

/** What a bounded context contributes to the event-type registry (the part of `BoundedContext` this library reads). */
export interface ContextEventTypes {
  /** `{ EventType: schemaVersion }` for every event the context writes. */
  eventTypes: Record<string, number>;
  upcasters?: Record<string, Record<number, Upcaster>>;
}
