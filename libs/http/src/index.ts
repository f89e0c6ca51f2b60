export * from './problem.js';
export * from './command-request.js';
export * from './command-decorators.js';
export * from './answers.decorator.js';
export * from './revision-etag.interceptor.js';
export * from './page-query.js';
export * from './idempotency/request-fingerprint.js';
export * from './idempotency/idempotency-keys.js';
export * from './idempotency/idempotency-key.entity.js';
export * from './idempotency/idempotency-key.interceptor.js';
export { IdempotencyKeys1764812000000 } from './idempotency/migrations/1764812000000-idempotency-keys.js';

import { IdempotencyKeyRecord } from './idempotency/idempotency-key.entity.js';
import { IdempotencyKeys1764812000000 } from './idempotency/migrations/1764812000000-idempotency-keys.js';
/** The HTTP kit's tables, for the app's TypeORM options. */
export const httpEntities = [IdempotencyKeyRecord];
export const httpMigrations = [IdempotencyKeys1764812000000];
