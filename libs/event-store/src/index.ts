export * from './event-store.port.js';
export * from './position.js';
export * from './errors.js';
export * from './stream-name.js';
export * from './event-ids.js';
export * from './catch-up-subscription.js';
export * from './postgres/postgres-event-store.js';
