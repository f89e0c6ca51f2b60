import { Expose, Transform } from 'class-transformer';
import { parseTrustProxy } from './trust-proxy.js';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  Min,
  MinLength,
  ValidateBy,
  ValidateIf,
  type ValidationOptions,
} from 'class-validator';

export const EMBEDDED_ISSUER = 'urn:safer-panels:embedded-issuer';
export const DEFAULT_AUDIENCE = 'safer-panels';
export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

/** `"42"` becomes 42; anything else is left as it is, so `@IsInt` names the variable. */
const WholeNumber = () =>
  Transform(({ value }: { value: unknown }) => (typeof value === 'string' && /^-?\d+$/.test(value) ? Number(value) : value));
/** `true`/`1` and `false`/`0`; anything else is left as it is, so `@IsBoolean` names the variable. */
const Flag = () =>
  Transform(({ value }) => (({ true: true, '1': true, false: false, '0': false }) as Record<string, boolean>)[String(value)] ?? value);

/** The value must satisfy `check`; the message follows the variable's name. */
function Satisfies(check: (value: unknown, env: EnvironmentVariables) => boolean, message: string, options?: ValidationOptions) {
  return ValidateBy(
    {
      name: 'satisfies',
      validator: {
        validate: (value, args) => check(value, args!.object as EnvironmentVariables),
        defaultMessage: (args) => `${args!.property} ${message}`,
      },
    },
    options,
  );
}

function urlWithProtocol(value: unknown, protocols: readonly string[]): boolean {
  if (typeof value !== 'string' || !URL.canParse(value)) return false;
  return protocols.includes(new URL(value).protocol);
}

function base64Bytes(value: unknown): number | undefined {
  if (typeof value !== 'string') return undefined;
  const bytes = Buffer.from(value, 'base64');
  return bytes.toString('base64') === value.replace(/\s+/g, '') ? bytes.length : undefined;
}

/**
 * The one schema of every environment variable the product reads (README.md's configuration table lists the
 * same, checked by a test). `loadConfig` validates `process.env` against it once at start-up; a bad value stops
 * the start with a message naming the variable. A property's initial value is its default; an empty string
 * counts as unset. Only a variable's first failing check is reported, and the decorator nearest the property
 * runs first: the type check sits there, the range checks above it.
 *
 * Not here, because only tests and benchmarks read them: `TEST_SERVER_URL` (libs/testing: the PostgreSQL the
 * test databases are created on), `FAULT_SEED` and `FAULT_EVENTS` (test/faults), `BENCH_*` and `DATABASE_URL`
 * for `npm run bench` (bench/), and `EVENTSTORE_CONNECTION_STRING` read by the EventStoreDB contract suite to
 * decide whether it can run.
 */
export class EnvironmentVariables {
  /** `production` refuses to start without MASTER_KEY and requires an https JWKS URL. */
  @Expose()
  @IsOptional()
  @IsString()
  NODE_ENV?: string;

  @Expose()
  @MinLength(1)
  @IsString()
  HOST = '127.0.0.1';

  @Expose()
  @Min(0)
  @Max(65535)
  @IsInt()
  @WholeNumber()
  PORT = 3000;

  /** Unset: start the embedded PostgreSQL in DATA_DIR. */
  @Expose()
  @IsOptional()
  @Satisfies((value) => urlWithProtocol(value, ['postgres:', 'postgresql:']), 'must be a postgres:// URL')
  DATABASE_URL?: string;

  @Expose()
  @MinLength(1)
  @IsString()
  DATA_DIR = './.data';

  @Expose()
  @Min(1)
  @Max(65535)
  @IsInt()
  @WholeNumber()
  EMBEDDED_POSTGRES_PORT = 54329;

  @Expose()
  @IsIn(['postgres', 'eventstoredb'])
  EVENT_STORE: 'postgres' | 'eventstoredb' = 'postgres';

  @Expose()
  @ValidateIf((env: EnvironmentVariables) => env.EVENT_STORE === 'eventstoredb' || env.EVENTSTORE_CONNECTION_STRING !== undefined)
  @Satisfies(
    (value) => urlWithProtocol(value, ['esdb:', 'esdb+discover:']),
    'must be an esdb:// URL (required with EVENT_STORE=eventstoredb)',
  )
  EVENTSTORE_CONNECTION_STRING?: string;

  /** Run the projection runners inside the API process, or leave them to apps/projector. */
  @Expose()
  @Flag()
  @IsBoolean()
  RUN_PROJECTIONS = true;

  @Expose()
  @IsIn(LOG_LEVELS)
  LOG_LEVEL: (typeof LOG_LEVELS)[number] = 'info';

  /** Largest request body accepted, in the body parser's units. */
  @Expose()
  @Matches(/^\d+(b|kb|mb)?$/i, { message: 'BODY_LIMIT must be a size such as 100kb' })
  BODY_LIMIT = '100kb';

  /**
   * Connections in each pool (event store and read models). Every projection and process manager this
   * process runs holds one read-model connection for its lease (nine with MARAC and people), so the rest
   * serve requests, rebuilds and batches.
   */
  @Expose()
  @Min(1)
  @IsInt()
  @WholeNumber()
  DATABASE_POOL_SIZE = 20;

  /** Set: verify tokens against this identity provider's JWKS. Unset: the embedded issuer (keys in DATA_DIR). */
  @Expose()
  @IsOptional()
  @Satisfies(
    (value, env) => urlWithProtocol(value, env.NODE_ENV === 'production' ? ['https:'] : ['https:', 'http:']),
    'must be a URL (https in production)',
  )
  AUTH_JWKS_URL?: string;

  @Expose()
  @Satisfies(
    (value, env) => env.AUTH_JWKS_URL === undefined || value !== EMBEDDED_ISSUER,
    "must be the identity provider's issuer when AUTH_JWKS_URL is set",
  )
  @IsString()
  AUTH_ISSUER = EMBEDDED_ISSUER;

  @Expose()
  @MinLength(1)
  @IsString()
  AUTH_AUDIENCE = DEFAULT_AUDIENCE;

  /** Claim holding the role names (array of strings). */
  @Expose()
  @MinLength(1)
  @IsString()
  AUTH_ROLES_CLAIM = 'roles';

  /** Claim holding the partnership ids (array of strings). */
  @Expose()
  @MinLength(1)
  @IsString()
  AUTH_PARTNERSHIPS_CLAIM = 'partnerships';

  /** SMTP server for alert e-mails (`smtp://user:pass@host:587`, `smtps://…`); unset: no e-mail is sent. */
  @Expose()
  @IsOptional()
  @Satisfies((value) => urlWithProtocol(value, ['smtp:', 'smtps:']), 'must be an smtp:// or smtps:// URL')
  SMTP_URL?: string;

  /** The sender of alert e-mails. */
  @Expose()
  @MinLength(3)
  @IsString()
  MAIL_FROM = 'Safer Panels <alerts@localhost>';

  /** Where people open the product: alert e-mails link to it (no trailing slash). */
  @Expose()
  @Satisfies((value) => urlWithProtocol(value, ['https:', 'http:']), 'must be an http(s) URL')
  PUBLIC_BASE_URL = 'http://localhost:3000';

  /** The hour (UTC) of the daily alert digest. */
  @Expose()
  @Min(0)
  @Max(23)
  @IsInt()
  @WholeNumber()
  ALERT_DIGEST_HOUR_UTC = 7;

  /** Claim holding the user's e-mail address (alert digests); a token without it is served, with no e-mail. */
  @Expose()
  @MinLength(1)
  @IsString()
  AUTH_EMAIL_CLAIM = 'email';

  /** Claim holding the teams the user is in (array of strings): an alert for a team reaches its members. */
  @Expose()
  @MinLength(1)
  @IsString()
  AUTH_TEAMS_CLAIM = 'teams';

  /** Longest lifetime a token may have (exp from now, and from iat); a longer one is refused. */
  @Expose()
  @Min(60)
  @Max(30 * 86400)
  @IsInt()
  @WholeNumber()
  AUTH_MAX_TOKEN_LIFETIME_SECONDS = 86400;

  /** Base64 of 32 bytes; unset outside production: generated into DATA_DIR/keys/master.key. */
  @Expose()
  @ValidateIf((env: EnvironmentVariables) => env.NODE_ENV === 'production' || env.MASTER_KEY !== undefined)
  @Satisfies(
    (value) => base64Bytes(value) === 32,
    'must be base64 of exactly 32 bytes, and is required in production (e.g. `openssl rand -base64 32`)',
  )
  MASTER_KEY?: string;

  /** HMAC secret for analysts' pseudonymous ids; unset: generated into DATA_DIR/keys/pseudonym.secret. */
  @Expose()
  @IsOptional()
  @Satisfies((value) => (base64Bytes(value) ?? 0) >= 32, 'must be base64 of at least 32 bytes')
  PSEUDONYM_SECRET?: string;

  /**
   * The server's own secret: keys the people search's blind index and the ids the server derives for the
   * records it creates (so nobody can compute them); unset: generated into DATA_DIR/keys/server.secret.
   * Every process of a deployment must share it (so it is required in production, where they do not share a
   * DATA_DIR), and it must never change.
   */
  @Expose()
  @ValidateIf((env: EnvironmentVariables) => env.NODE_ENV === 'production' || env.SERVER_SECRET !== undefined)
  @Satisfies(
    (value) => (base64Bytes(value) ?? 0) >= 32,
    'must be base64 of at least 32 bytes, and is required in production (e.g. `openssl rand -base64 32`)',
  )
  SERVER_SECRET?: string;

  /** Counts from 1 up to this minus one are shown as `<threshold`. */
  @Expose()
  @Min(1)
  @IsInt()
  @WholeNumber()
  SMALL_COUNT_THRESHOLD = 5;

  @Expose()
  @Min(0)
  @IsInt()
  @WholeNumber()
  RETENTION_YEARS_AFTER_CLOSURE = 6;

  /**
   * Days after a user was last seen (an authenticated request) that the retention sweep deletes what alert
   * e-mails keep about them (alert_recipients: their address, roles, teams and partnerships from the token).
   */
  @Expose()
  @Min(1)
  @IsInt()
  @WholeNumber()
  ALERT_RECIPIENT_RETENTION_DAYS = 90;

  /** How often the retention sweep runs; 0 runs it only when asked (tests, operators). */
  @Expose()
  @Min(0)
  @IsInt()
  @WholeNumber()
  RETENTION_INTERVAL_MS = 6 * 60 * 60 * 1000;

  /** Requests each user may make per minute (a fixed window, shared by every API process). */
  @Expose()
  @Min(1)
  @IsInt()
  @WholeNumber()
  RATE_LIMIT_PER_MINUTE = 600;

  /** Requests without a valid token (and to public routes other than health) per client address per minute. */
  @Expose()
  @Min(1)
  @IsInt()
  @WholeNumber()
  RATE_LIMIT_PER_ADDRESS_PER_MINUTE = 120;

  /**
   * Behind a reverse proxy, which proxies' X-Forwarded-For to believe for the client's address (rate limits
   * and audit of requests without a valid token): their number, or their addresses and subnets. Unset: none,
   * the client is the connection's peer.
   */
  @Expose()
  @IsOptional()
  @Satisfies(
    (value) => typeof value === 'string' && parseTrustProxy(value) !== undefined,
    'must be the number of proxies in front (1 or more) or their addresses and subnets, comma-separated (e.g. 10.0.0.0/8, loopback); not true',
  )
  TRUST_PROXY?: string;

  /** How long a subject's unwrapped key is kept in memory; erasure in another process takes effect within this. */
  @Expose()
  @Min(0)
  @IsInt()
  @WholeNumber()
  SUBJECT_KEY_CACHE_MS = 5000;
}
