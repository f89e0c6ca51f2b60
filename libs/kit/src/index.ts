export * from './bounded-context.js';
export * from './context-upgrade.js';
export * from './registry/index.js';
