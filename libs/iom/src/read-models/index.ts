export * from './iom-cohort-row.entity.js';
export * from './iom-member-row.entity.js';
export * from './iom-offence-row.entity.js';
export * from './iom-read-models.migration.js';
export * from './iom-measures.projection.js';
export * from './iom-measures.reader.js';
export * from './iom-measures.views.js';
export * from './iom-area-reoffending.views.js';
