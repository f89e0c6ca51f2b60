/**
 * The people context's public API for other contexts: its events (streams `person-<personId>` and the
 * partnership's merge ledger `person_merges-<partnershipId>`), and its commands and queries on the buses:
 * RegisterPersonCommand (find before create: 409 PossibleDuplicatesError with candidates' ids unless
 * `newPerson`), FindPeopleQuery, ResolvePersonQuery (the canonical person for a caller, else 404 as for a
 * missing id), PersonGroupQuery (system: every record of a person), MergePersonCommand / UnmergePersonCommand;
 * and the sharing contract (`sharing/`) the contexts ask about a person's record, answered by libs/sharing.
 */
export * from './domain/index.js';
export * from './application/register-person/register-person.command.js';
export * from './application/find-people/find-people.query.js';
export * from './application/find-close-matches/find-close-matches.query.js';
export * from './application/resolve-person/resolve-person.query.js';
export * from './application/get-person/get-person.query.js';
export * from './application/merge-person/merge-person.command.js';
export * from './application/cross-context/case-review-notice.query.js';
export * from './application/cross-context/people-named-in-cases.query.js';
export * from './application/possible-duplicates.error.js';
export type { ResolvedPerson, PersonGroup, PersonRecord } from './application/people-records.js';
export { BlindIndex, BLIND_INDEX_VERSION, type SearchTerms } from './search/blind-index.js';
export { BLIND_INDEX, PeopleSearch, SELECTIVE_TOKEN_HITS } from './search/people-search.js';
export { writePeopleIndex } from './read-models/people-index-writes.js';
export { nameSimilarity } from './search/name-similarity.js';
export * from './sharing/index.js';
export * from './people.context.js';
