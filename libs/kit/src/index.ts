export * from './bounded-context.js';
export * from './registry/index.js';
