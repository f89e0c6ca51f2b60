import { HttpException, Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { from, mergeMap, catchError, throwError, type Observable } from 'rxjs';
import { DomainError } from '@app/domain';
import type { AuthenticatedUser } from '../authenticated-user.js';
import { AuditLog } from './audit-log.js';
import { collectAuditNote, mergeAuditNotes, type AuditNote } from './audit-note.js';
import { AUDIT_RECORD_ACCESS, type AuditRecordAccessOptions } from './audit-record-access.decorator.js';
import { markAudited } from './refusal-audit.js';

const READ_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
const PURPOSE = /^[\x20-\x7e]{1,200}$/;
const DOMAIN_STATUS = { 'illegal-state': 409, 'not-found': 404, invalid: 400 } as const;

/**
 * Writes an audit entry for every command (any non-GET route) and every read marked
 * @AuditRecordAccess, after the handler and before the response: if the entry cannot be written the
 * caller gets an error, not unaudited data. Failed attempts are recorded too, with their status. The
 * handler runs inside an audit note (`noteAudit`): what it notes (the record's partnership, the people
 * it concerns) goes into the entry, whether it succeeds or refuses. Refusals before the handler (the
 * guards' 401, 403 and 429) are RefusalAudit's.
 */
@Injectable()
export class AuditInterceptor implements NestInterceptor {
  constructor(
    private readonly reflector: Reflector,
    private readonly auditLog: AuditLog,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'http') return next.handle();
    const request = context.switchToHttp().getRequest<Request & { user?: AuthenticatedUser }>();
    const options = this.reflector.get<AuditRecordAccessOptions | undefined>(AUDIT_RECORD_ACCESS, context.getHandler());
    const isCommand = !READ_METHODS.has(request.method);
    if (!request.user || (!isCommand && !options)) return next.handle();
    markAudited(request);
    const collected = collectAuditNote(() => next.handle());
    const write = (outcome: string, status: number | null, answered?: AuditNote) =>
      this.write(request, request.user!, isCommand, options, mergeAuditNotes(collected.note(), answered), outcome, status);
    return collected.result.pipe(
      mergeMap((result: unknown) => from(write('success', null, options?.noteOf?.(result, request)).then(() => result))),
      catchError((error: unknown) => {
        const status = statusOf(error);
        const outcome = status === 403 || status === 404 ? 'denied' : 'failed';
        return from(write(outcome, status)).pipe(mergeMap(() => throwError(() => error)));
      }),
    );
  }

  private async write(
    request: Request,
    user: AuthenticatedUser,
    isCommand: boolean,
    options: AuditRecordAccessOptions | undefined,
    note: AuditNote,
    outcome: string,
    status: number | null,
  ): Promise<void> {
    const param = (name: string | undefined) => (name && typeof request.params?.[name] === 'string' ? request.params[name] : undefined);
    const subjectFromParam = param(options?.subjectParam);
    const purpose = request.header('x-access-purpose');
    const correlationId = request.headers['x-correlation-id'];
    await this.auditLog.record({
      actor: user.id,
      actorRoles: user.roles,
      actorPartnerships: user.partnerships,
      action: isCommand ? 'command' : 'read',
      method: request.method,
      route: routePattern(request),
      recordKind: note.recordKind ?? options?.kind ?? null,
      recordId: note.recordId ?? param(options?.recordParam) ?? subjectFromParam ?? null,
      subjectIds: [...new Set([...(subjectFromParam ? [subjectFromParam] : []), ...(note.subjectIds ?? [])])],
      partnershipId: note.partnershipId ?? null,
      sharingBasis: note.sharingBasis ?? null,
      correlationId: typeof correlationId === 'string' ? correlationId : null,
      purpose: purpose !== undefined && PURPOSE.test(purpose) ? purpose : null,
      outcome,
      status,
    });
  }
}

export function routePattern(request: Request): string {
  const route = (request.route as { path?: unknown } | undefined)?.path;
  return `${request.baseUrl ?? ''}${typeof route === 'string' ? route : '(unmatched)'}`;
}

function statusOf(error: unknown): number {
  if (error instanceof HttpException) return error.getStatus();
  if (error instanceof DomainError) return DOMAIN_STATUS[error.kind];
  const status = (error as { status?: unknown })?.status;
  return typeof status === 'number' && status >= 400 && status < 600 ? status : 500;
}
