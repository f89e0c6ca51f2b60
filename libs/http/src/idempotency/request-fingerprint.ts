import { createHash } from 'node:crypto';
import type { Request } from 'express';

/**
 * JSON with every object's keys in one order, so two bodies that differ only in key order or spacing
 * are the same request. Object.fromEntries defines keys as own properties, so a `__proto__` key in a
 * body stays data.
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value ?? null, (_key, inner: unknown) =>
    inner !== null && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : inner,
  );
}

/**
 * What makes a command request the one an Idempotency-Key was first sent with: the method, the route
 * (its pattern, e.g. `/marac/cases/:caseId/incidents`), the record (the path parameters), the query and
 * the body, as SHA-256 of their canonical JSON (32 bytes).
 */
export function requestFingerprint(request: Request): Buffer {
  const route = (request.route as { path?: unknown } | undefined)?.path;
  const described = [request.method, typeof route === 'string' ? route : request.path, request.params ?? {}, request.query ?? {}, request.body ?? null];
  return createHash('sha256').update(canonicalJson(described)).digest();
}
