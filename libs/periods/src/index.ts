export * from './iso-date.js';
export * from './calendar-window.js';
export * from './financial-year.js';
export * from './period.js';
export * from './require-date.js';
export * from './working-days.js';
export * from './london-today.js';
export * from './date-bounds.js';
// HTTP: class-validator decorators and the query DTO (the files above have no Nest or class-validator).
export * from './http/period-validators.js';
export * from './http/period-query.dto.js';
export * from './http/date-bound-properties.js';
export * from './http/date-properties.js';
