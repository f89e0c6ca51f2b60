import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import request from 'supertest';
import type { OpenAPIObject } from '@nestjs/swagger';
import { boundedContexts } from '@app/contexts';
import { startTestApp, type TestApp } from '@app/testing';
import { EXAMPLE_MARAC_ID, EXAMPLE_PARTNERSHIP_ID } from '@app/marac';
import { DEMO_MARACS, DEMO_PARTNERSHIP } from '../apps/cli/src/demo-ids.js';
import { repoRoot } from './support/processes.js';

type Operation = {
  operationId: string;
  security?: Record<string, string[]>[];
  parameters?: { name: string; in: string }[];
  requestBody?: unknown;
  responses: Record<string, { headers?: Record<string, unknown>; content?: Record<string, { schema: { $ref?: string } }> }>;
};

/** Every schema object of the document, with where it is. */
function* schemasOf(value: unknown, at: string): Generator<[string, Record<string, unknown>]> {
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) yield* schemasOf(item, `${at}/${i}`);
  } else if (value && typeof value === 'object') {
    yield [at, value as Record<string, unknown>];
    for (const [key, item] of Object.entries(value)) yield* schemasOf(item, `${at}/${key}`);
  }
}

/**
 * The OpenAPI document the API serves, as its users meet it: served where Swagger UI and NestJS users look,
 * clean under Redocly's recommended rules (npm test fails on any error or warning), and true per operation
 * about tokens, problems, If-Match and ETag.
 */
describe('the OpenAPI document', () => {
  let harness: TestApp;
  let document: OpenAPIObject;
  const operations = () =>
    Object.entries(document.paths).flatMap(([route, item]) =>
      Object.entries(item as Record<string, Operation>).map(([method, operation]) => ({ route, method, operation })),
    );
  const operation = (method: string, route: string) => (document.paths[route] as Record<string, Operation>)[method];

  beforeAll(async () => {
    harness = await startTestApp(boundedContexts);
    document = (await request(harness.app.getHttpServer()).get('/docs/openapi.json').expect(200)).body as OpenAPIObject;
  });
  afterAll(async () => {
    await harness.close();
  });

  it('is served at /docs/openapi.json and at /docs-json, the same document, without a token', async () => {
    const server = harness.app.getHttpServer();
    const nestDefault = await request(server)
      .get('/docs-json')
      .expect(200)
      .expect('Content-Type', /application\/json/);
    expect(nestDefault.body).toEqual(document);
    await request(server)
      .get('/docs')
      .expect(200)
      .expect('Content-Type', /text\/html/);
  });

  it("has no error and no warning under Redocly's recommended rules (redocly.yaml)", async () => {
    const folder = await mkdtemp(path.join(tmpdir(), 'openapi-lint-'));
    try {
      const file = path.join(folder, 'openapi.json');
      await writeFile(file, JSON.stringify(document, null, 2));
      const cli = path.join(repoRoot, 'node_modules/@redocly/cli/bin/cli.js');
      const run = promisify(execFile)(
        process.execPath,
        [cli, 'lint', file, '--config', path.join(repoRoot, 'redocly.yaml'), '--format=json'],
        {
          cwd: repoRoot,
          env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true', NO_COLOR: '1' },
          maxBuffer: 64 * 1024 * 1024,
        },
      );
      // The CLI exits 1 when it finds errors; its report is on stdout either way.
      const { stdout } = await run.catch((error: { stdout?: string }) => ({ stdout: error.stdout ?? '' }));
      const report = JSON.parse(stdout) as {
        totals: { errors: number; warnings: number };
        problems: { ruleId: string; message: string; location: { pointer: string }[] }[];
      };
      expect(report.problems.map((p) => `${p.ruleId} ${p.location[0]?.pointer}: ${p.message}`)).toEqual([]);
      expect(report.totals).toMatchObject({ errors: 0, warnings: 0 });
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  }, 120_000);

  it('asks for the bearer token on every operation but the health probes, which answer 401, 403 and 429 instead', () => {
    expect(Object.keys(document.components?.securitySchemes ?? {})).toEqual(['bearer']);
    for (const { route, method, operation } of operations()) {
      const isPublic = route.startsWith('/health/');
      expect({ route, method, security: operation.security }).toEqual({ route, method, security: isPublic ? [] : [{ bearer: [] }] });
      for (const status of ['401', '403', '429']) {
        expect({ route, method, status, declared: status in operation.responses }).toEqual({ route, method, status, declared: !isPublic });
      }
    }
  });

  it('describes every 4xx and 5xx as problem+json (the readiness probe keeps its own 503 body)', () => {
    for (const { route, method, operation } of operations()) {
      for (const [status, response] of Object.entries(operation.responses)) {
        if (Number(status) < 400 || route === '/health/ready') continue;
        expect({ route, method, status, content: response.content }).toEqual({
          route,
          method,
          status,
          content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
        });
      }
    }
  });

  it('declares If-Match and 412 exactly where If-Match is taken, and the ETag of every answer that carries a revision', () => {
    const takesIfMatch = (op: Operation) => (op.parameters ?? []).some((p) => p.in === 'header' && p.name === 'If-Match');
    for (const { operation } of operations()) expect('412' in operation.responses).toBe(takesIfMatch(operation));
    expect(takesIfMatch(operation('get', '/marac/cases/{caseId}'))).toBe(false);
    expect(takesIfMatch(operation('post', '/marac/cases/{caseId}/actions'))).toBe(true);
    expect(takesIfMatch(operation('patch', '/partnerships/{partnershipId}/settings'))).toBe(true);
    expect(takesIfMatch(operation('post', '/marac/referrals'))).toBe(false);
    expect(operation('get', '/marac/cases/{caseId}').responses['200'].headers).toHaveProperty('ETag');
    expect(operation('get', '/partnerships/{partnershipId}/settings').responses['200'].headers).toHaveProperty('ETag');
    expect(operation('post', '/marac/cases/{caseId}/incidents').responses['201'].headers).toHaveProperty('ETag');
    expect(operation('get', '/maracs').responses['200'].headers).toBeUndefined();
    // A command that takes an Idempotency-Key answers 422 when the key was used for another request; no read takes one.
    for (const { route, method, operation: op } of operations()) {
      const takesKey = (op.parameters ?? []).some((p) => p.name === 'Idempotency-Key');
      expect({ route, method, answers422: '422' in op.responses }).toEqual({ route, method, answers422: takesKey });
      if (method === 'get') expect({ route, takesKey }).toEqual({ route, takesKey: false });
    }
    expect(operation('post', '/marac/cases/{caseId}/actions').parameters).toContainEqual(
      expect.objectContaining({ name: 'Idempotency-Key' }),
    );
  });

  it('gives every date a format, types no field as a bare object, and names the demo partnership in its examples', () => {
    expect(EXAMPLE_PARTNERSHIP_ID).toBe(DEMO_PARTNERSHIP);
    expect(DEMO_MARACS).toContain(EXAMPLE_MARAC_ID);
    const schemas = [...schemasOf(document.components?.schemas, '#/components/schemas'), ...schemasOf(document.paths, '#/paths')];
    const datesWithoutFormat = schemas
      .filter(([, s]) => typeof s.example === 'string' && /^\d{4}-\d{2}-\d{2}(T|$)/.test(s.example) && s.type === 'string' && !s.format)
      .map(([at]) => at);
    expect(datesWithoutFormat).toEqual([]);
    const bareObjects = schemas
      .filter(([at, s]) => s.type === 'object' && !s.properties && !s.allOf && !s.additionalProperties && at.includes('/properties/'))
      .map(([at]) => at);
    expect(bareObjects).toEqual([]);
    const partnershipExamples = schemas.filter(([at]) => at.endsWith('/properties/partnershipId')).map(([, s]) => s.example);
    expect(new Set(partnershipExamples)).toEqual(new Set([DEMO_PARTNERSHIP]));
    expect(JSON.stringify(document)).not.toContain('csp-demo');
  });
});
