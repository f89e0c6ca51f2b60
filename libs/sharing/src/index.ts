/**
 * Consent and the basis for sharing (issue 16): per person, agency and purpose, consent given, refused or
 * withdrawn; sharing without consent on a lawful basis and who decided; each partnership's default basis per
 * purpose; shares recorded only on one of them. It answers the contract the contexts ask through libs/people
 * (`SharingStatusQuery` before an agency acts on a person's record, `BasisOfReadQuery` for the audit of a read).
 */
export * from './domain/index.js';
export * from './application/record-sharing/record-sharing.command.js';
export * from './application/get-person-sharing/get-person-sharing.query.js';
export * from './sharing.context.js';
