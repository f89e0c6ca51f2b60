import request from 'supertest';
import pg from 'pg';
import { bearer } from '@app/access';
import { startTestApp, type TestApp } from '@app/testing';
import { counterContext } from './support/counter.context.js';

describe('platform over HTTP', () => {
  let harness: TestApp;
  let server: ReturnType<TestApp['app']['getHttpServer']>;
  let auth: Record<string, string>;

  beforeAll(async () => {
    harness = await startTestApp([counterContext]);
    server = harness.app.getHttpServer();
    auth = await authHeaders(harness);
  });
  afterAll(async () => {
    await harness.close();
  });

  const eventCount = async (): Promise<number> => {
    const client = new pg.Client({ connectionString: harness.database.url });
    await client.connect();
    try {
      return (await client.query('SELECT count(*)::int AS c FROM es_events')).rows[0].c;
    } finally {
      await client.end();
    }
  };

  it('answers liveness and readiness', async () => {
    await request(server).get('/health/live').expect(200, { status: 'ok' });
    const ready = await request(server).get('/health/ready').expect(200);
    expect(ready.body.database).toBe('up');
  });

  it('appends once and answers the same twice for one Idempotency-Key', async () => {
    const before = await eventCount();
    const first = await request(server).post('/test-counters').set(auth).set('Idempotency-Key', 'open-1').expect(201);
    const second = await request(server).post('/test-counters').set(auth).set('Idempotency-Key', 'open-1').expect(201);
    expect(second.body).toEqual(first.body);
    expect(second.headers.etag).toBe(first.headers.etag);
    expect(await eventCount()).toBe(before + 1);

    const id = first.body.counterId;
    const inc1 = await request(server)
      .post(`/test-counters/${id}/increments`)
      .set(auth)
      .set('Idempotency-Key', 'inc-1')
      .send({ by: 2 })
      .expect(200);
    const inc2 = await request(server)
      .post(`/test-counters/${id}/increments`)
      .set(auth)
      .set('Idempotency-Key', 'inc-1')
      .send({ by: 2 })
      .expect(200);
    expect(inc2.body).toEqual(inc1.body);
    expect(inc1.body.total).toBe(2);
    expect(await eventCount()).toBe(before + 2);
  });

  it('carries the stream revision as ETag and refuses a stale If-Match with 412', async () => {
    const opened = await request(server).post('/test-counters').set(auth).expect(201);
    expect(opened.headers.etag).toBe('"0"');
    const id = opened.body.counterId;
    const updated = await request(server)
      .post(`/test-counters/${id}/increments`)
      .set(auth)
      .set('If-Match', '"0"')
      .send({ by: 1 })
      .expect(200);
    expect(updated.headers.etag).toBe('"1"');
    const stale = await request(server)
      .post(`/test-counters/${id}/increments`)
      .set(auth)
      .set('If-Match', '"0"')
      .send({ by: 1 })
      .expect(412);
    expect(stale.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(stale.body).toMatchObject({ status: 412, title: 'Precondition Failed' });
    await request(server).get(`/test-counters/${id}`).set(auth).expect(200).expect('ETag', '"1"');
  });

  it('retries a conflict by itself when the client sent no If-Match', async () => {
    const { body } = await request(server).post('/test-counters').set(auth).expect(201);
    const responses = await Promise.all(
      Array.from({ length: 5 }, () => request(server).post(`/test-counters/${body.counterId}/increments`).set(auth).send({ by: 1 })),
    );
    expect(responses.map((r) => r.status)).toEqual([200, 200, 200, 200, 200]);
    const read = await request(server).get(`/test-counters/${body.counterId}`).set(auth).expect(200);
    expect(read.body.total).toBe(5);
  });

  it('names every offending field and refuses unknown properties with 400', async () => {
    const { body } = await request(server).post('/test-counters').set(auth).expect(201);
    const response = await request(server)
      .post(`/test-counters/${body.counterId}/increments`)
      .set(auth)
      .send({ by: 50, colour: 'red' })
      .expect(400);
    expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
    const fields = response.body.errors.map((e: { field: string }) => e.field).sort();
    expect(fields).toEqual(['by', 'colour']);
  });

  it('answers malformed JSON with 400, an illegal transition with 409 and a missing record with 404', async () => {
    const { body } = await request(server).post('/test-counters').set(auth).expect(201);
    await request(server)
      .post(`/test-counters/${body.counterId}/increments`)
      .set(auth)
      .set('Content-Type', 'application/json')
      .send('{"by": ')
      .expect(400);
    for (let i = 0; i < 10; i++) {
      await request(server).post(`/test-counters/${body.counterId}/increments`).set(auth).send({ by: 10 }).expect(200);
    }
    const over = await request(server).post(`/test-counters/${body.counterId}/increments`).set(auth).send({ by: 1 }).expect(409);
    expect(over.body.detail).toBe('A counter cannot pass 100.');
    await request(server).get('/test-counters/7c9e6679-7425-40de-944b-e07fc1f90ae7').set(auth).expect(404);
    await request(server)
      .post(`/test-counters/${body.counterId}/increments`)
      .set(auth)
      .set('If-Match', 'yesterday')
      .send({ by: 1 })
      .expect(400);
  });

  it('refuses a body over the configured limit with 413 and writes nothing', async () => {
    const before = await eventCount();
    const { body } = await request(server).post('/test-counters').set(auth).expect(201);
    await request(server)
      .post(`/test-counters/${body.counterId}/increments`)
      .set(auth)
      .send({ by: 1, padding: 'x'.repeat(200_000) })
      .expect(413);
    expect(await eventCount()).toBe(before + 1);
  });

  it('serves the OpenAPI document', async () => {
    const doc = await request(server).get('/docs/openapi.json').expect(200);
    expect(Object.keys(doc.body.paths)).toEqual(expect.arrayContaining(['/health/ready', '/test-counters/{id}/increments']));
  });
});

/** Headers that authenticate as a coordinator, once the access module is in place. */
async function authHeaders(harness: TestApp): Promise<Record<string, string>> {
  return { Authorization: await bearer(harness.app, { id: 'e2e-coordinator', roles: ['coordinator'], partnerships: ['north'] }) };
}
