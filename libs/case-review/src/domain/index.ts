export * from './case-review-codes.js';
export * from './case-review-settings.js';
export * from './case-review-settings.decider.js';
export * from './threshold.js';
export * from './case-review-application.events.js';
export * from './case-review-application.commands.js';
export * from './case-review-application.decider.js';
export * from './case-review-event-types.js';
