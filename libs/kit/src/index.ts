export * from './bounded-context.js';
export * from './command-day.js';
export * from './context-upgrade.js';
export * from './follower-connections.js';
export * from './registry/index.js';
export * from './process-managers/process-manager.js';
export * from './process-managers/retry-policy.js';
export * from './process-managers/reaction-ids.js';
export * from './process-managers/failure-kind.js';
export * from './process-managers/dead-letter.entity.js';
export * from './process-managers/perform-reaction.js';
export * from './process-managers/process-manager-runner.js';
export * from './process-managers/process-managers.service.js';
export * from './process-managers/dead-letters.js';
export * from './deadlines/deadline-commands.js';
export * from './deadlines/deadlines.js';
export * from './kit.module.js';
export { ProcessManagerDeadLetters1764700000000 } from './migrations/1764700000000-process-manager-dead-letters.js';

import { DeadLetter } from './process-managers/dead-letter.entity.js';
import { ProcessManagerDeadLetters1764700000000 } from './migrations/1764700000000-process-manager-dead-letters.js';
/** The kit's tables, for the app's TypeORM options. */
export const kitEntities = [DeadLetter];
export const kitMigrations = [ProcessManagerDeadLetters1764700000000];
