import path from 'node:path';
import { ConfigError, type AppConfig } from '@app/platform';

/**
 * Access-control settings, read from the environment next to the platform's AppConfig. Secrets come
 * only from the environment; for the embedded default (no identity provider, no MASTER_KEY) they are
 * generated once into DATA_DIR with owner-only permissions.
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
  /** Base64 of 32 bytes; unset outside production: generated into DATA_DIR/keys/master.key. */
  masterKey: Buffer | undefined;
  /** HMAC secret for analysts' pseudonymous ids; unset: generated into DATA_DIR/keys/pseudonym.secret. */
  pseudonymSecret: Buffer | undefined;
  /** Counts from 1 up to this minus one are shown as `<threshold`. */
  smallCountThreshold: number;
  retentionYearsAfterClosure: number;
  /** How often the retention sweep runs; 0 runs it only when asked (tests, operators). */
  retentionIntervalMs: number;
  /** Requests each user may make per minute (token bucket, burst of the same size). */
  rateLimitPerMinute: number;
  /** How long a subject's unwrapped key is kept in memory; erasure in another process takes effect within this. */
  subjectKeyCacheMs: number;
}

export const ACCESS_CONFIG = Symbol('ACCESS_CONFIG');

export const EMBEDDED_ISSUER = 'urn:safer-panels:embedded-issuer';
export const DEFAULT_AUDIENCE = 'safer-panels';

export function loadAccessConfig(app: Pick<AppConfig, 'production' | 'dataDir'>, env: NodeJS.ProcessEnv = process.env): AccessConfig {
  const jwksUrl = env.AUTH_JWKS_URL || undefined;
  if (jwksUrl !== undefined) {
    let url: URL;
    try {
      url = new URL(jwksUrl);
    } catch {
      throw new ConfigError('AUTH_JWKS_URL must be a URL');
    }
    if (url.protocol !== 'https:' && app.production) throw new ConfigError('AUTH_JWKS_URL must use https in production');
    if (!env.AUTH_ISSUER) throw new ConfigError('AUTH_JWKS_URL needs AUTH_ISSUER (the identity provider\'s issuer)');
  }
  const masterKey = env.MASTER_KEY ? key32(env.MASTER_KEY, 'MASTER_KEY') : undefined;
  if (app.production && !masterKey) {
    throw new ConfigError('MASTER_KEY is required in production (base64 of 32 random bytes, e.g. `openssl rand -base64 32`)');
  }
  return {
    production: app.production,
    dataDir: path.resolve(app.dataDir),
    jwksUrl,
    issuer: env.AUTH_ISSUER || EMBEDDED_ISSUER,
    audience: env.AUTH_AUDIENCE || DEFAULT_AUDIENCE,
    rolesClaim: env.AUTH_ROLES_CLAIM || 'roles',
    partnershipsClaim: env.AUTH_PARTNERSHIPS_CLAIM || 'partnerships',
    masterKey,
    pseudonymSecret: env.PSEUDONYM_SECRET ? secret(env.PSEUDONYM_SECRET, 'PSEUDONYM_SECRET') : undefined,
    smallCountThreshold: integer(env, 'SMALL_COUNT_THRESHOLD', 5, 1),
    retentionYearsAfterClosure: integer(env, 'RETENTION_YEARS_AFTER_CLOSURE', 6, 0),
    retentionIntervalMs: integer(env, 'RETENTION_INTERVAL_MS', 6 * 60 * 60 * 1000, 0),
    rateLimitPerMinute: integer(env, 'RATE_LIMIT_PER_MINUTE', 600, 1),
    subjectKeyCacheMs: integer(env, 'SUBJECT_KEY_CACHE_MS', 5000, 0),
  };
}

function key32(raw: string, name: string): Buffer {
  const bytes = Buffer.from(raw, 'base64');
  if (bytes.length !== 32 || bytes.toString('base64') !== raw.replace(/\s+/g, '')) {
    throw new ConfigError(`${name} must be base64 of exactly 32 bytes`);
  }
  return bytes;
}

function secret(raw: string, name: string): Buffer {
  const bytes = Buffer.from(raw, 'base64');
  if (bytes.length < 32) throw new ConfigError(`${name} must be base64 of at least 32 bytes`);
  return bytes;
}

function integer(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min) throw new ConfigError(`${name} must be a whole number of at least ${min}, not "${raw}"`);
  return value;
}
