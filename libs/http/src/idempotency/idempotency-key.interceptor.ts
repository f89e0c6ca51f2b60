import { HttpException, Inject, Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import type { Request } from 'express';
import type pg from 'pg';
import { catchError, type Observable } from 'rxjs';
import { APP_CONFIG, EVENT_STORE_POOL, type AppConfig } from '@app/platform';
import { bindCommandId, scopedIdempotencyKeyOf } from '../command-request.js';
import { RequestProblem } from '../problem.js';
import { IdempotencyKeys } from './idempotency-keys.js';
import { requestFingerprint } from './request-fingerprint.js';

export const KEY_USED_FOR_ANOTHER_REQUEST =
  'This Idempotency-Key was already used for a different request. Send a new key with a new request, and repeat a key only with the request it was first sent with.';

/**
 * Binds an Idempotency-Key to the request it first came with (method, route, record, query, body) and to
 * a command id, before the command runs: the same request again goes on as the same command (and the
 * command executor answers the first outcome from the stream), anything else with that key is refused
 * with 422, saying nothing of the other request. A request refused by the request layer (validation, 400) frees the key it recorded: nothing
 * of it reached a use case. `@CommandMeta()` puts it on every endpoint that uses it.
 */
@Injectable()
export class IdempotencyKeyInterceptor implements NestInterceptor {
  private readonly keys: IdempotencyKeys;

  constructor(@Inject(EVENT_STORE_POOL) pool: pg.Pool, @Inject(APP_CONFIG) config: AppConfig) {
    this.keys = new IdempotencyKeys(pool, { flushedByTheAppend: config.eventStore === 'postgres' });
  }

  async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
    const request = context.switchToHttp().getRequest<Request>();
    const scopedKey = scopedIdempotencyKeyOf(request);
    if (scopedKey === undefined) return next.handle();
    const fingerprint = requestFingerprint(request);
    const claim = await this.keys.claim(scopedKey, fingerprint);
    if (claim.outcome === 'other') throw new RequestProblem(422, KEY_USED_FOR_ANOTHER_REQUEST);
    bindCommandId(request, claim.commandId);
    return next.handle().pipe(
      catchError(async (error: unknown) => {
        if (claim.outcome === 'new' && refusedByRequestLayer(error)) await this.keys.release(scopedKey, fingerprint).catch(() => undefined);
        throw error;
      }),
    );
  }
}

/** Pipes (body, parameter and header validation) refuse with RequestProblem or a 4xx HttpException; use cases with domain errors. */
function refusedByRequestLayer(error: unknown): boolean {
  if (error instanceof RequestProblem) return error.status < 500;
  return error instanceof HttpException && error.getStatus() < 500;
}
