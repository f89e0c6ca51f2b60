/** Example values of the OpenAPI document. */
export const EXAMPLE_COHORT_ID = '8d1f3c2a-4b5e-4f60-9a71-2b3c4d5e6f70';
export const EXAMPLE_PERSON_ID = '0b6f6e3c-1d2a-4e5f-8a9b-0c1d2e3f4a5b';
export const EXAMPLE_PARTNERSHIP_ID = 'demo-csp';
