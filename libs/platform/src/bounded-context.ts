import type { Type } from '@nestjs/common';
import type { MixedList } from 'typeorm';
import type { Upcaster } from '@app/event-store';
import type { Projection } from '@app/projections';

/**
 * What a context library (libs/marac, libs/asb, ...) plugs into the platform. The composition root
 * (libs/contexts) lists them; the API and the projector build themselves from that list.
 */
export interface BoundedContext {
  name: string;
  /** `{ EventType: schemaVersion }` for every event the context writes. */
  eventTypes: Record<string, number>;
  upcasters?: Record<string, Record<number, Upcaster>>;
  entities: MixedList<Function>;
  migrations: MixedList<Function>;
  projections: readonly Projection[];
  /** Controllers, command and query handlers: loaded by the API only. */
  httpModule?: Type<unknown>;
  /** A module providing the context's process managers (@app/kit) and the command handlers they and its deadlines dispatch to: loaded by every process. */
  processManagers?: Type<unknown>;
}
