import type { CommandContext } from '@app/event-store';
import type { DataSource } from 'typeorm';

// One counter per test file (jest loads modules per file), so every factory of a file hands out distinct ids.
let commandsNumbered = 0;

/**
 * Command contexts for tests that drive deciders through the CommandExecutor: each call gets the next of a
 * run of predictable UUIDs as its command id, with the given actor, time and partnership (overridable per call).
 */
export function numberedCommandContexts(
  defaults: Pick<CommandContext, 'actor' | 'occurredAt'> & Partial<CommandContext>,
): (overrides?: Partial<CommandContext>) => CommandContext {
  return (overrides = {}) => ({
    commandId: `00000000-0000-4000-8000-${String(++commandsNumbered).padStart(12, '0')}`,
    correlationId: 'c',
    causationId: 'c',
    ...defaults,
    ...overrides,
  });
}

/** Every row of each table, ordered by its key (table name to ORDER BY list): what a live run and a rebuild must agree on. */
export async function readTables(dataSource: DataSource, tables: Record<string, string>): Promise<Record<string, unknown[]>> {
  const rows: Record<string, unknown[]> = {};
  for (const [table, key] of Object.entries(tables)) rows[table] = await dataSource.query(`SELECT * FROM ${table} ORDER BY ${key}`);
  return rows;
}
