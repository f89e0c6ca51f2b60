import { createHash } from 'node:crypto';
import type { Request } from 'express';

/** A piece of JSON syntax waiting on the stack of canonicalJson, as opposed to a value still to write. */
class Syntax {
  constructor(readonly text: string) {}
}

/**
 * JSON with every object's keys in one order, so two bodies that differ only in key order or spacing
 * are the same request. Written with a stack of its own rather than by recursion, so a body nested
 * deeper than the call stack is fingerprinted too (and refused later, by validation, with a 400); a
 * `__proto__` key stays data.
 */
export function canonicalJson(value: unknown): string {
  const parts: string[] = [];
  const pending: unknown[] = [value];
  const pushInReverse = (items: unknown[]) => {
    for (let i = items.length - 1; i >= 0; i--) pending.push(items[i]);
  };
  while (pending.length > 0) {
    const next = pending.pop();
    if (next instanceof Syntax) {
      parts.push(next.text);
    } else if (Array.isArray(next)) {
      const items: unknown[] = [new Syntax('[')];
      next.forEach((item, i) => items.push(...(i === 0 ? [] : [new Syntax(',')]), item));
      items.push(new Syntax(']'));
      pushInReverse(items);
    } else if (next !== null && typeof next === 'object') {
      const entries = Object.entries(next).filter(([, inner]) => inner !== undefined);
      entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
      const items: unknown[] = [new Syntax('{')];
      entries.forEach(([key, inner], i) => items.push(new Syntax(`${i === 0 ? '' : ','}${JSON.stringify(key)}:`), inner));
      items.push(new Syntax('}'));
      pushInReverse(items);
    } else {
      parts.push(JSON.stringify(next) ?? 'null');
    }
  }
  return parts.join('');
}

/**
 * What makes a command request the one an Idempotency-Key was first sent with: the method, the route
 * (its pattern, e.g. `/marac/cases/:caseId/incidents`), the record (the path parameters), the query and
 * the body, as SHA-256 of their canonical JSON (32 bytes).
 */
export function requestFingerprint(request: Request): Buffer {
  const route = (request.route as { path?: unknown } | undefined)?.path;
  const described = [
    request.method,
    typeof route === 'string' ? route : request.path,
    request.params ?? {},
    request.query ?? {},
    request.body ?? null,
  ];
  return createHash('sha256').update(canonicalJson(described)).digest();
}
