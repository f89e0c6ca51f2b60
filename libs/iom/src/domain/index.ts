export * from './iom-defaults.js';
export * from './iom-cohort.events.js';
export * from './iom-cohort.decider.js';
export * from './iom-offender.events.js';
export * from './iom-offender.decider.js';
export * from './iom-event-types.js';
export * from './iom-measures.js';
export * from './merged-members.js';
