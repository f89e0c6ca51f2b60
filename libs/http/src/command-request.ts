import { randomUUID } from 'node:crypto';
import type { Request, Response } from 'express';
import { deriveId, type CommandContext } from '@app/event-store';
import { RequestProblem } from './problem.js';

const IDEMPOTENCY_KEY = /^[\x21-\x7e]{1,200}$/;

/** The caller, as set by the authentication guard. */
function actorOf(request: Request): string {
  return (request as Request & { user?: { id: string } }).user?.id ?? 'anonymous';
}

/**
 * The Idempotency-Key as the caller's own: derived from the caller and the key with the server's secret
 * (deriveId), so two users' keys never collide, the key itself is stored nowhere, and nobody without the
 * secret can compute it. Undefined without the header; 400 naming the header
 * when it is malformed.
 */
export function scopedIdempotencyKeyOf(request: Request): string | undefined {
  const key = request.header('idempotency-key');
  if (key === undefined) return undefined;
  if (!IDEMPOTENCY_KEY.test(key)) {
    throw new RequestProblem(400, 'Idempotency-Key must be 1 to 200 visible ASCII characters.', [
      { field: 'Idempotency-Key', messages: ['must be 1 to 200 visible ASCII characters'] },
    ]);
  }
  return deriveId(`${actorOf(request)}\n${key}`, 'idempotency-key');
}

/** Command ids that IdempotencyKeyInterceptor found bound to a request's Idempotency-Key. */
const boundCommandIds = new WeakMap<Request, string>();

/** Records the command id a request's Idempotency-Key is bound to (see IdempotencyKeyInterceptor). */
export function bindCommandId(request: Request, commandId: string): void {
  boundCommandIds.set(request, commandId);
}

/**
 * Metadata for the events a request will produce. A request with an Idempotency-Key gets the command id
 * its key is bound to (`idempotency_keys`), so every retry of it is the same command; without one every
 * request is a new command.
 */
export function commandContext(request: Request): CommandContext {
  // Called outside @CommandMeta() (which brings the interceptor), the scoped key itself: retries stay one command.
  const commandId = boundCommandIds.get(request) ?? scopedIdempotencyKeyOf(request) ?? randomUUID();
  const correlationId = correlationIdOf(request);
  return {
    commandId,
    correlationId,
    causationId: correlationId,
    actor: actorOf(request),
    occurredAt: new Date().toISOString(),
  };
}

export function correlationIdOf(request: Request): string {
  const header = request.headers['x-correlation-id'];
  if (typeof header === 'string' && header.length > 0) return header;
  // The id pino-http gave the request, so the logs and the events share it.
  const requestId = (request as Request & { id?: unknown }).id;
  return typeof requestId === 'string' || typeof requestId === 'number' ? String(requestId) : randomUUID();
}

/** If-Match carries the stream revision the client last saw, as the ETag we sent: `"3"` (or W/"3"). */
export function expectedRevisionOf(request: Request): number | undefined {
  const header = request.header('if-match');
  if (header === undefined) return undefined;
  const match = /^(?:W\/)?"(-?\d+)"$/.exec(header.trim());
  if (!match) {
    throw new RequestProblem(400, 'If-Match must be an ETag this service sent, such as "3".', [
      { field: 'If-Match', messages: ['must be an ETag such as "3"'] },
    ]);
  }
  return Number(match[1]);
}

export function setRevision(response: Response, revision: number): void {
  response.setHeader('ETag', `"${revision}"`);
}
