import path from 'node:path';
import type { AppConfig } from '@app/platform';

/**
 * Access-control settings, derived from the platform's validated environment (EnvironmentVariables
 * declares and checks every variable; nothing here reads `process.env`). Secrets come only from the
 * environment; for the embedded default (no identity provider, no MASTER_KEY) they are generated once into
 * DATA_DIR with owner-only permissions.
 */
export interface AccessConfig {
  production: boolean;
  dataDir: string;
  /** Set: verify tokens against this identity provider's JWKS. Unset: the embedded issuer (keys in DATA_DIR). */
  jwksUrl: string | undefined;
  issuer: string;
  audience: string;
  /** Claim holding the role names (array of strings). */
  rolesClaim: string;
  /** Claim holding the partnership ids (array of strings). */
  partnershipsClaim: string;
  /** Claim holding the user's e-mail address (a string). */
  emailClaim: string;
  /** Claim holding the user's teams (array of strings). */
  teamsClaim: string;
  /** Longest lifetime a token may have: `exp` no further than this from now (and from `iat`). */
  maxTokenLifetimeSeconds: number;
  /** Base64 of 32 bytes; unset outside production: generated into DATA_DIR/keys/master.key. */
  masterKey: Buffer | undefined;
  /** HMAC secret for analysts' pseudonymous ids; unset: generated into DATA_DIR/keys/pseudonym.secret. */
  pseudonymSecret: Buffer | undefined;
  /** The server's secret (blind index, derived ids); unset: generated into DATA_DIR/keys/server.secret. */
  serverSecret: Buffer | undefined;
  /** Counts from 1 up to this minus one are shown as `<threshold`. */
  smallCountThreshold: number;
  retentionYearsAfterClosure: number;
  /** How often the retention sweep runs; 0 runs it only when asked (tests, operators). */
  retentionIntervalMs: number;
  /** Requests each user may make per minute (shared by every API process). */
  rateLimitPerMinute: number;
  /** Requests without a valid token per client address per minute. */
  rateLimitPerAddressPerMinute: number;
  /** How long a subject's unwrapped key is kept in memory; erasure in another process takes effect within this. */
  subjectKeyCacheMs: number;
}

export const ACCESS_CONFIG = Symbol('ACCESS_CONFIG');

export { EMBEDDED_ISSUER, DEFAULT_AUDIENCE } from '@app/platform';

export function loadAccessConfig({ environment: env }: Pick<AppConfig, 'environment'>): AccessConfig {
  return {
    production: env.NODE_ENV === 'production',
    dataDir: path.resolve(env.DATA_DIR),
    jwksUrl: env.AUTH_JWKS_URL,
    issuer: env.AUTH_ISSUER,
    audience: env.AUTH_AUDIENCE,
    rolesClaim: env.AUTH_ROLES_CLAIM,
    partnershipsClaim: env.AUTH_PARTNERSHIPS_CLAIM,
    emailClaim: env.AUTH_EMAIL_CLAIM,
    teamsClaim: env.AUTH_TEAMS_CLAIM,
    maxTokenLifetimeSeconds: env.AUTH_MAX_TOKEN_LIFETIME_SECONDS,
    masterKey: env.MASTER_KEY === undefined ? undefined : Buffer.from(env.MASTER_KEY, 'base64'),
    pseudonymSecret: env.PSEUDONYM_SECRET === undefined ? undefined : Buffer.from(env.PSEUDONYM_SECRET, 'base64'),
    serverSecret: env.SERVER_SECRET === undefined ? undefined : Buffer.from(env.SERVER_SECRET, 'base64'),
    smallCountThreshold: env.SMALL_COUNT_THRESHOLD,
    retentionYearsAfterClosure: env.RETENTION_YEARS_AFTER_CLOSURE,
    retentionIntervalMs: env.RETENTION_INTERVAL_MS,
    rateLimitPerMinute: env.RATE_LIMIT_PER_MINUTE,
    rateLimitPerAddressPerMinute: env.RATE_LIMIT_PER_ADDRESS_PER_MINUTE,
    subjectKeyCacheMs: env.SUBJECT_KEY_CACHE_MS,
  };
}
