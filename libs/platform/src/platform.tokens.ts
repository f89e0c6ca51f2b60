/** Injection tokens shared across libraries. */
export const DATABASE_URL = Symbol('DATABASE_URL');
export const BOUNDED_CONTEXTS = Symbol('BOUNDED_CONTEXTS');
export const EVENT_STORE_POOL = Symbol('EVENT_STORE_POOL');
