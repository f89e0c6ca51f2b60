import fc from 'fast-check';
import pg from 'pg';
import request from 'supertest';
import { bearer } from '@app/access';
import { boundedContexts } from '@app/contexts';
import { ProcessManagersService } from '@app/kit';
import { startTestApp, type TestApp } from '@app/testing';
import { counterContext } from './support/counter.context.js';
import { registerTestMarac } from './support/marac-registration.js';
import { referralBody } from './support/referral-body.js';

/**
 * Issue 12, defect 2, over HTTP against a real database: an Idempotency-Key is bound to the request it
 * first came with (method, route, record, body). The same request again answers the first outcome and
 * appends nothing; anything else with that key is a 422 that says nothing of the other request.
 */
const PARTNERSHIP = 'csp-idem';
const MARAC = 'marac-idem';

/** A referral of new people (the server makes their ids), named after `label`: the same label, the same body. */
function referral(label: string) {
  return referralBody({
    partnershipId: PARTNERSHIP,
    maracId: MARAC,
    victimName: `Idempotency Victim ${label}`,
    perpetratorName: `Idempotency Perpetrator ${label}`,
    profile: { childrenInHousehold: 0 },
  });
}

const action = (description: string) => ({ agency: 'housing', description, dueDate: '2024-05-24' });
const incident = { date: '2024-06-01', reportingAgency: 'police', description: 'A further incident' };

describe('Idempotency-Key bound to its request', () => {
  let harness: TestApp;
  let server: ReturnType<TestApp['app']['getHttpServer']>;
  let db: pg.Client;
  let alice: string;
  let bob: string;
  let caseA: string;
  let caseB: string;

  const post = (path: string, body: object, key: string, as = alice) =>
    request(server).post(path).set('Authorization', as).set('Idempotency-Key', key).send(body);
  const eventsOf = async (stream: string) =>
    (
      await db.query<{ type: string; commandId: string }>(
        `SELECT event_type AS type, metadata->>'commandId' AS "commandId" FROM es_events WHERE stream_name = $1 ORDER BY stream_revision`,
        [stream],
      )
    ).rows;
  /** Events in the log once the process managers have followed what came before (they append in reply, in the background). */
  const eventCount = async () => {
    await harness.app.get(ProcessManagersService).waitUntilCaughtUp();
    return (await db.query<{ n: number }>('SELECT count(*)::int AS n FROM es_events')).rows[0].n;
  };
  const keyCount = async () => (await db.query<{ n: number }>('SELECT count(*)::int AS n FROM idempotency_keys')).rows[0].n;

  /** The refusal every reuse gets: 422 problem+json naming the key, and nothing of the request it was first used for. */
  const expectKeyReused = (response: request.Response, ...secrets: string[]) => {
    expect(response.status).toBe(422);
    expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(response.body).toMatchObject({
      status: 422,
      detail: expect.stringContaining('Idempotency-Key was already used for a different request'),
    });
    for (const secret of secrets) expect(response.text).not.toContain(secret);
    expect(response.headers.etag).toBeUndefined();
  };

  beforeAll(async () => {
    harness = await startTestApp([...boundedContexts, counterContext]);
    server = harness.app.getHttpServer();
    await registerTestMarac(harness.app, MARAC, PARTNERSHIP);
    db = new pg.Client({ connectionString: harness.database.url });
    await db.connect();
    alice = await bearer(harness.app, { id: 'alice', roles: ['coordinator'], partnerships: [PARTNERSHIP] });
    bob = await bearer(harness.app, { id: 'bob', roles: ['coordinator'], partnerships: [PARTNERSHIP] });
    caseA = (await post('/marac/referrals', referral('a'), 'referral-a').expect(201)).body.caseId;
    caseB = (await post('/marac/referrals', referral('b'), 'referral-b').expect(201)).body.caseId;
  });
  afterAll(async () => {
    await db?.end();
    await harness?.close();
  });

  it("refuses an incident sent with an action's key, and records no incident", async () => {
    const added = await post(`/marac/cases/${caseA}/actions`, action('Fit extra locks'), 'key-1').expect(201);
    const before = await eventsOf(`marac_case-${caseA}`);
    expectKeyReused(await post(`/marac/cases/${caseA}/incidents`, incident, 'key-1'), added.body.actionId, 'Fit extra locks');
    expect(await eventsOf(`marac_case-${caseA}`)).toEqual(before);
  });

  it('refuses the same key on another case, which gets no record', async () => {
    await post(`/marac/cases/${caseA}/actions`, action('Safety plan'), 'key-2').expect(201);
    const before = await eventsOf(`marac_case-${caseB}`);
    expectKeyReused(await post(`/marac/cases/${caseB}/actions`, action('Safety plan'), 'key-2'), caseA);
    expect(await eventsOf(`marac_case-${caseB}`)).toEqual(before);
  });

  it('refuses a different body with the same key, and keeps the first', async () => {
    await post(`/marac/cases/${caseA}/actions`, action('Refer to IDVA'), 'key-3').expect(201);
    const before = await eventCount();
    expectKeyReused(await post(`/marac/cases/${caseA}/actions`, action('Something else'), 'key-3'), 'Refer to IDVA');
    expect(await eventCount()).toBe(before);
  });

  it('refuses a creation on another route with a key already used: no meeting id comes from it', async () => {
    const meeting = { partnershipId: PARTNERSHIP, maracId: MARAC, date: '2024-04-24' };
    expectKeyReused(await post('/marac/meetings', meeting, 'referral-a'), caseA);
    expectKeyReused(await post(`/marac/cases/${caseB}/incidents`, incident, 'referral-a'), caseA);
  });

  it('binds keys on every endpoint that takes @CommandMeta(), in any bounded context', async () => {
    const opened = await post('/test-counters', {}, 'counter-1').expect(201);
    expectKeyReused(await post(`/test-counters/${opened.body.counterId}/increments`, { by: 1 }, 'counter-1'));
    expectKeyReused(await post('/test-counters', {}, 'key-1'));
    expect((await post('/test-counters', {}, 'counter-1').expect(201)).body).toEqual(opened.body);
  });

  it('answers the same request twice with the same status, body and ETag, and appends one set of events', async () => {
    const body = { ...incident, description: 'Reported by a neighbour' };
    const first = await post(`/marac/cases/${caseB}/incidents`, body, 'key-4').expect(201);
    const events = await eventsOf(`marac_case-${caseB}`);
    // The same request with its keys in another order is the same request.
    const reordered = Object.fromEntries(Object.entries(body).reverse());
    const again = await post(`/marac/cases/${caseB}/incidents`, reordered, 'key-4');
    expect({ status: again.status, body: again.body, etag: again.headers.etag }).toEqual({
      status: 201,
      body: first.body,
      etag: first.headers.etag,
    });
    expect(first.body.incidentId).toEqual(expect.any(String));
    expect(await eventsOf(`marac_case-${caseB}`)).toEqual(events);
    expect(events.filter((e) => e.type === 'FurtherIncidentReported')).toHaveLength(1);

    const referredAgain = await post('/marac/referrals', referral('a'), 'referral-a').expect(201);
    expect(referredAgain.body.caseId).toBe(caseA);
  });

  it("keeps two users' keys apart: the same key succeeds for each, independently", async () => {
    const byAlice = await post(`/marac/cases/${caseA}/actions`, action('Alice’s action'), 'shared-key', alice).expect(201);
    const byBob = await post(`/marac/cases/${caseB}/actions`, action('Bob’s action'), 'shared-key', bob).expect(201);
    expect(byBob.body.actionId).not.toBe(byAlice.body.actionId);
    expect(byBob.body.caseId).toBe(caseB);
    const lastCommandOf = async (caseId: string) => (await eventsOf(`marac_case-${caseId}`)).at(-1)!.commandId;
    expect(await lastCommandOf(caseB)).not.toBe(await lastCommandOf(caseA));
    // Each repeat is its own user's retry.
    expect((await post(`/marac/cases/${caseA}/actions`, action('Alice’s action'), 'shared-key', alice).expect(201)).body).toEqual(
      byAlice.body,
    );
    expect((await post(`/marac/cases/${caseB}/actions`, action('Bob’s action'), 'shared-key', bob).expect(201)).body).toEqual(byBob.body);
  });

  it('does not bind a key to a request refused by validation', async () => {
    await post(`/marac/cases/${caseA}/actions`, { ...action('Invalid'), dueDate: 'soon' }, 'key-5').expect(400);
    await post(`/marac/cases/${caseA}/actions`, action('Valid this time'), 'key-5').expect(201);
  });

  it('fingerprints any body: malformed ones sent with one key each get a 4xx and leave the key free', async () => {
    const keysBefore = await keyCount();
    const json = (value: unknown) => JSON.stringify(value) ?? 'null';
    const bodies = fc.oneof(
      fc.anything().map(json),
      fc.dictionary(fc.string(), fc.anything()).map(json),
      // A `__proto__` key beside an action whose due date is not a date.
      fc
        .tuple(fc.anything(), fc.anything())
        .map(([proto, dueDate]) => `{"__proto__":${json(proto)},"agency":"housing","description":"x","dueDate":${json(dueDate)}}`),
    );
    await fc.assert(
      fc.asyncProperty(bodies, async (raw) => {
        const response = await request(server)
          .post(`/marac/cases/${caseA}/actions`)
          .set('Authorization', alice)
          .set('Idempotency-Key', 'fuzz-key')
          .set('Content-Type', 'application/json')
          .send(raw);
        expect(response.status).toBeGreaterThanOrEqual(400);
        expect(response.status).not.toBe(422);
        expect(response.status).toBeLessThan(500);
      }),
      { numRuns: 60 },
    );
    expect(await keyCount()).toBe(keysBefore);
    await post(`/marac/cases/${caseA}/actions`, action('After the fuzzing'), 'fuzz-key').expect(201);
  });

  it('completes the identical retry after a failure between the key record and the append', async () => {
    // The append fails inside the real database (a trigger on the event log), after the key was recorded.
    await db.query(`CREATE FUNCTION fail_append() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'simulated crash'; END $$`);
    await db.query(
      `CREATE TRIGGER fail_append BEFORE INSERT ON es_events FOR EACH ROW WHEN (NEW.stream_name = 'marac_case-${caseB}') EXECUTE FUNCTION fail_append()`,
    );
    const keysBefore = await keyCount();
    const before = await eventsOf(`marac_case-${caseB}`);
    try {
      await post(`/marac/cases/${caseB}/actions`, action('After the crash'), 'key-6').expect(500);
    } finally {
      await db.query('DROP TRIGGER fail_append ON es_events');
      await db.query('DROP FUNCTION fail_append()');
    }
    expect(await eventsOf(`marac_case-${caseB}`)).toEqual(before);
    expect(await keyCount()).toBe(keysBefore + 1);

    // The key is bound although nothing was written: another request with it is refused...
    expectKeyReused(await post(`/marac/cases/${caseB}/actions`, action('Another action'), 'key-6'));
    // ...and the identical retry completes, once.
    const retried = await post(`/marac/cases/${caseB}/actions`, action('After the crash'), 'key-6').expect(201);
    const again = await post(`/marac/cases/${caseB}/actions`, action('After the crash'), 'key-6').expect(201);
    expect(again.body).toEqual(retried.body);
    expect(again.headers.etag).toBe(retried.headers.etag);
    const after = await eventsOf(`marac_case-${caseB}`);
    expect(after).toHaveLength(before.length + 1);
    // The command the key was recorded for before the failed append is the one that landed.
    expect((await db.query('SELECT 1 FROM idempotency_keys WHERE command_id = $1', [after.at(-1)!.commandId])).rowCount).toBe(1);
  });

  it('documents the 422 on every endpoint that writes (each takes @CommandMeta()), and on no read', async () => {
    const doc = await request(server).get('/docs/openapi.json').expect(200);
    const operations = Object.entries(doc.body.paths as Record<string, Record<string, { responses: Record<string, unknown> }>>).flatMap(
      ([path, methods]) =>
        Object.entries(methods).map(([method, operation]) => ({
          operation: `${method.toUpperCase()} ${path}`,
          documents422: '422' in operation.responses,
        })),
    );
    // Erasure takes no key: erasing a subject twice is the same as once (`alreadyErased`). A people search is a
    // read sent as POST (its terms stay out of URLs and access logs): it writes nothing. Deleting an alert
    // recipient appends no event and takes no key: a repeat finds nothing to delete (404), the same end state.
    const keyless = new Set(['POST /admin/erasure', 'POST /people/search', 'DELETE /alert-recipients/{userId}']);
    const writes = operations.filter((o) => !o.operation.startsWith('GET ') && !keyless.has(o.operation));
    expect(writes.map((o) => o.operation)).toEqual(
      expect.arrayContaining(['POST /marac/referrals', 'PATCH /partnerships/{partnershipId}/settings', 'POST /test-counters']),
    );
    expect(writes.filter((o) => !o.documents422)).toEqual([]);
    expect(operations.filter((o) => o.operation.startsWith('GET ') && o.documents422)).toEqual([]);
  });

  it('ignores the header on reads', async () => {
    const read = await request(server).get(`/marac/cases/${caseA}`).set('Authorization', alice).set('Idempotency-Key', 'key-1').expect(200);
    expect(read.body.caseId).toBe(caseA);
    await request(server).get(`/marac/cases/${caseB}`).set('Authorization', alice).set('Idempotency-Key', 'key-1').expect(200);
  });
});
