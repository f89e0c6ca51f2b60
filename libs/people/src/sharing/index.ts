/**
 * What every context asks about sharing a person's record with partner agencies, and how it shows the answer:
 * the code lists, how an agency stands (`SharingStatus`), the system queries `SharingStatusQuery` and
 * `BasisOfReadQuery` (answered by libs/sharing, which keeps consent and the decisions), and the refusal's message.
 * It lives here, beside the person record, so that the contexts depend on the contract and not on each other.
 */
export * from './sharing-codes.js';
export * from './sharing-standing.js';
export * from './sharing-views.js';
export * from './sharing-status.query.js';
export * from './basis-of-read.query.js';
