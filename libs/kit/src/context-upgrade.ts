import type { DataSource } from 'typeorm';
import type { CommandExecutor, EventCodec, EventEnvelope, EventStore } from '@app/event-store';
import { ensureCheckpoint, moveCheckpoint } from '@app/projections';
import { underAdvisoryLock } from './registry/under-advisory-lock.js';

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

export interface LogPassOptions {
  /** The step's name: its checkpoint (how far it has read the log) and its advisory lock. */
  name: string;
  /** The log categories it reads. */
  categories: readonly string[];
  pageSize?: number;
}

/**
 * An upgrade step's pass over the log: one process at a time (an advisory lock; the others wait, then find
 * only what was appended since), from the step's own checkpoint to the end, each event (decoded without
 * personal data) given to `visit` in log order, the checkpoint moved after each page. A later start reads
 * only the tail; `visit` must be idempotent (a crash mid-page visits that page again).
 */
export async function passOverLog<T>(
  { dataSource, store, codec }: UpgradeDependencies,
  options: LogPassOptions,
  visit: (envelope: EventEnvelope) => Promise<void>,
  result: () => T,
): Promise<T> {
  return underAdvisoryLock(dataSource, options.name, async () => {
    let after = await ensureCheckpoint(dataSource, options.name);
    for (;;) {
      const page = await store.readAll({ after, maxCount: options.pageSize ?? 1000, filter: { categories: options.categories } });
      for (const envelope of await codec.decode(page.events, { revealPersonalData: false })) await visit(envelope);
      await moveCheckpoint(dataSource.manager, options.name, page.lastPosition);
      after = page.lastPosition;
      if (page.isEnd) return result();
    }
  });
}
