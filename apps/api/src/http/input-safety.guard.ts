import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import type { Request } from 'express';
import { RequestProblem } from '@app/http';
import { unsafeInputProblems } from './input-safety.js';

/**
 * Global guard, the first of all (it is registered by the app module, ahead of the access guards): applies
 * the edge's rules (input-safety.ts) to the body, the query and the path parameters of every request, so
 * no DTO has to repeat them and nothing after it (authentication, the audit log, a projection) ever holds
 * such a value. A guard rather than a pipe, because the audit interceptor writes route parameters before
 * any pipe runs.
 */
@Injectable()
export class InputSafetyGuard implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    if (context.getType() !== 'http') return true;
    const request = context.switchToHttp().getRequest<Request>();
    const problems = [
      ...unsafeInputProblems(request.params ?? {}, 'path'),
      ...unsafeInputProblems(request.query ?? {}, 'query'),
      ...(request.body === undefined ? [] : unsafeInputProblems(request.body, 'body')),
    ];
    if (problems.length) throw new RequestProblem(400, 'The request is not valid: see errors for each field.', problems);
    return true;
  }
}
