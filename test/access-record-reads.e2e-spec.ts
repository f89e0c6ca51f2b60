import { Controller, Get, Module, Param } from '@nestjs/common';
import pg from 'pg';
import request from 'supertest';
import { assertCallerMayAccess, AuditRecordAccess, bearer, Caller, Roles, type AuthenticatedUser } from '@app/access';
import type { BoundedContext } from '@app/kit';
import { startTestApp, type TestApp } from '@app/testing';

/** A stand-in for a context's record endpoint: people, each in one partnership. */
const PEOPLE: Record<string, string> = { 'person-north': 'north', 'person-south': 'south' };

@Controller('probe-people')
class ProbePeopleController {
  @Get(':personId')
  @Roles('coordinator')
  @AuditRecordAccess({ kind: 'person', subjectParam: 'personId' })
  read(@Param('personId') personId: string, @Caller() user: AuthenticatedUser) {
    assertCallerMayAccess(user, PEOPLE[personId], 'No person with that id.');
    return { personId };
  }

  @Get()
  list() {
    return []; // no @Roles: nobody may call it
  }
}

@Module({ controllers: [ProbePeopleController] })
class ProbeModule {}

const probeContext: BoundedContext = {
  name: 'probe',
  eventTypes: {},
  entities: [],
  migrations: [],
  projections: [],
  httpModule: ProbeModule,
};

describe("reads of a person's record, partnership scoping and rate limits", () => {
  let harness: TestApp;
  let server: ReturnType<TestApp['app']['getHttpServer']>;
  beforeAll(async () => {
    harness = await startTestApp([probeContext], { RATE_LIMIT_PER_MINUTE: '20' });
    server = harness.app.getHttpServer();
  });
  afterAll(async () => {
    await harness.close();
  });

  const auditRows = async (actor: string) => {
    const client = new pg.Client({ connectionString: harness.database.url });
    await client.connect();
    try {
      return (
        await client.query(
          'SELECT action, method, route, record_kind, record_id, subject_ids, outcome, status FROM audit_log WHERE actor = $1 ORDER BY id',
          [actor],
        )
      ).rows;
    } finally {
      await client.end();
    }
  };

  it("audits each read of a person, and answers another partnership's person with the same 404 as a missing one", async () => {
    const north = await bearer(harness.app, { id: 'coord-north', roles: ['coordinator'], partnerships: ['north'] });
    await request(server).get('/probe-people/person-north').set('Authorization', north).expect(200);
    const other = await request(server).get('/probe-people/person-south').set('Authorization', north).expect(404);
    const missing = await request(server).get('/probe-people/nobody').set('Authorization', north).expect(404);
    expect(other.body.detail).toBe(missing.body.detail);

    expect(await auditRows('coord-north')).toEqual([
      {
        action: 'read',
        method: 'GET',
        route: '/probe-people/:personId',
        record_kind: 'person',
        record_id: 'person-north',
        subject_ids: ['person-north'],
        outcome: 'success',
        status: null,
      },
      {
        action: 'read',
        method: 'GET',
        route: '/probe-people/:personId',
        record_kind: 'person',
        record_id: 'person-south',
        subject_ids: ['person-south'],
        outcome: 'denied',
        status: 404,
      },
      {
        action: 'read',
        method: 'GET',
        route: '/probe-people/:personId',
        record_kind: 'person',
        record_id: 'nobody',
        subject_ids: ['nobody'],
        outcome: 'denied',
        status: 404,
      },
    ]);
  });

  it('refuses a route that names no roles, whoever calls (deny by default)', async () => {
    const admin = await bearer(harness.app, { id: 'admin', roles: ['admin', 'coordinator', 'auditor'], partnerships: ['north'] });
    await request(server).get('/probe-people').set('Authorization', admin).expect(403);
  });

  it("limits each user's request rate with 429 problem+json and Retry-After, without affecting others", async () => {
    const greedy = await bearer(harness.app, { id: 'greedy', roles: ['coordinator'], partnerships: ['north'] });
    const statuses: number[] = [];
    for (let i = 0; i < 25; i++)
      statuses.push((await request(server).get('/probe-people/person-north').set('Authorization', greedy)).status);
    expect(statuses.filter((s) => s === 200)).toHaveLength(20);
    const limited = await request(server).get('/probe-people/person-north').set('Authorization', greedy).expect(429);
    expect(limited.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    const patient = await bearer(harness.app, { id: 'patient', roles: ['coordinator'], partnerships: ['north'] });
    await request(server).get('/probe-people/person-north').set('Authorization', patient).expect(200);
    await request(server).get('/health/live').expect(200);
  });
});
