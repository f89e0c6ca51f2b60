import type { Type } from '@nestjs/common';
import type { MixedList } from 'typeorm';
import type { ContextEventTypes } from '@app/event-store';
import type { ContextProjections } from '@app/projections';
import type { ContextUpgrade } from './context-upgrade.js';

/**
 * What a context library (libs/marac, libs/asb, ...) plugs into the platform. The composition root
 * (libs/contexts) lists them; the API and the projector build themselves from that list. It lives above
 * the event store and the projections, which each read only their own part of it.
 */
export interface BoundedContext extends ContextEventTypes, ContextProjections {
  name: string;
  entities: MixedList<Function>;
  migrations: MixedList<Function>;
  /** Controllers, command and query handlers: loaded by the API only. */
  httpModule?: Type<unknown>;
  /** A module providing the context's process managers (@app/kit) and the command handlers they and its deadlines dispatch to: loaded by every process. */
  processManagers?: Type<unknown>;
  /** Start-up steps bringing an earlier release's data up to date, run after the migrations by every process that takes commands. */
  upgrades?: readonly ContextUpgrade[];
}
