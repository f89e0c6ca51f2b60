export * from './given-when-then.js';
export * from './test-database.js';
export * from './test-data-source.js';
export * from './test-app.js';
export * from './fixtures/counting-projection.js';
export * from './free-port.js';
export * from './run-projection-live.js';
export * from './fixtures/asb-worked-example.js';
