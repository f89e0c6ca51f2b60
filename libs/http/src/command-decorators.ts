import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { Request } from 'express';
import { commandContext, expectedRevisionOf } from './command-request.js';

const requestOf = (context: ExecutionContext) => context.switchToHttp().getRequest<Request>();

/**
 * The metadata of the events a command endpoint will produce: `@CommandMeta() context: CommandContext`.
 * The Idempotency-Key becomes the command id (400 naming the header when malformed).
 */
export const CommandMeta = createParamDecorator((_: unknown, context: ExecutionContext) => commandContext(requestOf(context)));

/** The stream revision named by If-Match (`"3"`), or undefined without one: `@ExpectedRevision() expected?: number`. */
export const ExpectedRevision = createParamDecorator((_: unknown, context: ExecutionContext) => expectedRevisionOf(requestOf(context)));
