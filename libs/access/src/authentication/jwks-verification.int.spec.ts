import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT, type CryptoKey } from 'jose';
import { loadConfig } from '@app/platform';
import { loadAccessConfig } from '../config/access-config.js';
import { InvalidTokenError, TokenVerifier } from './token-verifier.js';

/** Tokens from an identity provider: verified against its JWKS over HTTP (a local stand-in here). */
describe('identity provider tokens (AUTH_JWKS_URL)', () => {
  let server: Server;
  let key: CryptoKey;
  let verifier: TokenVerifier;
  const issuer = 'https://login.council.example';

  beforeAll(async () => {
    const pair = await generateKeyPair('RS256');
    key = pair.privateKey;
    const jwks = { keys: [{ ...(await exportJWK(pair.publicKey)), kid: 'k1', alg: 'RS256', use: 'sig' }] };
    server = createServer((_req, res) => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(jwks)));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/jwks`;
    verifier = await TokenVerifier.create(
      loadAccessConfig(
        loadConfig({
          DATA_DIR: '/nonexistent',
          AUTH_JWKS_URL: url,
          AUTH_ISSUER: issuer,
          AUTH_AUDIENCE: 'safer-panels',
          AUTH_ROLES_CLAIM: 'groups',
        }),
      ),
    );
  });
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
  });

  const token = (claims: { iss?: string; aud?: string; exp?: string }) =>
    new SignJWT({ groups: ['coordinator', 'other-system-role'], partnerships: ['north'] })
      .setProtectedHeader({ alg: 'RS256', kid: 'k1' })
      .setSubject('u-123')
      .setIssuer(claims.iss ?? issuer)
      .setAudience(claims.aud ?? 'safer-panels')
      .setExpirationTime(claims.exp ?? '5m')
      .sign(key);

  it('accepts a token the provider signed, reading roles from the configured claim', async () => {
    await expect(verifier.verify(await token({}))).resolves.toEqual({ id: 'u-123', roles: ['coordinator'], partnerships: ['north'] });
    expect(verifier.embeddedIssuer).toBeUndefined();
  });

  it('refuses the wrong issuer, audience, or an expired token', async () => {
    await expect(verifier.verify(await token({ iss: 'https://evil.example' }))).rejects.toBeInstanceOf(InvalidTokenError);
    await expect(verifier.verify(await token({ aud: 'another-app' }))).rejects.toBeInstanceOf(InvalidTokenError);
    await expect(verifier.verify(await token({ exp: '-5m' }))).rejects.toThrow(/expired/);
  });
});
