export * from './default-sharing-bases.js';
export * from './sharing.events.js';
export * from './sharing-status.js';
export * from './sharing.decider.js';
export * from './sharing-defaults.decider.js';
