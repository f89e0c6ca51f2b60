export * from './asb-case.decider.js';
export * from './asb-case.events.js';
export * from './quarterly-table.js';
export * from './repeat-victims.js';
export * from './risk-questionnaire.js';
export * from './victim-service.decider.js';
export * from './victim-services-codes.js';
export * from './victim-services-event-types.js';
