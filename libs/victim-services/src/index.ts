export * from './domain/index.js';
export * from './victim-services.context.js';
export { victimServicesProjection } from './read-models/victim-services.projection.js';
export { VsCaseCommand, type VsCaseCommandInput } from './application/case-commands/case-commands.js';
export { ReferVictimCommand } from './application/refer-victim/refer-victim.command.js';
export { RegisterServiceCommand } from './application/register-service/register-service.command.js';
export { SetServiceAimsCommand } from './application/set-service-aims/set-service-aims.command.js';
export { GetQuarterlyTableQuery } from './application/get-quarterly-table/get-quarterly-table.query.js';
export { GetDistanceTravelledQuery } from './application/get-distance-travelled/get-distance-travelled.query.js';
