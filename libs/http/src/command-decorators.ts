import { createParamDecorator, UseInterceptors, type ExecutionContext } from '@nestjs/common';
import { ApiUnprocessableEntityResponse } from '@nestjs/swagger';
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
 * (with its 422 in the OpenAPI document): an endpoint that takes its context gets both.
 */
export const CommandMeta = createParamDecorator(
  (_: unknown, context: ExecutionContext) => commandContext(requestOf(context)),
  [
    onEndpoint(
      UseInterceptors(IdempotencyKeyInterceptor),
      ApiUnprocessableEntityResponse({
        description: `The Idempotency-Key was used for a different request (problem+json): ${KEY_USED_FOR_ANOTHER_REQUEST}`,
      }),
    ),
  ],
);

/** The stream revision named by If-Match (`"3"`), or undefined without one: `@ExpectedRevision() expected?: number`. */
export const ExpectedRevision = createParamDecorator((_: unknown, context: ExecutionContext) => expectedRevisionOf(requestOf(context)));
