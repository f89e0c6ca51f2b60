import pg from 'pg';
import request from 'supertest';
import { RefusalAudit } from '@app/access';
import { maracContext } from '@app/marac';
import { startTestApp, type TestApp } from '@app/testing';

/**
 * Issue 12: behind a reverse proxy every request comes from the proxy's address, so the limit per address
 * would block everybody or nobody. With TRUST_PROXY (a number of proxies, or their addresses) the client
 * address is the one the trusted proxies put in X-Forwarded-For, for the rate limit and the audit of
 * refusals; without it, whatever a client writes there changes nothing.
 */
const LIMIT = 3;

describe('the client address behind a reverse proxy (TRUST_PROXY)', () => {
  const apps: TestApp[] = [];
  const start = async (env: Record<string, string>) => {
    const harness = await startTestApp([maracContext], {
      RETENTION_INTERVAL_MS: '0',
      RATE_LIMIT_PER_ADDRESS_PER_MINUTE: String(LIMIT),
      ...env,
    });
    apps.push(harness);
    return harness;
  };
  // One app at a time: each test starts its own with its own TRUST_PROXY.
  afterEach(async () => {
    for (const harness of apps.splice(0)) await harness.close();
  });

  /** Statuses of requests without a token, each with the X-Forwarded-For given (none when null). */
  const statuses = async (harness: TestApp, forwardedFor: (string | null)[]) => {
    const result: number[] = [];
    for (const header of forwardedFor) {
      const call = request(harness.app.getHttpServer()).get('/audit');
      result.push((await (header === null ? call : call.set('X-Forwarded-For', header))).status);
    }
    return result;
  };
  const rateLimitKeys = async (harness: TestApp) => {
    const db = new pg.Client({ connectionString: harness.database.url });
    await db.connect();
    try {
      const { rows } = await db.query<{ key: string; hits: number }>('SELECT key, hits FROM rate_limit_windows ORDER BY key');
      return Object.fromEntries(rows.map((row) => [row.key, row.hits]));
    } finally {
      await db.end();
    }
  };
  const refusalAddresses = async (harness: TestApp) => {
    await harness.app.get(RefusalAudit).flush();
    const db = new pg.Client({ connectionString: harness.database.url });
    await db.connect();
    try {
      const { rows } = await db.query<{ client_address: string }>(
        "SELECT DISTINCT client_address FROM audit_log WHERE action = 'refusal' ORDER BY client_address",
      );
      return rows.map((row) => row.client_address);
    } finally {
      await db.end();
    }
  };

  it('without it, keys on the connection: a forged X-Forwarded-For changes nothing', async () => {
    const harness = await start({});
    const forged = ['203.0.113.1', '203.0.113.2', '203.0.113.3', '203.0.113.4', '198.51.100.9, 203.0.113.5'];
    expect(await statuses(harness, forged)).toEqual([401, 401, 401, 429, 429]);
    const keys = await rateLimitKeys(harness);
    expect(Object.keys(keys)).toEqual([expect.stringMatching(/^address:(::ffff:)?127\.0\.0\.1$/)]);
    expect(await refusalAddresses(harness)).toEqual([expect.stringMatching(/^(::ffff:)?127\.0\.0\.1$/)]);
  });

  it.each([
    ['a number of proxies', '1'],
    ["the proxy's address", 'loopback'],
  ])('with %s, keys on the client the proxy names, and a client cannot choose it by writing the header itself', async (_form, trust) => {
    const harness = await start({ TRUST_PROXY: trust });
    // The proxy appends the address it saw: a client's own X-Forwarded-For entries come before it.
    const fromClient = (client: string, forged?: string) => (forged ? `${forged}, ${client}` : client);
    expect(
      await statuses(harness, [
        fromClient('203.0.113.7'),
        fromClient('203.0.113.7', '10.9.9.1'),
        fromClient('203.0.113.7', '10.9.9.2'),
        fromClient('203.0.113.7', '10.9.9.3'),
        fromClient('203.0.113.8'),
      ]),
    ).toEqual([401, 401, 401, 429, 401]);
    expect(await rateLimitKeys(harness)).toEqual({ 'address:203.0.113.7': 4, 'address:203.0.113.8': 1 });
    expect(await refusalAddresses(harness)).toEqual(['203.0.113.7', '203.0.113.8']);
  });
});
