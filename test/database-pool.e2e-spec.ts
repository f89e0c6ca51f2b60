import request from 'supertest';
import { boundedContexts } from '@app/contexts';
import { followerConnections, ProcessManagersService } from '@app/kit';
import { ProjectionsService } from '@app/projections';
import { startTestApp, type TestApp } from '@app/testing';

/**
 * Every projection and process manager of the product active in one process (as `npm start` runs them), each
 * holding a pooled connection for its advisory lock, with the pool at its smallest: requests still get
 * connections of their own (before the pool counted the followers, readiness waited for ever once they were 20).
 */
describe('the database pool of a process that runs the log followers', () => {
  let harness: TestApp;
  beforeAll(async () => {
    harness = await startTestApp(boundedContexts, { DATABASE_POOL_SIZE: '2', RETENTION_INTERVAL_MS: '0' });
  });
  afterAll(() => harness?.close());

  it('counts one connection per projection and process manager of the contexts', () => {
    const followers = harness.app.get(ProjectionsService).projections.length + harness.app.get(ProcessManagersService).managers.length;
    expect(followerConnections(boundedContexts)).toBe(followers);
  });

  it('answers readiness and a read while every follower is active', async () => {
    const server = harness.app.getHttpServer();
    await harness.app.get(ProjectionsService).waitUntilCaughtUp();
    const ready = await request(server).get('/health/ready').expect(200);
    const followers = [...ready.body.projections, ...ready.body.processManagers] as { name: string; active: boolean }[];
    expect(followers.filter((follower) => !follower.active)).toEqual([]);
    await request(server).get('/health/ready').expect(200);
  });
});
