import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import type { OpenAPIObject } from '@nestjs/swagger';
import { bearer } from '@app/access';
import { boundedContexts } from '@app/contexts';
import { ProjectionsService } from '@app/projections';
import { startTestApp, type TestApp } from '@app/testing';
import { OPENAPI_TYPES_FILE, openApiTypes } from '../apps/cli/src/openapi-types.js';
import { dashAnswers } from './support/referral-body.js';
import { OpenApiResponseValidator } from './support/api-client/response-validator.js';
import { typedClient } from './support/api-client/typed-client.js';
import { repoRoot } from './support/processes.js';

const PARTNERSHIP = 'contract-csp';
const MARAC = 'contract-marac';

/**
 * The API against its own OpenAPI document: a client typed by the types generated from the document
 * (committed, and checked here to be what the document gives) drives one MARAC case from referral to
 * closure over HTTP, and every answer, errors included, is validated against the document's schemas,
 * headers and statuses. An answer with a field the document does not declare fails too.
 */
describe('the API contract (typed client, answers validated against the OpenAPI document)', () => {
  let harness: TestApp;
  let baseUrl: string;
  let document: OpenAPIObject;
  let coordinator: string;
  let admin: string;

  beforeAll(async () => {
    harness = await startTestApp(boundedContexts);
    await harness.app.listen(0, '127.0.0.1');
    baseUrl = `http://127.0.0.1:${(harness.app.getHttpServer().address() as AddressInfo).port}`;
    document = (await (await fetch(`${baseUrl}/docs/openapi.json`)).json()) as OpenAPIObject;
    coordinator = await bearer(harness.app, { id: 'contract-coordinator', roles: ['coordinator'], partnerships: [PARTNERSHIP] });
    admin = await bearer(harness.app, { id: 'contract-admin', roles: ['admin'], partnerships: [PARTNERSHIP] });
  });
  afterAll(async () => {
    await harness.close();
  });

  const caughtUp = () => harness.app.get(ProjectionsService).waitUntilCaughtUp();

  it('keeps an idle connection open for 65 s, longer than a load balancer in front would (Node closes after 5 s)', async () => {
    const response = await fetch(`${baseUrl}/health/live`);
    expect(response.status).toBe(200);
    expect(response.headers.get('keep-alive')).toBe('timeout=65');
  });

  it('keeps the committed client types what the served document generates', async () => {
    const committed = await readFile(path.join(repoRoot, OPENAPI_TYPES_FILE), 'utf8');
    // On a difference: npm run openapi -- --types test/support/api-client/safer-panels-api.d.ts
    expect(await openApiTypes(document, path.join(repoRoot, OPENAPI_TYPES_FILE))).toBe(committed);
  });

  it('drives a MARAC case from referral to closure, every answer as the document says', async () => {
    const { api: asAdmin, answers: adminAnswers } = typedClient(baseUrl, document, admin);
    const { api, answers } = typedClient(baseUrl, document, coordinator);

    const registered = await asAdmin.POST('/maracs', { body: { maracId: MARAC, partnershipId: PARTNERSHIP, name: 'Contract MARAC' } });
    expect(registered.response.status).toBe(201);
    expect(registered.data?.revision).toBe(0);

    const referred = await api.POST('/marac/referrals', {
      params: { header: { 'Idempotency-Key': 'contract-referral' } },
      body: {
        partnershipId: PARTNERSHIP,
        maracId: MARAC,
        referralDate: '2024-04-10',
        referringAgency: 'police',
        criterion: 'visible-high-risk',
        victim: {
          details: { fullName: 'Contract Victim' },
          newPerson: true,
          profile: {
            sex: 'female',
            ageAtReferral: 34,
            ethnicity: 'not-racially-minoritised',
            disabled: null,
            lgbtPlus: false,
            childrenInHousehold: null,
          },
        },
        perpetrators: [{ relationship: 'ex-partner', details: { fullName: 'Contract Perpetrator' }, newPerson: true }],
        dash: { answers: dashAnswers(15) as ('yes' | 'no' | 'not-known')[] },
      },
    });
    expect(referred.response.status).toBe(201);
    const caseId = referred.data!.caseId;
    expect(referred.data).toMatchObject({ isRepeat: false, previousCaseId: null });

    const meeting = await api.POST('/marac/meetings', { body: { partnershipId: PARTNERSHIP, maracId: MARAC, date: '2024-04-24' } });
    const meetingId = meeting.data!.meetingId;
    expect(meeting.data?.status).toBe('scheduled');

    const listed = await api.POST('/marac/meetings/{meetingId}/agenda', { params: { path: { meetingId } }, body: { caseId } });
    expect(listed.response.headers.get('ETag')).toBe(`"${listed.data!.revision}"`);
    await caughtUp();
    const agenda = await api.GET('/marac/meetings/{meetingId}/agenda', { params: { path: { meetingId }, query: { asOf: '2024-04-20' } } });
    expect(agenda.data?.cases.map((item) => item.caseId)).toEqual([caseId]);

    const held = await api.POST('/marac/meetings/{meetingId}/held', {
      params: { path: { meetingId } },
      body: { agenciesPresent: ['police', 'idva', 'housing'] },
    });
    expect(held.data?.agenciesPresent).toEqual(['police', 'idva', 'housing']);

    const heard = await api.POST('/marac/cases/{caseId}/hearings', {
      params: { path: { caseId }, header: { 'If-Match': listed.response.headers.get('ETag')! } },
      body: { meetingId },
    });
    expect(heard.response.status).toBe(200);

    const action = await api.POST('/marac/cases/{caseId}/actions', {
      params: { path: { caseId } },
      body: { actionId: 'locks', meetingId, agency: 'housing', description: 'Fit additional locks.', dueDate: '2024-05-24' },
    });
    expect(action.response.status).toBe(201);
    const incident = await api.POST('/marac/cases/{caseId}/incidents', {
      params: { path: { caseId } },
      body: { incidentId: 'breach', date: '2024-06-01', reportingAgency: 'police', description: 'Breached a non-molestation order.' },
    });
    expect(incident.data).toMatchObject({ isRepeat: true, awaitingRelisting: true });
    const closed = await api.POST('/marac/cases/{caseId}/close', {
      params: { path: { caseId } },
      body: { closedOn: '2024-09-30', reason: 'actions-completed', note: 'Support continues through the IDVA.' },
    });
    expect(closed.data?.status).toBe('closed');

    const record = await api.GET('/marac/cases/{caseId}', { params: { path: { caseId }, query: { asOf: '2024-10-01' } } });
    expect(record.response.headers.get('ETag')).toBe(`"${record.data!.revision}"`);
    expect(record.data).toMatchObject({
      status: 'closed',
      victimName: 'Contract Victim',
      hearings: [{ meetingId, heardOn: '2024-04-24', agenciesPresent: ['police', 'idva', 'housing'] }],
      actions: [{ actionId: 'locks', description: 'Fit additional locks.' }],
      incidents: [{ incidentId: 'breach', makesRepeat: true }],
      closureNote: 'Support continues through the IDVA.',
    });

    await caughtUp();
    const list = await api.GET('/maracs/{maracId}/cases', {
      params: { path: { maracId: MARAC }, query: { status: 'all', asOf: '2024-10-01' } },
    });
    expect(list.data?.items.map((item) => item.caseId)).toEqual([caseId]);
    const rate = await api.GET('/maracs/{maracId}/repeat-rate', {
      params: { path: { maracId: MARAC }, query: { financialYear: '2024-25' } },
    });
    expect(rate.data).toMatchObject({ cases: 1, repeatCases: 0, rate: 0, status: 'below' });

    expect([...adminAnswers, ...answers].map(({ method, status }) => `${method} ${status}`)).toEqual([
      'POST 201',
      'POST 201',
      'POST 201',
      'POST 200',
      'GET 200',
      'POST 200',
      'POST 200',
      'POST 201',
      'POST 201',
      'POST 200',
      'GET 200',
      'GET 200',
      'GET 200',
    ]);
  });

  it('answers its problems as the document says: 400, 401, 403, 404, 412 and 422 as problem+json', async () => {
    const { api, answers } = typedClient(baseUrl, document, coordinator);
    const { api: anonymous, answers: anonymousAnswers } = typedClient(baseUrl, document);
    const { api: analyst, answers: analystAnswers } = typedClient(
      baseUrl,
      document,
      await bearer(harness.app, { id: 'contract-analyst', roles: ['analyst'], partnerships: [PARTNERSHIP] }),
    );
    const meeting = await api.POST('/marac/meetings', {
      params: { header: { 'Idempotency-Key': 'contract-problems' } },
      body: { partnershipId: PARTNERSHIP, maracId: MARAC, date: '2024-05-08' },
    });
    const meetingId = meeting.data!.meetingId;

    const invalid = await api.POST('/marac/meetings', { body: { partnershipId: PARTNERSHIP, maracId: MARAC, date: '2024-02-30' } });
    expect(invalid.error).toMatchObject({ status: 400, errors: [{ field: 'date' }] });
    const unauthenticated = await anonymous.GET('/maracs');
    expect(unauthenticated.response.headers.get('WWW-Authenticate')).toMatch(/^Bearer/);
    const forbidden = await analyst.GET('/marac/meetings/{meetingId}/agenda', { params: { path: { meetingId } } });
    expect(forbidden.error?.status).toBe(403);
    const missing = await api.GET('/marac/cases/{caseId}', { params: { path: { caseId: randomUUID() } } });
    expect(missing.error?.status).toBe(404);
    const stale = await api.POST('/marac/meetings/{meetingId}/cancel', {
      params: { path: { meetingId }, header: { 'If-Match': '"7"' } },
      body: { cancelledOn: '2024-05-01', reason: 'not-quorate' },
    });
    expect(stale.error?.status).toBe(412);
    const reused = await api.POST('/marac/meetings', {
      params: { header: { 'Idempotency-Key': 'contract-problems' } },
      body: { partnershipId: PARTNERSHIP, maracId: MARAC, date: '2024-05-22' },
    });
    expect(reused.error?.status).toBe(422);
    expect([...answers, ...anonymousAnswers, ...analystAnswers].map(({ status }) => status)).toEqual([201, 400, 404, 412, 422, 401, 403]);
  });

  it('fails an answer that drifts from the document: a field it does not declare, a wrong type, an undeclared status', () => {
    const validator = new OpenApiResponseValidator(document);
    const headers = new Headers({ 'content-type': 'application/json; charset=utf-8' });
    const listing = { maracId: MARAC, partnershipId: PARTNERSHIP, name: 'Contract MARAC', registeredAt: '2026-06-01T09:00:00.000Z' };
    const url = `${baseUrl}/maracs`;
    expect(validator.problems('GET', url, 200, headers, { maracs: [listing] })).toEqual([]);
    expect(validator.problems('GET', url, 200, headers, { maracs: [{ ...listing, secret: 'x' }] })).toEqual([
      'GET /maracs 200 body: /maracs/0 must NOT have additional properties (secret)',
    ]);
    expect(validator.problems('GET', url, 200, headers, { maracs: [{ ...listing, registeredAt: 'yesterday' }] })).toEqual([
      'GET /maracs 200 body: /maracs/0/registeredAt must match format "date-time"',
    ]);
    expect(validator.problems('GET', url, 418, headers, {})).toEqual(['GET /maracs 418: the document declares no 418 answer']);
  });
});
