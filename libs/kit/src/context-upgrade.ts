import type { DataSource } from 'typeorm';
import type { CommandExecutor, EventCodec, EventStore } from '@app/event-store';

/** What an upgrade step may use: the read-model database, the log, and the one write path. */
export interface UpgradeDependencies {
  dataSource: DataSource;
  store: EventStore;
  codec: EventCodec;
  executor: CommandExecutor;
  /** When the step runs (ISO timestamp): the time of the events it writes. */
  occurredAt: string;
}

/**
 * A start-up step that brings data written by an earlier release up to what this one expects (e.g. the
 * registry's: registering the MARACs that existing events name). Every process that takes commands (the
 * API, the demo loader) runs it after the migrations and before it serves; the projector and the tools that
 * only read the log do not. It must be idempotent and safe to run from several processes at once.
 */
export interface ContextUpgrade {
  name: string;
  run(dependencies: UpgradeDependencies): Promise<Record<string, number>>;
}

/** Runs every context's upgrade steps in order (contexts in the order listed, steps in the order declared). */
export async function runContextUpgrades(
  contexts: readonly { upgrades?: readonly ContextUpgrade[] }[],
  dependencies: UpgradeDependencies,
): Promise<{ name: string; outcome: Record<string, number> }[]> {
  const outcomes: { name: string; outcome: Record<string, number> }[] = [];
  for (const upgrade of contexts.flatMap((context) => context.upgrades ?? []))
    outcomes.push({ name: upgrade.name, outcome: await upgrade.run(dependencies) });
  return outcomes;
}
