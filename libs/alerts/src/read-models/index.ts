export * from './alert-row.entity.js';
export * from './alert-feed-row.entity.js';
export * from './alerts.migration.js';
export * from './alerts.projection.js';
export * from './alert-view.js';
export * from './alert-recipient.entity.js';
export * from './alert-email-sent.entity.js';
export * from './alert-emails.migration.js';
