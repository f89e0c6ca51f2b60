import path from 'node:path';
import { exportJWK, generateKeyPair, importJWK, SignJWT, type CryptoKey, type JWK } from 'jose';
import type { Role } from '../authenticated-user.js';
import type { AccessConfig } from '../config/access-config.js';
import { readOrCreateSecretFile } from '../config/data-dir-secrets.js';

export const EMBEDDED_ALGORITHM = 'ES256';

export interface TokenRequest {
  user: string;
  roles: readonly Role[];
  partnerships: readonly string[];
  /** Lifetime in seconds. */
  ttlSeconds: number;
  email?: string;
  teams?: readonly string[];
}

/**
 * The app as its own token issuer (the embedded default, no identity provider): an ES256 key pair
 * generated on first start into DATA_DIR/auth/signing-key.jwk (0600). The token CLI signs with it and
 * the API verifies with its public half. There are no passwords: whoever can read the data directory
 * can mint tokens, which is the same trust as reading the database files it sits beside.
 */
export class EmbeddedIssuer {
  private constructor(
    private readonly privateKey: CryptoKey,
    readonly publicJwk: JWK,
    private readonly issuer: string,
    private readonly audience: string,
    private readonly maxLifetimeSeconds: number,
    private readonly claimNames: { emailClaim: string; teamsClaim: string },
  ) {}

  static keyFile(dataDir: string): string {
    return path.join(dataDir, 'auth', 'signing-key.jwk');
  }

  static async open(
    config: Pick<AccessConfig, 'dataDir' | 'issuer' | 'audience' | 'maxTokenLifetimeSeconds'> &
      Partial<Pick<AccessConfig, 'emailClaim' | 'teamsClaim'>>,
  ): Promise<EmbeddedIssuer> {
    const raw = await readOrCreateSecretFile(EmbeddedIssuer.keyFile(config.dataDir), async () => {
      const { privateKey } = await generateKeyPair(EMBEDDED_ALGORITHM, { extractable: true });
      const jwk = await exportJWK(privateKey);
      return JSON.stringify({ ...jwk, alg: EMBEDDED_ALGORITHM, use: 'sig', kid: `embedded-${Date.now().toString(36)}` });
    });
    const jwk = JSON.parse(raw) as JWK;
    const privateKey = (await importJWK(jwk, EMBEDDED_ALGORITHM)) as CryptoKey;
    const publicJwk: JWK = { ...jwk };
    delete publicJwk.d;
    return new EmbeddedIssuer(privateKey, publicJwk, config.issuer, config.audience, config.maxTokenLifetimeSeconds, {
      emailClaim: config.emailClaim ?? 'email',
      teamsClaim: config.teamsClaim ?? 'teams',
    });
  }

  async mint(request: TokenRequest): Promise<string> {
    // The API would refuse it: say so here rather than hand out a token that never works.
    if (request.ttlSeconds > this.maxLifetimeSeconds) {
      throw new Error(`a token may live at most ${this.maxLifetimeSeconds} seconds (AUTH_MAX_TOKEN_LIFETIME_SECONDS)`);
    }
    // E-mail and teams under the claim names the API reads (AUTH_EMAIL_CLAIM, AUTH_TEAMS_CLAIM), as an identity provider would send them.
    const extra = {
      ...(request.email ? { [this.claimNames.emailClaim]: request.email } : {}),
      ...(request.teams?.length ? { [this.claimNames.teamsClaim]: [...request.teams] } : {}),
    };
    return new SignJWT({ ...extra, roles: [...request.roles], partnerships: [...request.partnerships] })
      .setProtectedHeader({ alg: EMBEDDED_ALGORITHM, kid: this.publicJwk.kid, typ: 'JWT' })
      .setSubject(request.user)
      .setIssuer(this.issuer)
      .setAudience(this.audience)
      .setIssuedAt()
      .setExpirationTime(Math.floor(Date.now() / 1000) + request.ttlSeconds)
      .sign(this.privateKey);
  }
}

/** `8h`, `30m`, `2d`, `90s` or a number of seconds. */
export function parseTtl(value: string): number {
  const match = /^(\d+)\s*([smhd]?)$/.exec(value.trim());
  if (!match) throw new Error(`--ttl must look like 8h, 30m, 2d or 90s, not "${value}"`);
  const seconds = Number(match[1]) * { '': 1, s: 1, m: 60, h: 3600, d: 86400 }[match[2] as '' | 's' | 'm' | 'h' | 'd'];
  if (seconds <= 0 || seconds > 30 * 86400) throw new Error('--ttl must be between 1 second and 30 days');
  return seconds;
}
