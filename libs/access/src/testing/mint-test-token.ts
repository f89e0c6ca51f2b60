import type { INestApplicationContext } from '@nestjs/common';
import type { Role } from '../authenticated-user.js';
import { TokenVerifier } from '../authentication/token-verifier.js';

/**
 * A bearer token from the running app's embedded issuer, for end-to-end tests:
 * `.set('Authorization', \`Bearer ${await mintTestToken(app, { id: 'alice', roles: ['coordinator'], partnerships: ['north'] })}\`)`.
 */
export async function mintTestToken(
  app: INestApplicationContext,
  user: {
    id: string;
    roles: readonly Role[];
    partnerships: readonly string[];
    ttlSeconds?: number;
    email?: string;
    teams?: readonly string[];
  },
): Promise<string> {
  const issuer = app.get(TokenVerifier).embeddedIssuer;
  if (!issuer) throw new Error('mintTestToken needs the embedded issuer (AUTH_JWKS_URL must be unset)');
  return issuer.mint({
    user: user.id,
    roles: user.roles,
    partnerships: user.partnerships,
    ttlSeconds: user.ttlSeconds ?? 600,
    ...(user.email ? { email: user.email } : {}),
    ...(user.teams ? { teams: user.teams } : {}),
  });
}

/** The Authorization header value for a test user. */
export async function bearer(app: INestApplicationContext, user: Parameters<typeof mintTestToken>[1]): Promise<string> {
  return `Bearer ${await mintTestToken(app, user)}`;
}
