import type { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import { bearer } from '@app/access';
import { loadConfig } from '@app/platform';
import { startTestApp, type TestApp } from '@app/testing';
import { createApp } from '../apps/api/src/bootstrap.js';
import { boundedContexts } from '@app/contexts';

/**
 * The rate limit is one limit however many API processes serve: two instances on one database share each
 * user's count, and requests without a valid token are limited per client address, across instances too.
 * Health probes are never limited.
 */
describe('rate limits shared by every API process', () => {
  let first: TestApp;
  let second: NestExpressApplication;
  const env = { RETENTION_INTERVAL_MS: '0', RATE_LIMIT_PER_MINUTE: '6', RATE_LIMIT_PER_ADDRESS_PER_MINUTE: '4' };

  beforeAll(async () => {
    first = await startTestApp(boundedContexts, env);
    // A second process: the same database and data directory (so the same token issuer), its own memory.
    const config = loadConfig({ LOG_LEVEL: 'warn', ...env, DATABASE_URL: first.database.url, DATA_DIR: first.dataDir });
    second = await createApp({ config, databaseUrl: first.database.url, contexts: boundedContexts });
    await second.init();
  });
  afterAll(async () => {
    await second?.close();
    await first?.close();
  });

  const servers = () => [first.app.getHttpServer(), second.getHttpServer()];

  it("counts a user's requests to either instance against one limit, and other users are not affected", async () => {
    const greedy = await bearer(first.app, { id: 'greedy', roles: ['auditor'], partnerships: ['north'] });
    const statuses: number[] = [];
    for (let i = 0; i < 10; i++)
      statuses.push(
        (
          await request(servers()[i % 2])
            .get('/audit')
            .set('Authorization', greedy)
        ).status,
      );
    expect(statuses).toEqual([200, 200, 200, 200, 200, 200, 429, 429, 429, 429]);
    const limited = await request(servers()[1]).get('/audit').set('Authorization', greedy).expect(429);
    expect(limited.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    const patient = await bearer(first.app, { id: 'patient', roles: ['auditor'], partnerships: ['north'] });
    await request(servers()[0]).get('/audit').set('Authorization', patient).expect(200);
  });

  it('limits requests without a valid token per address across instances, and never health probes', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) {
      const call = request(servers()[i % 2]).get('/audit');
      statuses.push((await (i % 3 === 2 ? call.set('Authorization', 'Bearer forged.token.value') : call)).status);
    }
    expect(statuses).toEqual([401, 401, 401, 401, 429, 429]);
    for (let i = 0; i < 10; i++)
      await request(servers()[i % 2])
        .get('/health/live')
        .expect(200);
    // A user with a valid token from the same address is counted as that user, not as the address.
    const user = await bearer(first.app, { id: 'same-address', roles: ['auditor'], partnerships: ['north'] });
    await request(servers()[1]).get('/audit').set('Authorization', user).expect(200);
  });
});
