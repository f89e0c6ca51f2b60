import { mkdtemp, readFile, stat } from 'node:fs/promises';
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
      id: 'alice',
      roles: ['coordinator'],
      partnerships: ['north'],
    });
    expect(userFromClaims({ sub: 'alice' }, claims)).toEqual({ id: 'alice', roles: [], partnerships: [] });
    expect(userFromClaims({ roles: ['admin'] }, claims)).toBeUndefined();
    expect(userFromClaims({ sub: 'a', roles: [1] }, claims)).toBeUndefined();
  });

  it("mints with the embedded key (kept 0600) and verifies; another data dir's key does not verify", async () => {
    const dataDir = await mkdtemp(path.join(tmpdir(), 'access-unit-'));
    const config = loadAccessConfig(loadConfig({ DATA_DIR: dataDir }));
    const verifier = await TokenVerifier.create(config);
    const token = await verifier.embeddedIssuer!.mint({ user: 'alice', roles: ['auditor'], partnerships: ['north'], ttlSeconds: 60 });
    await expect(verifier.verify(token)).resolves.toEqual({ id: 'alice', roles: ['auditor'], partnerships: ['north'] });
    expect((await stat(EmbeddedIssuer.keyFile(dataDir))).mode & 0o777).toBe(0o600);

    const other = await TokenVerifier.create(
      loadAccessConfig(loadConfig({ DATA_DIR: await mkdtemp(path.join(tmpdir(), 'access-unit-')) })),
    );
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

  it('reads e-mail and teams from the configured claims; a team given as a string is refused, an e-mail that is not one left out', () => {
    const claims = { rolesClaim: 'roles', partnershipsClaim: 'partnerships', emailClaim: 'mail', teamsClaim: 'groups' };
    expect(
      userFromClaims({ sub: 'a', roles: ['coordinator'], partnerships: ['n'], mail: 'a@example.org', groups: ['t1', 't1', 't2'] }, claims),
    ).toEqual({
      id: 'a',
      roles: ['coordinator'],
      partnerships: ['n'],
      email: 'a@example.org',
      teams: ['t1', 't2'],
    });
    expect(userFromClaims({ sub: 'a', mail: 'not an address', email: 'a@example.org' }, claims)).toEqual({
      id: 'a',
      roles: [],
      partnerships: [],
    });
    expect(userFromClaims({ sub: 'a', groups: 't1' }, claims)).toBeUndefined();
  });

  it('mints e-mail and teams under the configured claim names, and reads them back', async () => {
    const dataDir = await mkdtemp(path.join(tmpdir(), 'access-unit-'));
    const config = loadAccessConfig(loadConfig({ DATA_DIR: dataDir, AUTH_EMAIL_CLAIM: 'mail', AUTH_TEAMS_CLAIM: 'groups' }));
    const verifier = await TokenVerifier.create(config);
    const token = await verifier.embeddedIssuer!.mint({
      ...{ user: 'bea', roles: ['coordinator'], partnerships: ['north'], ttlSeconds: 60 },
      ...{ email: 'bea@example.org', teams: ['marac-north'] },
    });
    await expect(verifier.verify(token)).resolves.toEqual({
      id: 'bea',
      roles: ['coordinator'],
      partnerships: ['north'],
      email: 'bea@example.org',
      teams: ['marac-north'],
    });
  });

  it('refuses roles or partnerships given as a string instead of an array', () => {
    const claims = { rolesClaim: 'roles', partnershipsClaim: 'partnerships' };
    expect(userFromClaims({ sub: 'alice', roles: 'admin', partnerships: ['north'] }, claims)).toBeUndefined();
    expect(userFromClaims({ sub: 'alice', roles: ['admin'], partnerships: 'north' }, claims)).toBeUndefined();
  });

  it('refuses a token issued in the future or living longer than AUTH_MAX_TOKEN_LIFETIME_SECONDS, allowing 30 s of clock skew', async () => {
    const dataDir = await mkdtemp(path.join(tmpdir(), 'access-unit-'));
    const config = loadAccessConfig(loadConfig({ DATA_DIR: dataDir, AUTH_MAX_TOKEN_LIFETIME_SECONDS: '3600' }));
    const verifier = await TokenVerifier.create(config);
    const { importJWK, SignJWT } = await import('jose');
    const jwk = JSON.parse(await readFile(EmbeddedIssuer.keyFile(dataDir), 'utf8'));
    const key = await importJWK(jwk, 'ES256');
    const now = Math.floor(Date.now() / 1000);
    const sign = (claims: { iat?: number; exp: number }) => {
      const jwt = new SignJWT({ roles: ['auditor'], partnerships: ['north'] })
        .setProtectedHeader({ alg: 'ES256', kid: jwk.kid })
        .setSubject('mallory')
        .setIssuer(config.issuer)
        .setAudience(config.audience)
        .setExpirationTime(claims.exp);
      return (claims.iat === undefined ? jwt : jwt.setIssuedAt(claims.iat)).sign(key);
    };
    await expect(verifier.verify(await sign({ iat: now + 3600, exp: now + 3900 }))).rejects.toThrow('the token was issued in the future');
    await expect(verifier.verify(await sign({ exp: now + 100 * 365 * 86400 }))).rejects.toThrow('the token lives longer than 3600 seconds');
    await expect(verifier.verify(await sign({ iat: now - 7200, exp: now + 600 }))).rejects.toThrow(
      'the token lives longer than 3600 seconds',
    );
    await expect(verifier.verify(await sign({ iat: now + 20, exp: now + 3600 }))).resolves.toMatchObject({ id: 'mallory' });
    await expect(verifier.embeddedIssuer!.mint({ user: 'a', roles: [], partnerships: ['north'], ttlSeconds: 7200 })).rejects.toThrow(
      /at most 3600 seconds/,
    );
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
