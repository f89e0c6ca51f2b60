import { MODULE_METADATA } from '@nestjs/common/constants.js';
import type { BoundedContext } from './bounded-context.js';
import { isProcessManagerClass } from './process-managers/process-manager.js';

/**
 * How many connections of the pool the log followers of these contexts hold while they run: each active
 * projection and process manager keeps one for its advisory lock (log-follower.ts). A process that runs them
 * has a pool that much larger, so requests keep DATABASE_POOL_SIZE connections of their own (with all of them
 * active and a pool of DATABASE_POOL_SIZE, requests waited for a connection that never came).
 */
export function followerConnections(contexts: readonly BoundedContext[]): number {
  const projections = contexts.reduce((n, context) => n + (context.projections?.length ?? 0), 0);
  const processManagers = contexts
    .flatMap((context) =>
      context.processManagers ? ((Reflect.getMetadata(MODULE_METADATA.PROVIDERS, context.processManagers) ?? []) as unknown[]) : [],
    )
    .filter(isProcessManagerClass).length;
  return projections + processManagers;
}
