export * from './config/app-config.js';
export * from './database/embedded-postgres.js';
export * from './database/resolve-database.js';
export * from './database/run-migrations.js';
export * from './database/connection-errors.js';
export * from './platform.tokens.js';
export * from './logging/error-summary.js';
export * from './process/process-lifecycle.js';
