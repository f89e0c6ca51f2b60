import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import request from 'supertest';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { bearer } from '@app/access';
import { loadConfig, startEmbeddedPostgres, type EmbeddedDatabase } from '@app/platform';
import { createApp } from '../apps/api/src/bootstrap.js';
import { counterContext } from './support/counter.context.js';
import { freePort } from './support/processes.js';

/**
 * PostgreSQL stops and starts while commands are being sent. Every command that got a 2xx is in the
 * store; every other got a 503 and, retried with its Idempotency-Key, lands exactly once; the app
 * recovers without a restart. This test has a server of its own, since it stops it.
 */
describe('database restart under load', () => {
  let database: EmbeddedDatabase;
  let app: NestExpressApplication;
  let dataDir: string;
  let port: number;

  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), 'safer-panels-restart-'));
    port = await freePort();
    database = await startEmbeddedPostgres({ dataDir, port });
    const config = loadConfig({ LOG_LEVEL: 'silent', DATABASE_URL: database.url, DATA_DIR: dataDir, RATE_LIMIT_PER_MINUTE: '100000' });
    app = await createApp({ config, databaseUrl: database.url, contexts: [counterContext] });
    await app.init();
  });
  afterAll(async () => {
    await app.close();
    await database.stop();
  });

  it('loses no acknowledged command and duplicates none on retry', async () => {
    const server = app.getHttpServer();
    const auth = { Authorization: await bearer(app, { id: 'coordinator-1', roles: ['coordinator'], partnerships: ['north'] }) };
    const open = (key: string) => request(server).post('/test-counters').set(auth).set('Idempotency-Key', key);

    const outcomes = new Map<string, number>();
    let sending = true;
    const sender = (async () => {
      for (let i = 0; sending; i++) {
        const key = `restart-${i}`;
        const response = await open(key);
        outcomes.set(key, response.status);
        if (response.status !== 201) expect(response.status).toBe(503);
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
    })();

    await new Promise((resolve) => setTimeout(resolve, 300));
    await database.stop();
    await new Promise((resolve) => setTimeout(resolve, 500));
    database = await startEmbeddedPostgres({ dataDir, port });
    await new Promise((resolve) => setTimeout(resolve, 1500));
    sending = false;
    await sender;

    const failed = [...outcomes].filter(([, status]) => status !== 201).map(([key]) => key);
    expect(failed.length).toBeGreaterThan(0); // the outage was seen
    expect([...outcomes.values()].filter((s) => s === 201).length).toBeGreaterThan(0);

    for (const key of failed) await open(key).expect(201); // the app recovered without a restart
    for (const key of [...outcomes.keys()].slice(0, 5)) await open(key).expect(201); // retries of successes are harmless

    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    try {
      const { rows } = await client.query<{ command_id: string; events: number }>(
        `SELECT metadata->>'commandId' AS command_id, count(*)::int AS events FROM es_events
         WHERE category = 'test_counter' GROUP BY 1`,
      );
      expect(rows).toHaveLength(outcomes.size); // one stream per key: every 2xx stored, every retry landed once
      expect(rows.every((row) => row.events === 1)).toBe(true);
    } finally {
      await client.end();
    }
  });
});
