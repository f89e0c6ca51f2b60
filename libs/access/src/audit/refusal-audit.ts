import { Inject, Injectable, Logger, type NestMiddleware, type OnModuleDestroy } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { errorSummary } from '@app/platform';
import type { AuthenticatedUser } from '../authenticated-user.js';
import { bearerTokenOf } from '../authentication/authentication.guard.js';
import { TokenVerifier } from '../authentication/token-verifier.js';
import { AuditLog, type NewAuditEntry } from './audit-log.js';
import { routePattern } from './audit.interceptor.js';

const AUDITED = Symbol('audited');
/** How often the 429s counted in memory since the last write are added to their entries. */
const FLUSH_INTERVAL_MS = 5_000;
const MINUTE_MS = 60_000;

/** The audit interceptor marks the requests whose entry it writes, so a refusal is not audited twice. */
export function markAudited(request: Request): void {
  (request as Request & { [AUDITED]?: true })[AUDITED] = true;
}

function wasAudited(request: Request): boolean {
  return (request as Request & { [AUDITED]?: true })[AUDITED] === true;
}

interface PendingCount {
  entry: NewAuditEntry;
  count: number;
}

/**
 * Audits the refusals that happen before any handler runs (the guards' 401, 403 and 429), which the
 * audit interceptor never sees. No body, no record id (the route's ids were never checked): who (the
 * user, or the client's address when no token was valid), roles, partnerships, route, status.
 * 401s and 429s are counted per caller (user, or address), status and minute: the first of a minute is
 * written at once (naming its route), later ones are added to its count every few seconds, so a flood of
 * bad tokens or of requests over the limit costs a few writes a minute, not one each. A 403 is one entry
 * each: it comes from a user with a valid token, whose requests the per-user rate limit already bounds,
 * and each names the route that user tried outside their role, which an auditor wants one by one. The
 * entry is written as the refusal is sent; a failure to write it is logged (the refusal stands).
 */
@Injectable()
export class RefusalAudit implements OnModuleDestroy {
  private readonly logger = new Logger(RefusalAudit.name);
  private readonly pending = new Map<string, PendingCount>();
  private readonly started = new Set<string>();
  private readonly writes = new Set<Promise<void>>();
  private readonly timer = setInterval(() => this.track(this.flushCounts()), FLUSH_INTERVAL_MS).unref();

  constructor(
    private readonly auditLog: AuditLog,
    @Inject(TokenVerifier) private readonly verifier: TokenVerifier,
  ) {}

  refused(request: Request, status: number, at = new Date()): void {
    this.track(this.callerOf(request).then((user) => this.enter(request, user, status, at)));
  }

  /**
   * The verified caller, if any: the rate limit comes before authentication, so a 429 has no `request.user`
   * yet and is the user's when the token is valid (verified tokens are cached), the address's otherwise.
   */
  private async callerOf(request: Request): Promise<AuthenticatedUser | undefined> {
    const user = (request as Request & { user?: AuthenticatedUser }).user;
    if (user) return user;
    const token = bearerTokenOf(request);
    return token ? this.verifier.verify(token).catch(() => undefined) : undefined;
  }

  private async enter(request: Request, user: AuthenticatedUser | undefined, status: number, at: Date): Promise<void> {
    const correlationId = request.headers['x-correlation-id'];
    const entry: NewAuditEntry = {
      actor: user?.id ?? 'anonymous',
      actorRoles: user?.roles ?? [],
      actorPartnerships: user?.partnerships ?? [],
      clientAddress: user ? null : (request.ip ?? request.socket.remoteAddress ?? null),
      action: 'refusal',
      method: request.method,
      route: routePattern(request),
      correlationId: typeof correlationId === 'string' ? correlationId : null,
      outcome: status === 401 ? 'unauthenticated' : status === 429 ? 'rate-limited' : 'denied',
      status,
    };
    if (status === 403) return this.auditLog.record(entry);
    const minute = new Date(Math.floor(at.getTime() / MINUTE_MS) * MINUTE_MS).toISOString();
    const key = `${minute}|${status}|${user ? `user:${user.id}` : `address:${entry.clientAddress ?? 'unknown'}`}`;
    if (!this.started.has(key)) {
      this.started.add(key);
      return this.auditLog.count(key, 1, entry);
    }
    const counted = this.pending.get(key);
    if (counted) counted.count += 1;
    else this.pending.set(key, { entry, count: 1 });
  }

  /** Writes what is counted and waits for every write in flight (tests, shutdown). */
  async flush(): Promise<void> {
    // Entries still being prepared may count into `pending` while the counted ones are written.
    do {
      while (this.writes.size > 0) await Promise.all([...this.writes]);
      this.track(this.flushCounts());
      while (this.writes.size > 0) await Promise.all([...this.writes]);
    } while (this.pending.size > 0);
  }

  async onModuleDestroy(): Promise<void> {
    clearInterval(this.timer);
    await this.flush();
  }

  private async flushCounts(): Promise<void> {
    const due = [...this.pending];
    this.pending.clear();
    const currentMinute = Math.floor(Date.now() / MINUTE_MS) * MINUTE_MS;
    // A key names its minute: once the minute is over, no refusal will count towards it again.
    for (const key of this.started) if (Date.parse(key.slice(0, key.indexOf('|'))) < currentMinute) this.started.delete(key);
    for (const [key, { entry, count }] of due) await this.auditLog.count(key, count, entry);
  }

  private track(write: Promise<void>): void {
    const tracked = write
      .catch((error: unknown) => this.logger.error({ err: errorSummary(error) }, 'An audit entry of a refusal could not be written'))
      .finally(() => this.writes.delete(tracked));
    this.writes.add(tracked);
  }
}

/** Hands every response refused with 401, 403 or 429 that no audit entry covers yet to RefusalAudit. */
@Injectable()
export class RefusalAuditMiddleware implements NestMiddleware {
  constructor(private readonly refusals: RefusalAudit) {}

  use(request: Request, response: Response, next: NextFunction): void {
    response.on('finish', () => {
      if ((response.statusCode === 401 || response.statusCode === 403 || response.statusCode === 429) && !wasAudited(request)) {
        this.refusals.refused(request, response.statusCode);
      }
    });
    next();
  }
}
