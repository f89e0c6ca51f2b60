export * from './domain/index.js';
export * from './victim-services.context.js';
export { victimServicesProjection } from './read-models/victim-services.projection.js';
// The demo loader dispatches these through the CommandBus, as the API does.
export * from './application/register-service/register-service.command.js';
export * from './application/refer-victim/refer-victim.command.js';
