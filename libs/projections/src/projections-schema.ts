import { ProjectionCheckpoint } from './checkpoint.entity.js';
import { ProjectionCheckpoints1763800000000 } from './migrations/1763800000000-projection-checkpoints.js';
import { ProjectionStalls1765000000000 } from './migrations/1765000000000-projection-stalls.js';

/** The tables every follower of the log needs (checkpoints), for the app's and the tests' data sources alike. */
export const projectionsEntities = [ProjectionCheckpoint];
export const projectionsMigrations = [ProjectionCheckpoints1763800000000, ProjectionStalls1765000000000];
