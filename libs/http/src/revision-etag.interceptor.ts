import { Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import type { Response } from 'express';
import { map, type Observable } from 'rxjs';
import { setRevision } from './command-request.js';

/**
 * Sends the stream revision of an answer as its ETag, the value a client later sends back in If-Match:
 * any answer with a numeric `revision` gets `ETag: "<revision>"`. Put it on a controller (or route)
 * with `@UseInterceptors(RevisionETagInterceptor)`.
 */
@Injectable()
export class RevisionETagInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const response = context.switchToHttp().getResponse<Response>();
    return next.handle().pipe(
      map((answer: unknown) => {
        const revision = (answer as { revision?: unknown } | null)?.revision;
        if (typeof revision === 'number' && !response.headersSent) setRevision(response, revision);
        return answer;
      }),
    );
  }
}
