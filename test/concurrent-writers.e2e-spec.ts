import type { AddressInfo } from 'node:net';
import { bearer } from '@app/access';
import { EVENT_STORE, type EventStore, type RecordedEvent } from '@app/event-store';
import { startTestApp, type TestApp } from '@app/testing';
import { boundedContexts } from '@app/contexts';

/**
 * Issue 5, "Concurrent writers on one case", over HTTP against a real database: 20 coordinators read the
 * same case and each adds an action to it at the same moment with If-Match set to the ETag they read.
 * Exactly one wins (most of them reach the store's append together, so the store's write-time check
 * decides, not a stale read); every other gets 412 problem+json and nothing of theirs is written; the
 * stream holds the winner's event once, one revision on. Then the 19 re-read and retry (same
 * Idempotency-Key, fresh If-Match) until they land, and the winner repeats its request: every action is
 * in the stream exactly once, at contiguous revisions, and each response's ETag is the revision of its
 * own event.
 */
const PARTNERSHIP = 'csp-concurrency';
const WRITERS = 20;

describe('20 coordinators writing to one case at once', () => {
  let harness: TestApp;
  let base: string;
  let caseId: string;
  const auth: string[] = [];

  const call = (writer: number, method: string, path: string, headers: Record<string, string> = {}, body?: object) =>
    fetch(`${base}${path}`, {
      method,
      headers: { Authorization: auth[writer], ...(body ? { 'Content-Type': 'application/json' } : {}), ...headers },
      body: body ? JSON.stringify(body) : undefined,
    });
  const read = async (writer: number) => {
    const response = await call(writer, 'GET', `/marac/cases/${caseId}`);
    expect(response.status).toBe(200);
    return response.headers.get('etag')!;
  };
  const addAction = (writer: number, etag: string) =>
    call(
      writer,
      'POST',
      `/marac/cases/${caseId}/actions`,
      { 'If-Match': etag, 'Idempotency-Key': `add-action-${writer}` },
      {
        actionId: `action-${writer}`,
        agency: 'housing',
        description: `Action agreed by coordinator ${writer}`,
        dueDate: '2025-06-30',
      },
    );
  const stream = () => harness.app.get<EventStore>(EVENT_STORE).readStream(`marac_case-${caseId}`);
  const actionsIn = (events: RecordedEvent[]) =>
    events
      .filter((event) => event.type === 'AgencyActionAdded')
      .map((event) => ({ actionId: (event.data as { actionId: string }).actionId, revision: event.revision, actor: event.metadata.actor }));

  beforeAll(async () => {
    harness = await startTestApp(boundedContexts, { RATE_LIMIT_PER_MINUTE: '100000' });
    await harness.app.listen(0, '127.0.0.1');
    base = `http://127.0.0.1:${(harness.app.getHttpServer().address() as AddressInfo).port}`;
    for (let writer = 0; writer < WRITERS; writer++) {
      auth.push(await bearer(harness.app, { id: `coordinator-${writer}`, roles: ['coordinator'], partnerships: [PARTNERSHIP] }));
    }
    const admin = await bearer(harness.app, { id: 'concurrency-admin', roles: ['admin'], partnerships: [PARTNERSHIP] });
    const registered = await fetch(`${base}/maracs`, {
      method: 'POST',
      headers: { Authorization: admin, 'Content-Type': 'application/json' },
      body: JSON.stringify({ maracId: 'marac-concurrency', partnershipId: PARTNERSHIP, name: 'Concurrency MARAC' }),
    });
    expect(registered.status).toBe(201);
    const referral = await call(
      0,
      'POST',
      '/marac/referrals',
      { 'Idempotency-Key': 'concurrency-referral' },
      {
        partnershipId: PARTNERSHIP,
        maracId: 'marac-concurrency',
        referralDate: '2025-04-10',
        referringAgency: 'police',
        criterion: 'visible-high-risk',
        victim: {
          details: { fullName: 'Concurrency Victim' },
          profile: { sex: 'female', ageAtReferral: 30, ethnicity: 'not-known', disabled: false, lgbtPlus: false, childrenInHousehold: 0 },
        },
        perpetrators: [{ relationship: 'partner', details: { fullName: 'Concurrency Perpetrator' }, newPerson: true }],
        dash: { answers: [...Array(15).fill('yes'), ...Array(9).fill('no')] },
      },
    );
    expect(referral.status).toBe(201);
    caseId = ((await referral.json()) as { caseId: string }).caseId;
  });
  afterAll(async () => {
    await harness?.close();
  });

  let winner: number;

  it('lets exactly one of 20 writers with the same If-Match win; the others get 412 and write nothing', async () => {
    const etags = await Promise.all(Array.from({ length: WRITERS }, (_, writer) => read(writer)));
    expect(new Set(etags)).toEqual(new Set(['"1"'])); // CaseReferred, DashAssessmentRecorded

    // Count the appends that reach the store: writers whose pre-read was not stale yet and that only the
    // store's own check (at write time) can stop. Each is held until every writer has got that far (or 3 s
    // have passed), so the store decides the race however a loaded machine happens to schedule the requests.
    const store = harness.app.get<EventStore>(EVENT_STORE);
    const append = store.appendToStream;
    let appends = 0;
    let allArrived: () => void = () => undefined;
    const arrived = new Promise<void>((resolve) => (allArrived = resolve));
    store.appendToStream = async (...args) => {
      if (++appends === WRITERS) allArrived();
      await Promise.race([arrived, new Promise((resolve) => setTimeout(resolve, 3000).unref())]);
      return append.apply(store, args);
    };
    const responses = await Promise.all(etags.map((etag, writer) => addAction(writer, etag))).finally(
      () => (store.appendToStream = append),
    );
    expect(appends).toBeGreaterThan(1); // the race was decided by the store at write time, not only by stale reads
    const statuses = responses.map((response) => response.status);
    const winners = statuses.flatMap((status, writer) => (status === 201 ? [writer] : []));
    expect(winners).toHaveLength(1);
    winner = winners[0];
    expect(statuses.filter((status) => status === 412)).toHaveLength(WRITERS - 1);
    expect(responses[winner].headers.get('etag')).toBe('"2"');
    expect(await responses[winner].json()).toMatchObject({ caseId, revision: 2, actionId: `action-${winner}` });
    for (const [writer, response] of responses.entries()) {
      if (writer === winner) continue;
      expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      expect(await response.json()).toMatchObject({ status: 412, detail: expect.stringMatching(/changed since revision 1/) });
    }

    const events = await stream();
    expect(events.map((event) => event.revision)).toEqual([0, 1, 2]);
    expect(actionsIn(events)).toEqual([{ actionId: `action-${winner}`, revision: 2, actor: `coordinator-${winner}` }]);
  });

  it('lands every writer exactly once when they re-read and retry', async () => {
    const landedAt = new Map<number, number>();
    let conflicts = 0;
    await Promise.all(
      Array.from({ length: WRITERS }, async (_, writer) => {
        if (writer === winner) return;
        for (let attempt = 0; attempt < 200; attempt++) {
          const response = await addAction(writer, await read(writer));
          if (response.status === 201) {
            landedAt.set(writer, Number(JSON.parse(response.headers.get('etag')!)));
            return;
          }
          expect(response.status).toBe(412);
          conflicts++;
        }
        throw new Error(`coordinator ${writer} never landed`);
      }),
    );
    // The winner sends its request again with its stale If-Match: the same answer, nothing appended.
    const repeated = await addAction(winner, '"1"');
    expect(repeated.status).toBe(201);
    expect(repeated.headers.get('etag')).toBe('"2"');
    landedAt.set(winner, 2);

    const events = await stream();
    expect(events.map((event) => event.revision)).toEqual(Array.from({ length: 2 + WRITERS }, (_, i) => i));
    expect(new Set(events.map((event) => event.eventId)).size).toBe(events.length);
    const actions = actionsIn(events);
    expect(actions).toHaveLength(WRITERS);
    expect(new Set(actions.map((action) => action.actionId)).size).toBe(WRITERS);
    for (const [writer, revision] of landedAt) {
      expect(actions.filter((action) => action.actionId === `action-${writer}`)).toEqual([
        { actionId: `action-${writer}`, revision, actor: `coordinator-${writer}` },
      ]);
    }
    expect(await read(0)).toBe(`"${1 + WRITERS}"`);
    expect(conflicts).toBeGreaterThan(0); // they did collide again on the way
  });
});
