import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ConfigError } from './config-error.js';
import { loadConfig } from './app-config.js';
import { readEnvironment } from './read-environment.js';

const defaults = readEnvironment({});

/** README.md's configuration table: variable name to its Default cell. */
function readmeTable(): Map<string, string> {
  const readme = readFileSync(path.resolve(import.meta.dirname, '../../../../README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('## Configuration'), readme.indexOf('\n## ', readme.indexOf('## Configuration') + 1));
  return new Map([...section.matchAll(/^\| `([A-Z0-9_]+)` *\| ([^|]+) \|/gm)].map((row) => [row[1], row[2].trim()]));
}

describe('the environment schema', () => {
  it('is the README configuration table: the same variables, with the same defaults', () => {
    const table = readmeTable();
    expect([...table.keys()].sort()).toEqual(Object.keys(defaults).sort());
    for (const [name, value] of Object.entries(defaults)) {
      // A variable without a default says what happens when it is unset ("unset", "generated into DATA_DIR").
      expect([name, table.get(name)]).toEqual([
        name,
        value === undefined ? expect.stringMatching(/^(unset|generated)/) : `\`${String(value)}\``,
      ]);
    }
  });

  it('fills in defaults, converts numbers and flags, and treats an empty value as unset', () => {
    const config = loadConfig({ PORT: '8080', RUN_PROJECTIONS: '0', DATABASE_POOL_SIZE: '', EVENT_STORE: 'postgres' });
    expect(config).toMatchObject({ port: 8080, runProjections: false, databasePoolSize: 20, host: '127.0.0.1', production: false });
    expect(config.environment.RETENTION_INTERVAL_MS).toBe(21_600_000);
  });

  it("reads TRUST_PROXY as express's trust proxy: off when unset, a number of proxies, or their addresses and subnets", () => {
    expect(loadConfig({}).trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: '2' }).trustProxy).toBe(2);
    expect(loadConfig({ TRUST_PROXY: 'loopback, 10.0.0.0/8,192.0.2.7, fd00::/8' }).trustProxy).toEqual([
      'loopback',
      '10.0.0.0/8',
      '192.0.2.7',
      'fd00::/8',
    ]);
  });

  it('ignores variables it does not declare', () => {
    expect(Object.keys(readEnvironment({ PATH: '/usr/bin', HOME: '/root' }))).toEqual(Object.keys(defaults));
  });

  it.each([
    ['a number', { PORT: 'eighty' }, /^PORT must be an integer number/],
    ['a number out of range', { RATE_LIMIT_PER_MINUTE: '0' }, /^RATE_LIMIT_PER_MINUTE must not be less than 1/],
    ['a boolean', { RUN_PROJECTIONS: 'yes' }, /^RUN_PROJECTIONS must be a boolean value/],
    ['an enum', { EVENT_STORE: 'mysql' }, /^EVENT_STORE must be one of the following values: postgres, eventstoredb/],
    ['an enum (log level)', { LOG_LEVEL: 'verbose' }, /^LOG_LEVEL must be one of the following values/],
    ['a URL', { DATABASE_URL: 'localhost:5432/app' }, /^DATABASE_URL must be a postgres:\/\/ URL/],
    ['a URL (JWKS)', { AUTH_JWKS_URL: 'not a url', AUTH_ISSUER: 'https://idp.example' }, /^AUTH_JWKS_URL must be a URL/],
    [
      'an http JWKS URL in production',
      {
        NODE_ENV: 'production',
        MASTER_KEY: Buffer.alloc(32, 1).toString('base64'),
        SERVER_SECRET: Buffer.alloc(32, 2).toString('base64'),
        AUTH_JWKS_URL: 'http://idp.example/jwks',
        AUTH_ISSUER: 'https://idp.example',
      },
      /^AUTH_JWKS_URL must be a URL \(https in production\)/,
    ],
    [
      'a missing connection string',
      { EVENT_STORE: 'eventstoredb' },
      /^EVENTSTORE_CONNECTION_STRING must be an esdb:\/\/ URL \(required with EVENT_STORE=eventstoredb\)/,
    ],
    ['a size', { BODY_LIMIT: 'lots' }, /^BODY_LIMIT must be a size/],
    [
      'production without a server secret',
      { NODE_ENV: 'production', MASTER_KEY: Buffer.alloc(32, 1).toString('base64') },
      /^SERVER_SECRET must be base64 of at least 32 bytes, and is required in production/,
    ],
    ['a short server secret', { SERVER_SECRET: Buffer.alloc(8).toString('base64') }, /^SERVER_SECRET must be base64 of at least 32 bytes/],
    ['a short secret', { PSEUDONYM_SECRET: Buffer.alloc(8).toString('base64') }, /^PSEUDONYM_SECRET must be base64 of at least 32 bytes/],
    ['every proxy trusted', { TRUST_PROXY: 'true' }, /^TRUST_PROXY must be the number of proxies in front/],
    ['no proxy counted', { TRUST_PROXY: '0' }, /^TRUST_PROXY must be the number of proxies in front/],
    ['a subnet too wide', { TRUST_PROXY: '10.0.0.0/33' }, /^TRUST_PROXY must be/],
    ['a name that is no address', { TRUST_PROXY: 'proxy.internal' }, /^TRUST_PROXY must be/],
  ])('stops the start on %s, naming the variable', (_kind, env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });

  it('names every bad variable at once, and never quotes a value', () => {
    const secret = 'bm90IHRoaXJ0eS10d28gYnl0ZXM=';
    expect(() => loadConfig({ PORT: '-1', MASTER_KEY: secret })).toThrow(
      /PORT must not be less than 0; MASTER_KEY must be base64 of exactly 32 bytes/,
    );
    expect(() => loadConfig({ MASTER_KEY: secret })).not.toThrow(new RegExp(secret));
  });
});
