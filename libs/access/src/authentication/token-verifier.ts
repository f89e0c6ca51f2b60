import { LRUCache } from 'lru-cache';
import { createLocalJWKSet, createRemoteJWKSet, errors, jwtVerify, type JWTPayload, type JWTVerifyGetKey } from 'jose';
import type { AuthenticatedUser } from '../authenticated-user.js';
import type { AccessConfig } from '../config/access-config.js';
import { EMBEDDED_ALGORITHM, EmbeddedIssuer } from './embedded-issuer.js';
import { userFromClaims } from './token-claims.js';

/** Asymmetric algorithms only: an HMAC or `none` token is refused whatever its header says. */
const IDENTITY_PROVIDER_ALGORITHMS = ['RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512', 'ES256', 'ES384', 'ES512', 'EdDSA', 'Ed25519'];

/** Longest a verified token is trusted without checking its signature again. */
const VERIFIED_FOR_MS = 60_000;
/** Clocks of the identity provider and of this host may differ by this much. */
const CLOCK_SKEW_SECONDS = 30;

export class InvalidTokenError extends Error {
  constructor(readonly reason: string) {
    super(reason);
    this.name = 'InvalidTokenError';
  }
}

/**
 * Verifies bearer tokens: signature against the identity provider's JWKS (AUTH_JWKS_URL, fetched
 * and cached by jose) or the embedded issuer's public key; issuer, audience and expiry always.
 */
export class TokenVerifier {
  /**
   * Tokens already verified, until they expire or for at most VERIFIED_FOR_MS: a client sends the same
   * token with every request, and checking an ES256 or RSA signature each time is most of a command's
   * CPU. The bound is how long a key withdrawn from the JWKS goes on being honoured for such a token.
   */
  private readonly verified = new LRUCache<string, { user: AuthenticatedUser; until: number }>({ max: 10_000 });

  private constructor(
    private readonly keys: JWTVerifyGetKey,
    private readonly algorithms: string[],
    private readonly config: AccessConfig,
    /** Present in the embedded mode only: lets tests and the CLI mint tokens. */
    readonly embeddedIssuer: EmbeddedIssuer | undefined,
  ) {}

  static async create(config: AccessConfig): Promise<TokenVerifier> {
    if (config.jwksUrl) {
      return new TokenVerifier(
        createRemoteJWKSet(new URL(config.jwksUrl), { cooldownDuration: 30_000, cacheMaxAge: 10 * 60_000 }),
        IDENTITY_PROVIDER_ALGORITHMS,
        config,
        undefined,
      );
    }
    const issuer = await EmbeddedIssuer.open(config);
    return new TokenVerifier(createLocalJWKSet({ keys: [issuer.publicJwk] }), [EMBEDDED_ALGORITHM], config, issuer);
  }

  async verify(token: string, now = Date.now()): Promise<AuthenticatedUser> {
    const known = this.verified.get(token);
    if (known && known.until > now) return known.user;
    let payload;
    try {
      ({ payload } = await jwtVerify(token, this.keys, {
        issuer: this.config.issuer,
        audience: this.config.audience,
        algorithms: this.algorithms,
        requiredClaims: ['exp', 'sub'],
        clockTolerance: CLOCK_SKEW_SECONDS,
        currentDate: new Date(now),
      }));
    } catch (error) {
      throw new InvalidTokenError(describe(error));
    }
    const timing = timingProblem(payload, now / 1000, this.config.maxTokenLifetimeSeconds);
    if (timing) throw new InvalidTokenError(timing);
    const user = userFromClaims(payload, this.config);
    if (!user) throw new InvalidTokenError("the token's subject, roles or partnerships claim is malformed");
    this.verified.set(token, { user, until: Math.min(payload.exp! * 1000, now + VERIFIED_FOR_MS) });
    return user;
  }
}

/**
 * What jose leaves to us: a token issued in the future (beyond the clock skew) was not issued by a
 * clock we can trust, and a lifetime past the bound (from now, and from `iat`) is a token that cannot be
 * withdrawn in any useful time.
 */
function timingProblem(payload: JWTPayload, nowSeconds: number, maxLifetimeSeconds: number): string | undefined {
  if (payload.iat !== undefined && payload.iat > nowSeconds + CLOCK_SKEW_SECONDS) return 'the token was issued in the future';
  const longest = maxLifetimeSeconds + CLOCK_SKEW_SECONDS;
  if (payload.exp! - nowSeconds > longest || (payload.iat !== undefined && payload.exp! - payload.iat > longest)) {
    return `the token lives longer than ${maxLifetimeSeconds} seconds`;
  }
  return undefined;
}

function describe(error: unknown): string {
  if (error instanceof errors.JWTExpired) return 'the token has expired';
  if (error instanceof errors.JWTClaimValidationFailed) return `the token's ${error.claim} claim is not accepted`;
  if (error instanceof errors.JWSSignatureVerificationFailed || error instanceof errors.JWKSNoMatchingKey) {
    return "the token's signature does not verify";
  }
  if (error instanceof errors.JOSEAlgNotAllowed) return "the token's algorithm is not accepted";
  if (error instanceof errors.JWKSTimeout || (error as { code?: string })?.code === 'ERR_JWKS_TIMEOUT')
    return 'the identity provider did not answer';
  return 'the token is malformed';
}
