export * from './case-review.migration.js';
export * from './case-review-stages-index.migration.js';
export * from './case-review.projection.js';
export * from './case-review-application-row.entity.js';
export * from './case-review-stage-row.entity.js';
export * from './case-review-recommendation-row.entity.js';
export * from './case-review-log.reader.js';
export * from './case-review-figures.reader.js';
