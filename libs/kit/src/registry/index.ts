export * from './dated-settings.js';
export * from './panel-registry.decider.js';
export * from './panel-registry.projection.js';
export * from './partnership-settings.decider.js';
export * from './register-named-panels.js';
export * from './settings-history.projection.js';
export * from './under-advisory-lock.js';
export * from './change-partnership-settings.js';
