export * from './domain/index.js';
export * from './application/caller.js';
export * from './application/case-command.js';
export * from './application/partnership-settings.service.js';
export * from './application/refer-case.service.js';
export * from './read-models/index.js';
export * from './marac.providers.js';
export * from './marac.context.js';
