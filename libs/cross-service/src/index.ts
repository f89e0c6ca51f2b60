/** Repeat victimisation across services, for analysts (issue 16): the read model and the published figures. */
export * from './domain/index.js';
export * from './cross-service.context.js';
