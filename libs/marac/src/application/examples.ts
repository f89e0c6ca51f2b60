/**
 * The ids the OpenAPI document's examples use: those `npm run demo` loads (apps/cli/src/demo-ids.ts), so an
 * example pasted into Swagger UI against the demo finds its records. test/api-contract.e2e-spec.ts keeps them equal.
 */
export const EXAMPLE_PARTNERSHIP_ID = 'demo-csp';
export const EXAMPLE_MARAC_ID = 'demo-marac-north';
export const EXAMPLE_CASE_ID = 'b6a1e3f2-7c4d-5e8f-9a0b-1c2d3e4f5a6b';
export const EXAMPLE_MEETING_ID = '0d1e2f3a-4b5c-5d6e-8f70-8192a3b4c5d6';
export const EXAMPLE_PERSON_ID = '5f0c2d1e-3a4b-4c5d-8e6f-708192a3b4c5';
