/**
 * Consent and the basis for sharing (issue 16): per person, agency and purpose, consent given, refused or
 * withdrawn; sharing without consent on a lawful basis and who decided; each partnership's default basis per
 * purpose; shares recorded only on one of them. Contexts ask `SharingStatusQuery` before an agency acts on a
 * person's record and show its answer (`SharingStatusView`).
 */
export * from './domain/index.js';
export * from './application/sharing-status.query.js';
export * from './application/basis-of-read.query.js';
export * from './application/record-sharing/record-sharing.command.js';
export * from './application/get-person-sharing/get-person-sharing.query.js';
export { SharingStatusView, ConsentView, SharingDecisionView } from './application/sharing-views.js';
export * from './sharing.context.js';
