import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { SignJWT, generateKeyPair } from 'jose';
import pg from 'pg';
import request from 'supertest';
import { bearer, EMBEDDED_ISSUER, DEFAULT_AUDIENCE, ErasureService, mintTestToken, RetentionService, ROLES, type Role } from '@app/access';
import { CommandExecutor, EventTypeRegistry, streamName } from '@app/event-store';
import type { PersonalData } from '@app/domain';
import { startTestApp, type TestApp } from '@app/testing';

/**
 * Access control over HTTP with real tokens from the app's embedded issuer: authentication (401),
 * the role matrix (403), partnership scoping (404), the audit trail, erasure and malformed bodies.
 */
describe('access control over HTTP', () => {
  let harness: TestApp;
  let server: ReturnType<TestApp['app']['getHttpServer']>;
  let db: pg.Client;

  beforeAll(async () => {
    harness = await startTestApp([], { RETENTION_INTERVAL_MS: '0' });
    server = harness.app.getHttpServer();
    db = new pg.Client({ connectionString: harness.database.url });
    await db.connect();
  });
  afterAll(async () => {
    await db.end();
    await harness.close();
  });

  const as = (roles: Role[], partnerships = ['north'], id = `user-${roles.join('+') || 'none'}`) =>
    bearer(harness.app, { id, roles, partnerships });
  const eventCount = async () => (await db.query('SELECT count(*)::int AS c FROM es_events')).rows[0].c as number;

  /** Writes a victim's name through the real codec, as a context's command handler would. */
  async function recordPerson(subjectId: string, name: string, partnershipId = 'north'): Promise<void> {
    const executor = harness.app.get(CommandExecutor);
    harness.app.get(EventTypeRegistry).registerVersions({ ProbePersonRecorded: 1 });
    const victim: PersonalData<{ name: string }> = { subjectId, personal: { name } };
    await executor.handle(
      streamName('erasure_probe', subjectId),
      { initialState: () => null, evolve: (s: null) => s },
      () => [{ type: 'ProbePersonRecorded', data: { riskBand: 'high', victim } }],
      {
        context: {
          commandId: randomUUID(),
          correlationId: 'c',
          causationId: 'c',
          actor: 'test',
          occurredAt: new Date().toISOString(),
          partnershipId,
        },
      },
    );
  }

  describe('authentication', () => {
    it('lets anyone reach health and the API docs', async () => {
      await request(server).get('/health/live').expect(200);
      await request(server).get('/docs/openapi.json').expect(200);
    });

    it('refuses a request without a token with 401 problem+json and WWW-Authenticate: Bearer', async () => {
      const response = await request(server).get('/audit').expect(401);
      expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(response.headers['www-authenticate']).toMatch(/^Bearer/);
      expect(response.body).toMatchObject({ status: 401, title: 'Unauthorized' });
    });

    it.each([
      ['garbage', async () => 'not-a-jwt'],
      ['expired', async () => mintTestToken(harness.app, { id: 'a', roles: ['auditor'], partnerships: ['north'], ttlSeconds: -120 })],
      ['forged (signed with another key)', async () => sign({ alg: 'ES256', issuer: EMBEDDED_ISSUER, audience: DEFAULT_AUDIENCE })],
      [
        'unsigned (alg none)',
        async () =>
          `${b64({ alg: 'none' })}.${b64({ sub: 'a', roles: ['auditor'], iss: EMBEDDED_ISSUER, aud: DEFAULT_AUDIENCE, exp: 9e9 })}.`,
      ],
      ['wrong issuer', async () => signWithAppKey({ issuer: 'https://evil.example' })],
      ['wrong audience', async () => signWithAppKey({ audience: 'another-app' })],
    ])('refuses a %s token with 401', async (_name, token) => {
      const response = await request(server)
        .get('/audit')
        .set('Authorization', `Bearer ${await token()}`)
        .expect(401);
      expect(response.headers['www-authenticate']).toMatch(/error="invalid_token"/);
      expect(JSON.stringify(response.body)).not.toMatch(/stack|at \w+ \(/);
    });
  });

  describe('role matrix', () => {
    /** One line per endpoint: the roles admitted; every other role must get 403. */
    const matrix: { method: 'get' | 'post'; path: string; body?: object; admitted: readonly Role[] }[] = [
      { method: 'get', path: '/audit', admitted: ['auditor'] },
      { method: 'post', path: '/admin/erasure', body: { subjectId: 'nobody-known', reason: 'role matrix' }, admitted: ['admin'] },
      { method: 'get', path: '/metrics', admitted: ['admin'] },
    ];
    const cases = matrix.flatMap((row) => ROLES.map((role) => ({ ...row, role, allowed: row.admitted.includes(role) })));

    it.each(cases)('$method $path as $role → allowed: $allowed', async ({ method, path, body, role, allowed }) => {
      const call = request(server)
        [method](path)
        .set('Authorization', await as([role]));
      const response = await (body ? call.send(body) : call);
      if (allowed) {
        expect([200, 201, 404]).toContain(response.status); // 404: the erasure row names nobody known
      } else {
        expect(response.status).toBe(403);
        expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
      }
    });

    it('refuses a token with no roles at all', async () => {
      await request(server)
        .get('/audit')
        .set('Authorization', await as([]))
        .expect(403);
    });
  });

  describe('personal data in the event log', () => {
    it('stores names only as ciphertext, and erasure makes them unreadable while other facts remain', async () => {
      const subjectId = randomUUID();
      await recordPerson(subjectId, 'Zebedee Quartermain');
      const raw = async () =>
        (await db.query<{ data: string }>('SELECT data::text AS data FROM es_events')).rows.map((r) => r.data).join('\n');
      expect(await raw()).not.toContain('Zebedee');
      expect(await raw()).toContain(subjectId);

      const executor = harness.app.get(CommandExecutor);
      const read = async () =>
        (
          await executor.load<unknown[], { type: string; data: { riskBand: string; victim: PersonalData<{ name: string }> } }>(
            streamName('erasure_probe', subjectId),
            {
              initialState: () => [],
              evolve: (s, e) => [...s, e.data],
            },
          )
        ).state;
      expect(await read()).toEqual([{ riskBand: 'high', victim: { subjectId, personal: { name: 'Zebedee Quartermain' } } }]);

      const admin = await as(['admin'], ['north'], 'admin-1');
      const erased = await request(server)
        .post('/admin/erasure')
        .set('Authorization', admin)
        .send({ subjectId, reason: 'SAR-2024-17 right to erasure' })
        .expect(200);
      expect(erased.body).toMatchObject({ subjectId, alreadyErased: false });

      // The non-personal facts stay; the personal part reads back as null.
      expect(await read()).toEqual([{ riskBand: 'high', victim: { subjectId, personal: null } }]);
      expect(await raw()).not.toContain('Zebedee');
      const tombstone = await db.query('SELECT wrapped_key, erased_by FROM subject_keys WHERE subject_id = $1', [subjectId]);
      expect(tombstone.rows[0]).toEqual({ wrapped_key: null, erased_by: 'admin-1' });
      const erasureEvents = await db.query(`SELECT event_type AS type, data FROM es_events WHERE stream_name = $1`, [
        `erasure-${subjectId}`,
      ]);
      expect(erasureEvents.rows).toEqual([{ type: 'PersonalDataErased', data: expect.objectContaining({ subjectId, basis: 'request' }) }]);

      // Again: nothing new is appended, and the answer says it was already erased.
      const again = await request(server)
        .post('/admin/erasure')
        .set('Authorization', admin)
        .send({ subjectId, reason: 'duplicate request' })
        .expect(200);
      expect(again.body.alreadyErased).toBe(true);
      expect((await db.query(`SELECT count(*)::int AS c FROM es_events WHERE stream_name = $1`, [`erasure-${subjectId}`])).rows[0].c).toBe(
        1,
      );
    });

    it('answers 404 to an admin of another partnership, as for a subject nobody knows', async () => {
      const subjectId = randomUUID();
      await recordPerson(subjectId, 'Ottoline Fairweather', 'north');
      const southAdmin = await as(['admin'], ['south'], 'admin-south');
      const other = await request(server)
        .post('/admin/erasure')
        .set('Authorization', southAdmin)
        .send({ subjectId, reason: 'wrong area' })
        .expect(404);
      const unknown = await request(server)
        .post('/admin/erasure')
        .set('Authorization', southAdmin)
        .send({ subjectId: randomUUID(), reason: 'nobody' })
        .expect(404);
      expect(other.body.detail).toBe(unknown.body.detail);
      expect((await db.query('SELECT erased_at FROM subject_keys WHERE subject_id = $1', [subjectId])).rows[0].erased_at).toBeNull();
    });

    it('erases automatically when a retention source reports a subject, recorded as system:retention', async () => {
      const subjectId = randomUUID();
      await recordPerson(subjectId, 'Perpetua Longbottom');
      const retention = harness.app.get(RetentionService);
      retention.register({
        name: 'probe',
        subjectsDue: async ({ yearsAfterClosure }) => [{ subjectId, reason: `case closed; kept ${yearsAfterClosure} years` }],
        subjectsStillNeeded: async () => new Set(),
      });
      expect((await retention.sweep()).erased).toEqual([subjectId]);
      expect((await retention.sweep()).erased).toEqual([]);
      const entries = await db.query('SELECT actor, action, purpose FROM audit_log WHERE $1 = ANY(subject_ids)', [subjectId]);
      expect(entries.rows).toEqual([
        { actor: 'system:retention', action: 'retention-erasure', purpose: 'probe: case closed; kept 6 years' },
      ]);
      expect(harness.app.get(ErasureService)).toBeDefined();
    });

    it('erases nobody a source behind the log might still need: that source is left out, and keeps everyone asked about', async () => {
      const subjectId = randomUUID();
      await recordPerson(subjectId, 'Wilhelmina Stale');
      const retention = harness.app.get(RetentionService);
      const asked: string[] = [];
      // A read model this process does not know is never caught up: the sweep must not act on it.
      retention.register({
        name: 'stale probe',
        readModel: 'no_such_read_model',
        subjectsDue: async () => [{ subjectId, reason: 'would be due' }],
        subjectsStillNeeded: async (ids) => (asked.push(...ids), new Set()),
      });
      retention.register({
        name: 'current probe',
        subjectsDue: async () => [{ subjectId, reason: 'due here' }],
        subjectsStillNeeded: async () => new Set(),
      });
      expect((await retention.sweep()).erased).toEqual([]);
      expect(asked).toEqual([]);
      expect((await db.query('SELECT erased_at FROM subject_keys WHERE subject_id = $1', [subjectId])).rows[0].erased_at).toBeNull();
    });
  });

  describe('audit', () => {
    it('records commands with who, which record, endpoint and correlation id, and auditors query it', async () => {
      const subjectId = randomUUID();
      await recordPerson(subjectId, 'Hester Blackwood');
      await request(server)
        .post('/admin/erasure')
        .set('Authorization', await as(['admin'], ['north'], 'admin-2'))
        .set('X-Correlation-Id', 'corr-audit-1')
        .set('X-Access-Purpose', 'erasure request SAR-99')
        .send({ subjectId, reason: 'SAR-99' })
        .expect(200);

      const auditor = await as(['auditor'], ['north'], 'auditor-1');
      const page = await request(server).get('/audit').query({ person: subjectId }).set('Authorization', auditor).expect(200);
      expect(page.body.total).toBe(1);
      expect(page.body.items[0]).toMatchObject({
        actor: 'admin-2',
        action: 'command',
        method: 'POST',
        route: '/admin/erasure',
        recordId: subjectId,
        subjectIds: [subjectId],
        partnershipId: 'north',
        correlationId: 'corr-audit-1',
        purpose: 'erasure request SAR-99',
        outcome: 'success',
      });
      const byUser = await request(server)
        .get('/audit')
        .query({ user: 'admin-2', from: '2000-01-01T00:00:00Z', pageSize: 1 })
        .set('Authorization', auditor)
        .expect(200);
      expect(byUser.body.items).toHaveLength(1);
      // An auditor of another partnership does not see north's entries.
      const south = await request(server)
        .get('/audit')
        .query({ person: subjectId })
        .set('Authorization', await as(['auditor'], ['south']))
        .expect(200);
      expect(south.body.total).toBe(0);
    });

    it('records refused commands too', async () => {
      await request(server)
        .post('/admin/erasure')
        .set('Authorization', await as(['admin'], ['north'], 'admin-3'))
        .send({ subjectId: 'ghost', reason: 'nobody' })
        .expect(404);
      const { rows } = await db.query(`SELECT outcome, status FROM audit_log WHERE actor = 'admin-3'`);
      expect(rows).toEqual([{ outcome: 'denied', status: 404 }]);
    });

    it('cannot be rewritten by the application', async () => {
      await expect(db.query(`UPDATE audit_log SET actor = 'someone-else'`)).rejects.toThrow(/append-only/);
      await expect(db.query('DELETE FROM audit_log')).rejects.toThrow(/append-only/);
      await expect(db.query('TRUNCATE audit_log')).rejects.toThrow(/append-only/);
    });
  });

  describe('malformed bodies', () => {
    /** Every command endpoint with a token allowed to call it. Add a line per new command endpoint. */
    const commandEndpoints: { path: string; roles: Role[] }[] = [{ path: '/admin/erasure', roles: ['admin'] }];

    const malformed = fc.oneof(
      fc.anything(),
      fc.dictionary(fc.string(), fc.anything()),
      fc.record({ subjectId: fc.anything(), reason: fc.anything() }, { requiredKeys: [] }),
      fc.record({ subjectId: fc.string({ maxLength: 300 }), reason: fc.string({ maxLength: 2 }), extra: fc.anything() }),
      fc.record({ subjectId: fc.constantFrom('', ' ', 'a b', '\u0000'), reason: fc.string({ minLength: 3 }) }),
    );

    it.each(commandEndpoints)('$path answers 4xx problem+json and appends nothing', async ({ path, roles }) => {
      const authorization = await as(roles, ['north'], 'fuzzer');
      const before = await eventCount();
      await fc.assert(
        fc.asyncProperty(malformed, async (body) => {
          const raw = JSON.stringify(body) ?? 'undefined';
          const response = await request(server)
            .post(path)
            .set('Authorization', authorization)
            .set('Content-Type', 'application/json')
            .send(raw);
          expect(response.status).toBeGreaterThanOrEqual(400);
          expect(response.status).toBeLessThan(500);
          expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
        }),
        { numRuns: 150 },
      );
      expect(await eventCount()).toBe(before);
    });
  });

  async function signWithAppKey(overrides: { issuer?: string; audience?: string }): Promise<string> {
    const { readFile } = await import('node:fs/promises');
    const { importJWK } = await import('jose');
    const jwk = JSON.parse(await readFile(`${harness.dataDir}/auth/signing-key.jwk`, 'utf8'));
    return new SignJWT({ roles: ['auditor'], partnerships: ['north'] })
      .setProtectedHeader({ alg: 'ES256', kid: jwk.kid })
      .setSubject('mallory')
      .setIssuer(overrides.issuer ?? EMBEDDED_ISSUER)
      .setAudience(overrides.audience ?? DEFAULT_AUDIENCE)
      .setExpirationTime('5m')
      .sign(await importJWK(jwk, 'ES256'));
  }
});

async function sign(options: { alg: 'ES256'; issuer: string; audience: string }): Promise<string> {
  const { privateKey } = await generateKeyPair(options.alg);
  return new SignJWT({ roles: ['auditor'], partnerships: ['north'] })
    .setProtectedHeader({ alg: options.alg })
    .setSubject('mallory')
    .setIssuer(options.issuer)
    .setAudience(options.audience)
    .setExpirationTime('5m')
    .sign(privateKey);
}

function b64(value: object): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}
