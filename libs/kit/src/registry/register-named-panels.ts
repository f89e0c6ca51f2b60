import { deriveId, streamName, type CommandExecutor, type EventEnvelope } from '@app/event-store';
import { passOverLog, type UpgradeDependencies } from '../context-upgrade.js';
import type { PanelRegistryDecider } from './panel-registry.decider.js';

/** A panel an existing event names, and the partnership that event belongs to. */
export interface NamedPanel {
  panelId: string;
  partnershipId: string;
}

export interface RegisterNamedPanelsOptions {
  /** The step's name: its checkpoint (how far it has read the log) and its advisory lock, e.g. 'upgrade_marac_panels'. */
  name: string;
  /** The log categories whose events name panels (e.g. marac_case, marac_meeting). */
  categories: readonly string[];
  /** The panel an event names, or null for events that name none. */
  panelNamedBy(envelope: EventEnvelope): NamedPanel | null;
  /** The registry's stream category (e.g. marac_panel) and decider. */
  registryCategory: string;
  decider: PanelRegistryDecider<string, string, string, object>;
  /** The system user the registrations are written as (e.g. 'system:upgrade'). */
  actor: string;
  pageSize?: number;
}

export interface RegisterNamedPanelsResult {
  /** Panels registered by this run. */
  registered: number;
  /** Panels named under a second partnership after their first (kept under the first; the count only, no ids). */
  namedByAnotherPartnership: number;
}

/**
 * The upgrade that introduced registries: before it, a panel existed as soon as a record named it. This
 * step registers every panel that events already name and that has no registration (named after its id,
 * under the partnership of the first event naming it), so nothing that worked before stops working.
 *
 * Safe to run at every start-up and from several processes at once: one runs at a time (an advisory lock;
 * the others wait, then find nothing left to do), it reads the log from its own checkpoint (a later start
 * reads only what was appended since), and each registration has a command id derived from the panel id
 * and is appended with the `no_stream` expectation, so a panel is never registered twice and a panel an
 * admin has registered meanwhile is left as it is.
 */
export async function registerNamedPanels(
  dependencies: UpgradeDependencies,
  options: RegisterNamedPanelsOptions,
): Promise<RegisterNamedPanelsResult> {
  const result: RegisterNamedPanelsResult = { registered: 0, namedByAnotherPartnership: 0 };
  const seen = new Map<string, string>();
  return passOverLog(
    dependencies,
    options,
    async (envelope) => {
      const named = options.panelNamedBy(envelope);
      if (named === null) return;
      const first = seen.get(named.panelId);
      if (first !== undefined) {
        if (first !== named.partnershipId) result.namedByAnotherPartnership++;
        return;
      }
      seen.set(named.panelId, named.partnershipId);
      if (await registerIfUnknown(dependencies.executor, options, named, dependencies.occurredAt)) result.registered++;
    },
    () => result,
  );
}

async function registerIfUnknown(
  executor: CommandExecutor,
  options: RegisterNamedPanelsOptions,
  named: NamedPanel,
  occurredAt: string,
): Promise<boolean> {
  const commandId = deriveId(options.name, named.panelId);
  const outcome = await executor.handle(
    streamName(options.registryCategory, named.panelId),
    options.decider,
    (state) =>
      state.status === 'registered'
        ? []
        : options.decider.decide(
            { type: 'RegisterPanel', panelId: named.panelId, partnershipId: named.partnershipId, name: named.panelId },
            state,
          ),
    {
      context: {
        commandId,
        correlationId: commandId,
        causationId: commandId,
        actor: options.actor,
        occurredAt,
        partnershipId: named.partnershipId,
      },
      revealPersonalData: false,
    },
  );
  return outcome.events.length > 0 && !outcome.replayed;
}
