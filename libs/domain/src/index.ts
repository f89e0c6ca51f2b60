export * from './decider.js';
export * from './domain-errors.js';
export * from './personal-data.js';
export * from './command-validation.js';
export * from './corrections.js';
