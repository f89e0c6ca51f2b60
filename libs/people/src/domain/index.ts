export * from './person-identity.js';
export * from './person.events.js';
export * from './person-merges.events.js';
export * from './person.commands.js';
export * from './person.decider.js';
export * from './person-merges.decider.js';
export * from './people-event-types.js';
