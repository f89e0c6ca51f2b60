import type { Request } from 'express';
import { canonicalJson, requestFingerprint } from './request-fingerprint.js';

const request = (overrides: Partial<Request> = {}) =>
  ({
    method: 'POST',
    route: { path: '/marac/cases/:caseId/actions' },
    path: '/marac/cases/c1/actions',
    params: { caseId: 'c1' },
    query: {},
    body: { agency: 'housing', dueDate: '2024-05-24' },
    ...overrides,
  }) as unknown as Request;

describe('canonicalJson', () => {
  it('writes every object with its keys in one order, at any depth, and keeps array order', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { z: 1, y: 2 }], c: null } })).toBe('{"a":{"c":null,"d":[2,{"y":2,"z":1}]},"b":1}');
    expect(canonicalJson([2, 1])).not.toBe(canonicalJson([1, 2]));
    expect(canonicalJson(undefined)).toBe('null');
  });

  it('keeps a `__proto__` key as data', () => {
    expect(canonicalJson(JSON.parse('{"__proto__":{"admin":true},"a":1}'))).toBe('{"__proto__":{"admin":true},"a":1}');
    expect(canonicalJson(JSON.parse('{"__proto__":{"admin":true}}'))).not.toBe(canonicalJson({}));
  });
});

describe('requestFingerprint', () => {
  it('is the same for the same request, whatever the order of its keys', () => {
    expect(requestFingerprint(request({ body: { dueDate: '2024-05-24', agency: 'housing' } }))).toEqual(requestFingerprint(request()));
    expect(requestFingerprint(request())).toHaveLength(32);
  });

  it('differs with the method, the route, the record, the query or the body', () => {
    const first = requestFingerprint(request());
    const others = [
      request({ method: 'PUT' }),
      request({ route: { path: '/marac/cases/:caseId/incidents' } }),
      request({ params: { caseId: 'c2' } }),
      request({ query: { dryRun: 'true' } }),
      request({ body: { agency: 'health', dueDate: '2024-05-24' } }),
      request({ body: undefined }),
    ];
    for (const other of others) expect(requestFingerprint(other)).not.toEqual(first);
  });
});

describe('canonicalJson of any JSON', () => {
  it('writes what JSON.stringify writes, but for the order of keys', () => {
    const values = [null, true, 0, -1.5, 1e21, 'a"\u0000\\', [], {}, [1, [2, [3]], { a: null }], { é: 1, '': [null], '1': 'one' }];
    for (const value of values) expect(JSON.parse(canonicalJson(value))).toEqual(value);
    expect(canonicalJson([undefined, 1])).toBe(JSON.stringify([undefined, 1]));
    expect(canonicalJson({ a: undefined, b: 1 })).toBe('{"b":1}');
  });

  it('fingerprints bodies nested far deeper than the call stack', () => {
    const depth = 20_000;
    expect(canonicalJson(JSON.parse('['.repeat(3000) + ']'.repeat(3000)))).toBe('['.repeat(3000) + ']'.repeat(3000));
    let deep: unknown = 1;
    for (let i = 0; i < depth; i++) deep = i % 2 === 0 ? [deep] : { b: deep, a: 0 };
    const text = canonicalJson(deep);
    expect(text.startsWith('{"a":0,"b":[{"a":0,"b":[')).toBe(true);
    expect(text).toHaveLength((depth / 2) * ('[]'.length + '{"a":0,"b":}'.length) + 1);
  });
});
