import { mkdtemp, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadConfig } from '@app/platform';
import { loadAccessConfig } from '../config/access-config.js';
import { EmbeddedIssuer, parseTtl } from './embedded-issuer.js';
import { userFromClaims } from './token-claims.js';
import { InvalidTokenError, TokenVerifier } from './token-verifier.js';

describe('tokens', () => {
  it('maps claims to a user: sub, roles (unknown ones dropped), partnerships', () => {
    const claims = { rolesClaim: 'roles', partnershipsClaim: 'partnerships' };
    expect(userFromClaims({ sub: 'alice', roles: ['coordinator', 'root'], partnerships: ['north'] }, claims)).toEqual({
      id: 'alice', roles: ['coordinator'], partnerships: ['north'],
    });
    expect(userFromClaims({ sub: 'alice' }, claims)).toEqual({ id: 'alice', roles: [], partnerships: [] });
    expect(userFromClaims({ roles: ['admin'] }, claims)).toBeUndefined();
    expect(userFromClaims({ sub: 'a', roles: [1] }, claims)).toBeUndefined();
  });

  it('mints with the embedded key (kept 0600) and verifies; another data dir\'s key does not verify', async () => {
    const dataDir = await mkdtemp(path.join(tmpdir(), 'access-unit-'));
    const config = loadAccessConfig(loadConfig({ DATA_DIR: dataDir }));
    const verifier = await TokenVerifier.create(config);
    const token = await verifier.embeddedIssuer!.mint({ user: 'alice', roles: ['auditor'], partnerships: ['north'], ttlSeconds: 60 });
    await expect(verifier.verify(token)).resolves.toEqual({ id: 'alice', roles: ['auditor'], partnerships: ['north'] });
    expect((await stat(EmbeddedIssuer.keyFile(dataDir))).mode & 0o777).toBe(0o600);

    const other = await TokenVerifier.create(loadAccessConfig(loadConfig({ DATA_DIR: await mkdtemp(path.join(tmpdir(), 'access-unit-')) })));
    await expect(other.verify(token)).rejects.toBeInstanceOf(InvalidTokenError);
  });

  it('trusts a verified token again without re-checking it, never past its expiry or for more than a minute', async () => {
    const dataDir = await mkdtemp(path.join(tmpdir(), 'access-unit-'));
    const verifier = await TokenVerifier.create(loadAccessConfig(loadConfig({ DATA_DIR: dataDir })));
    const token = await verifier.embeddedIssuer!.mint({ user: 'alice', roles: ['analyst'], partnerships: ['north'], ttlSeconds: 300 });
    const now = Date.now();
    const first = await verifier.verify(token, now);
    expect(await verifier.verify(token, now + 59_000)).toBe(first); // the same object: from the cache
    const checkedAgain = await verifier.verify(token, now + 61_000);
    expect(checkedAgain).toEqual(first);
    expect(checkedAgain).not.toBe(first);
    await expect(verifier.verify(token, now + 120_000)).resolves.toEqual(first);
    // Expired (the 300 s lifetime and the 30 s tolerance are past): refused, although it was trusted lately.
    await expect(verifier.verify(token, now + 332_000)).rejects.toThrow('the token has expired');
  });

  it('parses token lifetimes', () => {
    expect(parseTtl('8h')).toBe(28_800);
    expect(parseTtl('90')).toBe(90);
    expect(() => parseTtl('forever')).toThrow();
    expect(() => parseTtl('400d')).toThrow();
  });

  it('refuses production without MASTER_KEY, and a malformed one', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/MASTER_KEY/);
    expect(() => loadConfig({ MASTER_KEY: 'c2hvcnQ=' })).toThrow(/MASTER_KEY must be base64 of exactly 32 bytes/);
    expect(() => loadConfig({ AUTH_JWKS_URL: 'https://idp.example/jwks' })).toThrow(/AUTH_ISSUER/);
  });
});
