import request from 'supertest';
import { bearer, type Role } from '@app/access';
import { boundedContexts } from '@app/contexts';
import { ProcessManagersService } from '@app/kit';
import { ProjectionsService } from '@app/projections';
import { startTestApp, type TestApp } from '@app/testing';
import { registerTestMarac } from './support/marac-registration.js';
import { referralBody } from './support/referral-body.js';
import { waitFor } from './support/task-ledger.js';
import type { components } from './support/api-client/safer-panels-api.js';

/**
 * What the generic hostile-input drive (every OpenAPI operation, hostile paths, queries and bodies) does not
 * reach on the alerts routes: the Last-Event-ID header, ids that look right but no log position can have,
 * stream tickets offered where they are not accepted or with hostile text, a partnership's settings with
 * keys that would pollute a prototype, pages past any list; and a stream opened with a ticket showing only
 * the ticket holder's partnership. Each refusal is a 4xx naming the problem, and nothing is stored.
 */
const NORTH = 'csp-alerts-hostile-north';
const SOUTH = 'csp-alerts-hostile-south';

/** An alert as `GET /alerts` answers it (the OpenAPI document's schema). */
type Alert = components['schemas']['AlertView'];

describe('hostile input at the alerts routes', () => {
  let harness: TestApp;
  let server: ReturnType<TestApp['app']['getHttpServer']>;
  const cases: Record<string, string> = {};
  const auth = (roles: Role[], partnership = NORTH) =>
    bearer(harness.app, { id: `alerts-hostile-${partnership}-${roles.join('+')}`, roles, partnerships: [partnership] });

  /** A MARAC case in the partnership with an action long overdue: its alert is raised at once. */
  const overdueCase = async (partnershipId: string) => {
    const maracId = `${partnershipId}-marac`;
    await registerTestMarac(harness.app, maracId, partnershipId);
    const coordinator = await auth(['coordinator'], partnershipId);
    const referral = await request(server)
      .post('/marac/referrals')
      .set('Authorization', coordinator)
      .send(referralBody({ partnershipId, maracId }))
      .expect(201);
    const caseId = (referral.body as { caseId: string }).caseId;
    await request(server)
      .post(`/marac/cases/${caseId}/actions`)
      .set('Authorization', coordinator)
      .send({ actionId: 'action-1', agency: 'housing', description: 'Synthetic action', dueDate: '2024-05-01' })
      .expect(201);
    return caseId;
  };

  beforeAll(async () => {
    harness = await startTestApp(boundedContexts, { RETENTION_INTERVAL_MS: '0', RATE_LIMIT_PER_MINUTE: '100000' });
    await harness.app.listen(0, '127.0.0.1');
    server = harness.app.getHttpServer();
    cases.north = await overdueCase(NORTH);
    cases.south = await overdueCase(SOUTH);
    await harness.app.get(ProcessManagersService).waitUntilCaughtUp();
    await harness.app.get(ProjectionsService).waitUntilCaughtUp();
  });
  afterAll(async () => {
    await harness?.close();
  });

  it('refuses a Last-Event-ID or lastEventId that no log position can be, by name, before the stream opens', async () => {
    const authorization = await auth(['coordinator']);
    const unfit = [
      '1/99999999999999999999', // fits the pattern, not a position (past the largest bigint)
      '99999999999999999999/1',
      '-1/0',
      '1/2/3',
      '1 /2',
      '0x10/0',
      '1'.repeat(10_000),
      "1/1' OR '1'='1",
    ];
    for (const id of unfit) {
      const viaHeader = await request(server).get('/alerts/stream').set('Authorization', authorization).set('Last-Event-ID', id);
      expect({ id, status: viaHeader.status }).toEqual({ id, status: 400 });
      expect(viaHeader.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(JSON.stringify(viaHeader.body)).toMatch(/lastEventId|Last-Event-ID/);
      const viaQuery = await request(server)
        .get(`/alerts/stream?lastEventId=${encodeURIComponent(id)}`)
        .set('Authorization', authorization);
      expect({ id, status: viaQuery.status }).toEqual({ id, status: 400 });
      expect(JSON.stringify(viaQuery.body)).toMatch(/lastEventId|Last-Event-ID/);
    }
  });

  it('accepts a stream ticket on the stream only, refuses hostile tickets, and never takes a bearer token from the URL', async () => {
    const authorization = await auth(['coordinator']);
    const ticket = async () =>
      ((await request(server).post('/alerts/stream-tickets').set('Authorization', authorization).expect(201)).body as { ticket: string })
        .ticket;
    const unused = await ticket();
    for (const [method, path] of [
      ['get', '/alerts'],
      ['post', `/alerts/00000000-0000-4000-8000-000000000000/acknowledge`],
      ['post', '/alerts/stream-tickets'],
      ['get', `/partnerships/${NORTH}/alert-settings`],
      ['get', `/marac/cases/${cases.north}`],
    ] as const) {
      const response = await request(server)[method](`${path}?ticket=${encodeURIComponent(unused)}`);
      expect({ path, status: response.status }).toEqual({ path, status: 401 });
    }
    for (const hostile of ['x'.repeat(101), '%00', "' OR '1'='1", unused.toUpperCase(), `${unused}x`, '%ED%A0%80']) {
      const response = await request(server).get(
        `/alerts/stream?ticket=${hostile.startsWith('%') ? hostile : encodeURIComponent(hostile)}`,
      );
      expect({ hostile, status: response.status < 500 && response.status >= 400 }).toEqual({ hostile, status: true });
      expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
    }
  });

  it("streams with a ticket only the ticket holder's partnership, from the start of the feed", async () => {
    const southCoordinator = await auth(['coordinator'], SOUTH);
    const { ticket } = (await request(server).post('/alerts/stream-tickets').set('Authorization', southCoordinator).expect(201)).body as {
      ticket: string;
    };
    // From 0/0 the feed replays in log order: once the south alert (raised after the north one) has come, the north one would have too.
    const abort = new AbortController();
    const response = await fetch(`${await harness.app.getUrl()}/alerts/stream?ticket=${ticket}&lastEventId=0/0`, { signal: abort.signal });
    expect(response.status).toBe(200);
    const reader = response.body!.getReader();
    const decoder = new TextDecoder();
    let text = '';
    try {
      await waitFor(async () => {
        const { value, done } = await reader.read();
        if (done) throw new Error('the stream ended');
        text += decoder.decode(value, { stream: true });
        return text.includes(cases.south);
      }, 60_000);
    } finally {
      abort.abort();
    }
    const alerts = text
      .split('\n')
      .filter((line) => line.startsWith('data: '))
      .map((line) => (JSON.parse(line.slice(6)) as { alert: Alert }).alert);
    expect(alerts.some((alert) => alert.record.id === cases.south)).toBe(true);
    expect(alerts.filter((alert) => alert.record.id === cases.north)).toEqual([]);
    expect(text).not.toContain(NORTH);
  });

  it('refuses alert settings whose keys would pollute a prototype or overflow, and stores nothing', async () => {
    const admin = await auth(['admin']);
    const settings = async () =>
      (await request(server).get(`/partnerships/${NORTH}/alert-settings`).set('Authorization', admin).expect(200)).body;
    const before = await settings();
    const bodies = [
      '{"teamsByKind":{"__proto__":"team-x"}}',
      '{"teamsByKind":{"constructor":{"prototype":{"polluted":true}}}}',
      '{"__proto__":{"maracActionOverdueAfterDays":3}}',
      `{"teamsByKind":{"marac-action-overdue":"${'t'.repeat(10_000)}"}}`,
      '{"maracActionOverdueAfterDays":1e400}',
      '{"maracActionOverdueAfterDays":"3"}',
      '{"immediateEmailKinds":"marac-action-overdue"}',
      `{"immediateEmailKinds":${JSON.stringify(Array.from({ length: 5000 }, () => 'marac-action-overdue'))}}`,
    ];
    for (const body of bodies) {
      const response = await request(server)
        .patch(`/partnerships/${NORTH}/alert-settings`)
        .set('Authorization', admin)
        .set('Content-Type', 'application/json')
        .send(body);
      expect({ body: body.slice(0, 80), status: response.status >= 400 && response.status < 500 }).toEqual({
        body: body.slice(0, 80),
        status: true,
      });
      expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
    }
    expect(await settings()).toEqual(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('answers a page past any list with no alerts, and refuses pages and sizes out of range by name', async () => {
    const coordinator = await auth(['coordinator']);
    const get = (query: string) => request(server).get(`/alerts?${query}`).set('Authorization', coordinator);
    const past = await get('page=100000').expect(200);
    expect(past.body).toMatchObject({ items: [], page: 100000 });
    for (const query of ['page=0', 'page=-1', 'page=1e400', 'page=99999999999999999999', 'pageSize=0', 'pageSize=100000', 'pageSize=NaN']) {
      const response = await get(query);
      expect({ query, status: response.status }).toEqual({ query, status: 400 });
      expect(JSON.stringify(response.body)).toMatch(query.startsWith('pageSize') ? /pageSize/ : /page/);
    }
    const manyKinds = await get(Array.from({ length: 2000 }, () => 'kind=marac-action-overdue').join('&'));
    expect(manyKinds.status).toBeLessThan(500);
  });
});
