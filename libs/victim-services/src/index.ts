export * from './domain/index.js';
export * from './victim-services.context.js';
export { victimServicesProjection } from './read-models/victim-services.projection.js';
