import fc from 'fast-check';
import pg from 'pg';
import request from 'supertest';
import { bearer, ROLES } from '@app/access';
import { startTestApp, type TestApp } from '@app/testing';
import { registerTestMarac } from './support/marac-registration.js';
import { referralBody } from './support/referral-body.js';
import { boundedContexts } from '@app/contexts';
import { ProcessManagersService } from '@app/kit';

/**
 * What an attacker sends at the edge: text PostgreSQL cannot store (NUL, lone surrogates) and control
 * characters in any string of a body, query or path; JSON nested thousands deep; numbers too large or not
 * finite; pages past any list; `__proto__` / `constructor` keys; malformed JSON; forged correlation ids.
 * Each is refused with a 4xx problem naming the field, nothing is stored, and every endpoint of the OpenAPI
 * document is driven with all of them (never a 5xx, never a change of state: events, settings, alert recipients).
 */
const NORTH = 'north';
const MARAC = 'marac-north';
function referral(victimName = 'Hostile Input Victim') {
  return referralBody({ partnershipId: NORTH, maracId: MARAC, victimName, perpetratorName: 'Hostile Input Perpetrator' });
}

/** Text PostgreSQL cannot store, and control characters other than line breaks and tabs. */
const UNSTORABLE = [
  '\u0000',
  '\ud800',
  '\udfff',
  '\u0001',
  '\u0007',
  '\u0008',
  '\u000b',
  '\u000c',
  '\u001b',
  '\u001f',
  '\u007f',
  '\u0085',
  '\u009f',
];
/** Percent-encodes a string for a URL, a lone surrogate as the bytes a careless client would send (CESU-8). */
const encodeHostile = (text: string) =>
  text
    .split(/([\ud800-\udfff])/)
    .map((part) => (/^[\ud800-\udfff]$/.test(part) ? '%ED%A0%80' : encodeURIComponent(part)))
    .join('');
const nested = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;

describe('hostile input at the edge', () => {
  let harness: TestApp;
  let server: ReturnType<TestApp['app']['getHttpServer']>;
  let db: pg.Client;
  let authorization: string;
  let caseId: string;

  /**
   * Every change of state the API can make: events, settings and read models (not the audit log or rate-limit
   * counters), once the process managers have followed what came before (they append in reply, in the background).
   */
  const state = async () => {
    await harness.app.get(ProcessManagersService).waitUntilCaughtUp();
    return JSON.stringify(
      (
        await db.query(
          `SELECT (SELECT count(*) FROM es_events) AS events,
                  (SELECT coalesce(json_agg(s ORDER BY partnership_id), '[]') FROM partnership_settings s) AS settings,
                  (SELECT coalesce(json_agg(r ORDER BY user_id), '[]') FROM alert_recipients r) AS recipients`,
        )
      ).rows[0],
    );
  };

  beforeAll(async () => {
    harness = await startTestApp(boundedContexts, { RETENTION_INTERVAL_MS: '0', RATE_LIMIT_PER_MINUTE: '1000000' });
    server = harness.app.getHttpServer();
    await registerTestMarac(harness.app, MARAC, NORTH);
    db = new pg.Client({ connectionString: harness.database.url });
    await db.connect();
    authorization = await bearer(harness.app, { id: 'hostile', roles: ROLES, partnerships: [NORTH], email: 'hostile@north.example' });
    caseId = (await post('/marac/referrals', referral()).expect(201)).body.caseId;
    // An alert recipient (what alert e-mails keep about a user) that no hostile request may change or delete.
    await get('/alerts').expect(200);
  });
  afterAll(async () => {
    await db?.end();
    await harness?.close();
  });

  const post = (path: string, body: unknown) =>
    request(server)
      .post(path)
      .set('Authorization', authorization)
      .set('Content-Type', 'application/json')
      .send(typeof body === 'string' ? body : JSON.stringify(body));
  const get = (path: string) => request(server).get(path).set('Authorization', authorization);

  describe('unstorable text and control characters', () => {
    it('refuses each in any string of a body with 400 naming the field, and stores nothing', async () => {
      const fields: [string, (body: ReturnType<typeof referral>, text: string) => void][] = [
        ['victim.details.fullName', (body, text) => (body.victim.details.fullName = text)],
        ['perpetrators.0.details.fullName', (body, text) => (body.perpetrators[0].details.fullName = text)],
        ['maracId', (body, text) => (body.maracId = text)],
        ['referringAgency', (body, text) => (body.referringAgency = text)],
      ];
      const before = await state();
      await fc.assert(
        fc.asyncProperty(
          fc.constantFrom(...fields),
          fc.constantFrom(...UNSTORABLE),
          fc.string({ maxLength: 5 }),
          async ([field, set], bad, around) => {
            const body = referral();
            set(body, `${around}${bad}${around}`);
            const response = await post('/marac/referrals', body);
            expect(response.status).toBe(400);
            expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
            expect(response.body.errors.map((e: { field: string }) => e.field)).toContain(field);
          },
        ),
        { numRuns: 80 },
      );
      expect(await state()).toBe(before);
    });

    it('keeps ordinary punctuation and accents in names, and line breaks and tabs in free text', async () => {
      await post('/marac/referrals', referral("Siân O'Brien-Łukasiewicz, Jr. (née Zoë)")).expect(201);
      await post(`/marac/cases/${caseId}/incidents`, {
        date: '2024-05-01',
        reportingAgency: 'police',
        description: 'First line\nsecond line\r\n\tindented',
      }).expect(201);
    });

    it('refuses them in path parameters and query strings, on reads too', async () => {
      for (const path of [
        '/marac/cases/%00',
        '/marac/cases/%ED%A0%80',
        `/maracs/marac%01north/cases`,
        `/maracs/${MARAC}/repeat-rate?from=2024-04-01%00&to=2025-03-31`,
        '/audit?person=a%1Bb',
      ]) {
        const response = await get(path);
        expect({ path, status: response.status }).toEqual({ path, status: 400 });
        expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
      }
    });

    it('refuses __proto__, constructor and prototype keys at any depth, like any other unknown property', async () => {
      const before = await state();
      for (const raw of [
        '{"__proto__":{"admin":true},"partnershipId":"north","maracId":"marac-north","date":"2024-06-05"}',
        '{"partnershipId":"north","maracId":"marac-north","date":"2024-06-05","constructor":{"prototype":{"x":1}}}',
      ]) {
        const response = await post('/marac/meetings', raw);
        expect(response.status).toBe(400);
      }
      const deep = referral() as Record<string, unknown>;
      (deep.victim as Record<string, unknown>).details = JSON.parse('{"fullName":"A B","__proto__":{"polluted":1}}');
      expect((await post('/marac/referrals', deep)).status).toBe(400);
      expect(await state()).toBe(before);
    });
  });

  describe('five ways to a 500, and their classes', () => {
    it.each(['/marac/referrals', '/marac/meetings', `/marac/cases/${'00000000-0000-4000-8000-000000000000'}/actions`])(
      'refuses JSON nested thousands deep on %s at the parser with 400',
      async (path) => {
        for (const raw of [nested(3000), `{"partnershipId":${'{"a":'.repeat(3000)}1${'}'.repeat(3000)}}`]) {
          const response = await post(path, raw);
          expect(response.status).toBe(400);
          expect(response.body.detail).toMatch(/nested/);
        }
      },
    );

    it('refuses numbers too large to be counts and numbers JSON cannot hold finitely', async () => {
      const before = await state();
      for (const population of ['1e308', '1e400', '-1e400', '9007199254740993', '3000000000']) {
        const response = await request(server)
          .patch(`/partnerships/${NORTH}/settings`)
          .set('Authorization', authorization)
          .set('Content-Type', 'application/json')
          .send(`{"repeatBandLow":0.28,"repeatBandHigh":0.4,"adultFemalePopulation":${population},"policeCallOutThreshold":3}`);
        expect({ population, status: response.status }).toEqual({ population, status: 400 });
        expect(JSON.stringify(response.body.errors)).toContain('adultFemalePopulation');
      }
      expect(await state()).toBe(before);
    });

    it('refuses pages past any list with 400 naming the parameter', async () => {
      for (const page of ['99999999999999999999', '1e308', 'Infinity', '-1', '1.5']) {
        const response = await get(`/maracs/${MARAC}/cases?page=${page}`);
        expect({ page, status: response.status }).toEqual({ page, status: 400 });
        expect(JSON.stringify(response.body.errors)).toContain('page');
      }
    });
  });

  describe('smaller leaks', () => {
    it('answers malformed JSON with a fixed message that quotes nothing of the body', async () => {
      const response = await post('/marac/referrals', '{"victim":{"details":{"fullName":"Secret Name SN42"}');
      expect(response.status).toBe(400);
      expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(JSON.stringify(response.body)).not.toMatch(/Secret|SN42|fullName|position|token/i);
    });

    it('marks every API response no-store, successes and problems alike', async () => {
      for (const response of [
        await get(`/marac/cases/${caseId}`),
        await get('/marac/cases/00000000-0000-4000-8000-000000000000'),
        await request(server).get('/marac/cases/x'),
        await request(server).get('/health/ready'),
      ]) {
        expect(response.headers['cache-control']).toBe('no-store');
      }
    });

    it('echoes a correlation id only in a bounded safe format, and makes one otherwise', async () => {
      const safe = 'client-1.abc:XYZ_9';
      expect((await request(server).get('/health/live').set('X-Correlation-Id', safe)).headers['x-correlation-id']).toBe(safe);
      for (const forged of ['a'.repeat(65), 'a b', '<script>', 'ünïcode', 'x\ty']) {
        const echoed = (await request(server).get('/health/live').set('X-Correlation-Id', forged)).headers['x-correlation-id'];
        expect(echoed).not.toBe(forged);
        expect(echoed).toMatch(/^[A-Za-z0-9._:-]{1,64}$/);
      }
      const problem = await get('/marac/cases/00000000-0000-4000-8000-000000000000').set('X-Correlation-Id', 'a'.repeat(65));
      expect(problem.body.correlationId).not.toBe('a'.repeat(65));
    });
  });

  describe('every endpoint of the OpenAPI document, driven with every hostile class', () => {
    interface Operation {
      method: 'get' | 'post' | 'put' | 'patch' | 'delete';
      path: string;
      query: string[];
      bodyFields: string[];
      /** Answers a live stream (text/event-stream): its status is read, then the connection is let go. */
      streams: boolean;
    }
    const hostileString = fc
      .tuple(fc.string({ maxLength: 4 }), fc.constantFrom(...UNSTORABLE), fc.string({ maxLength: 4 }))
      .map(([a, bad, b]) => `${a}${bad}${b}`);
    const hostileNumberText = fc.constantFrom('1e308', '1e400', '-1e400', '99999999999999999999', '9007199254740993', 'NaN', 'Infinity');
    /** A JSON text with at least one hostile value in a field the endpoint declares. */
    const hostileBody = (fields: string[]) =>
      fc.oneof(
        fc.constantFrom(nested(3000), `{${'"a":{'.repeat(2000)}${'}'.repeat(2000)}}`),
        fc.constantFrom(...(fields.length ? fields : ['x'])).chain((target) =>
          fc
            .record({
              bad: fc.oneof(
                hostileString.map((s) => JSON.stringify(s)),
                hostileNumberText,
                fc.constant('{"__proto__":{"polluted":true}}'),
                fc.constant('{"constructor":{"prototype":{"polluted":true}}}'),
                hostileString.map((s) => JSON.stringify([s])),
                hostileString.map((s) => JSON.stringify({ fullName: s })),
              ),
              others: fc.dictionary(
                fc.constantFrom(...(fields.length ? fields : ['y'])),
                fc.oneof(fc.string(), fc.integer(), fc.boolean()),
              ),
            })
            .map(({ bad, others }) => {
              const rest = Object.entries(others)
                .filter(([key]) => key !== target)
                .map(([key, value]) => `${JSON.stringify(key)}:${JSON.stringify(value)}`);
              return `{${[...rest, `${JSON.stringify(target)}:${bad}`].join(',')}}`;
            }),
        ),
      );

    async function operations(): Promise<Operation[]> {
      const doc = (await request(server).get('/docs/openapi.json').expect(200)).body;
      const schemaOf = (ref: unknown): { properties?: Record<string, unknown> } =>
        typeof ref === 'object' && ref && '$ref' in ref
          ? doc.components.schemas[
              String((ref as { $ref: string }).$ref)
                .split('/')
                .pop()!
            ]
          : (ref as object);
      return Object.entries(
        doc.paths as Record<
          string,
          Record<
            string,
            {
              parameters?: { in: string; name: string }[];
              requestBody?: { content: Record<string, { schema: unknown }> };
              responses?: Record<string, { content?: Record<string, unknown> }>;
            }
          >
        >,
      ).flatMap(([path, methods]) =>
        Object.entries(methods).map(([method, operation]) => ({
          method: method as Operation['method'],
          path,
          query: (operation.parameters ?? []).filter((p) => p.in === 'query').map((p) => p.name),
          bodyFields: Object.keys(schemaOf(operation.requestBody?.content['application/json']?.schema)?.properties ?? {}),
          streams: Object.values(operation.responses ?? {}).some((answer) => 'text/event-stream' in (answer.content ?? {})),
        })),
      );
    }

    it('never answers 5xx and never changes state', async () => {
      const all = await operations();
      expect(all.length).toBeGreaterThan(20);
      const before = await state();
      const pathWith = (template: string, segment: string) => template.replace(/\{[^}]+\}/g, segment);
      const validSegment = (template: string) => pathWith(template, caseId);
      for (const operation of all) {
        await fc.assert(
          fc.asyncProperty(
            fc.oneof(
              // a hostile path segment
              hostileString.map((s) => ({
                path: pathWith(operation.path, encodeHostile(s)),
                query: '',
                body: hostileBodyOrNone(operation),
              })),
              // a hostile query parameter (declared or not)
              fc
                .tuple(
                  fc.constantFrom(...[...operation.query, 'page', 'unexpected']),
                  fc.oneof(hostileString.map(encodeHostile), hostileNumberText),
                )
                .map(([name, value]) => ({
                  path: validSegment(operation.path),
                  query: `?${name}=${value}`,
                  body: hostileBodyOrNone(operation),
                })),
              // a hostile body
              hostileBody(operation.bodyFields).map((body) => ({ path: validSegment(operation.path), query: '', body })),
            ),
            async ({ path, query, body }) => {
              const call = request(server)[operation.method](`${path}${query}`).set('Authorization', authorization);
              // A stream the request opened never ends by itself: its status is what is checked.
              if (operation.streams)
                call.buffer(true).parse((res, done) => ((res as unknown as { destroy(): void }).destroy(), done(null, null)));
              const response = await (operation.method === 'get' ? call : call.set('Content-Type', 'application/json').send(body));
              expect({
                route: `${operation.method} ${operation.path}`,
                status: response.status < 500 ? 'not 5xx' : response.status,
              }).toEqual({
                route: `${operation.method} ${operation.path}`,
                status: 'not 5xx',
              });
            },
          ),
          { numRuns: 25 },
        );
      }
      expect(await state()).toBe(before);
    });

    function hostileBodyOrNone(operation: Operation): string {
      return operation.method === 'get' ? '' : JSON.stringify({ [operation.bodyFields[0] ?? 'x']: '\u0000' });
    }
  });
});
