import { createParamDecorator, UseInterceptors, type ExecutionContext } from '@nestjs/common';
import { ApiConflictResponse, ApiHeader, ApiPreconditionFailedResponse, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import type { Request } from 'express';
import { commandContext, expectedRevisionOf } from './command-request.js';
import { IdempotencyKeyInterceptor, KEY_USED_FOR_ANOTHER_REQUEST } from './idempotency/idempotency-key.interceptor.js';

const requestOf = (context: ExecutionContext) => context.switchToHttp().getRequest<Request>();

/** Applies method decorators to the endpoint whose parameter a param decorator marks. */
const onEndpoint =
  (...decorators: MethodDecorator[]): ParameterDecorator =>
  (target, key) => {
    if (key === undefined) return;
    const descriptor = Object.getOwnPropertyDescriptor(target, key)!;
    for (const decorate of decorators) decorate(target, key, descriptor);
  };

/**
 * The metadata of the events a command endpoint will produce: `@CommandMeta() context: CommandContext`.
 * The Idempotency-Key becomes the command id (400 naming the header when malformed), bound to the
 * request it first came with by IdempotencyKeyInterceptor, which this decorator puts on the endpoint
 * with what the OpenAPI document says of every command: the header, its 422, and the 409 of a write
 * that lost a race it could not retry. An endpoint that takes its context gets all of them.
 */
export const CommandMeta = createParamDecorator(
  (_: unknown, context: ExecutionContext) => commandContext(requestOf(context)),
  [
    onEndpoint(
      UseInterceptors(IdempotencyKeyInterceptor),
      ApiHeader({
        name: 'Idempotency-Key',
        required: false,
        description: 'Retrying with the same key performs the command once and answers the same status, body and ETag.',
        schema: { type: 'string', pattern: '^[\\x21-\\x7e]{1,200}$', example: 'b9f1c2e0-referral-1' },
      }),
      ApiConflictResponse({
        description: 'The command breaks a rule of the record as it stands, or the record kept changing under concurrent writes.',
      }),
      ApiUnprocessableEntityResponse({
        description: `The Idempotency-Key was used for a different request: ${KEY_USED_FOR_ANOTHER_REQUEST}`,
      }),
    ),
  ],
);

/**
 * The stream revision named by If-Match (`"3"`), or undefined without one: `@ExpectedRevision() expected?: number`.
 * Documents the header and its 412 on the endpoint that takes it (and on no other).
 */
export const ExpectedRevision = createParamDecorator(
  (_: unknown, context: ExecutionContext) => expectedRevisionOf(requestOf(context)),
  [
    onEndpoint(
      ApiHeader({
        name: 'If-Match',
        required: false,
        description: 'The ETag (stream revision) last read; a stale one gets 412. Without it a conflict is retried on fresh state.',
        schema: { type: 'string', pattern: '^(W/)?"-?\\d+"$', example: '"3"' },
      }),
      ApiPreconditionFailedResponse({ description: 'If-Match names a revision the record is no longer at: reload it and try again.' }),
    ),
  ],
);
