import type { Projection } from './projection.js';

/** What a bounded context contributes to the projection runners (the part of `BoundedContext` this library reads). */
export interface ContextProjections {
  projections: readonly Projection[];
}
