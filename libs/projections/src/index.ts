export * from './projection.js';
export * from './context-projections.js';
export * from './checkpoint.entity.js';
export * from './checkpoints.js';
export * from './projection-runner.js';
export * from './rebuild.js';
export { ProjectionCheckpoints1763800000000 } from './migrations/1763800000000-projection-checkpoints.js';
export * from './projections.service.js';
export * from './projections.module.js';
