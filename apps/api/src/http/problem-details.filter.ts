import { Catch, HttpException, Logger, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import type { Request, Response } from 'express';
import { DomainError } from '@app/domain';
import { EventStoreUnavailableError, WrongExpectedVersionError } from '@app/event-store';
import { errorSummary, isConnectionError } from '@app/platform';
import { MAX_JSON_NESTING } from './json-nesting.js';
import { PROBLEM_CONTENT_TYPE, problem, RequestProblem, type Problem } from '@app/http';

const DOMAIN_STATUS = { 'illegal-state': 409, 'not-found': 404, invalid: 400 } as const;

/**
 * The one place errors become responses (RFC 9457 problem+json). Nothing from an unexpected error
 * (stack, SQL, values) reaches the client; it is logged without personal data instead.
 */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  catch(error: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<Request>();
    const response = http.getResponse<Response>();
    const body: Problem = { ...this.toProblem(error, request), instance: request.originalUrl?.split('?')[0] };
    const correlationId = request.headers['x-correlation-id'];
    if (typeof correlationId === 'string') body.correlationId = correlationId;
    if (body.status === 503) response.setHeader('Retry-After', '5');
    if (response.headersSent) return;
    response.status(body.status).type(PROBLEM_CONTENT_TYPE).send(JSON.stringify(body));
  }

  private toProblem(error: unknown, request: Request): Problem {
    if (error instanceof RequestProblem) {
      return problem(error.status, error.message, error.errors ? { errors: error.errors } : {});
    }
    if (error instanceof DomainError) return { ...error.extensions, ...problem(DOMAIN_STATUS[error.kind], error.message) };
    if (error instanceof WrongExpectedVersionError) {
      // With If-Match the client named a revision that is no longer current; without it we already
      // retried on fresh state and still lost the race.
      return request.headers['if-match'] !== undefined
        ? problem(
            412,
            `The record has changed since revision ${error.expected}; it is now at revision ${error.actual}. Reload it and try again.`,
          )
        : problem(409, 'The record was changed by someone else at the same time. Try again.');
    }
    if (error instanceof EventStoreUnavailableError || isConnectionError(error)) {
      this.logger.warn({ err: errorSummary(error) }, 'database unavailable');
      return problem(503, 'The service cannot reach its database right now. Retry the request with the same Idempotency-Key.');
    }
    // Nest wraps body-parser's errors in an HttpException whose message quotes the body (a JSON syntax error).
    const bodyParser = bodyParserProblem(error instanceof HttpException ? error.cause : error);
    if (bodyParser) return bodyParser;
    if (error instanceof HttpException) return fromHttpException(error);
    this.logger.error({ err: errorSummary(error) }, 'unhandled error');
    return problem(500, 'Something went wrong on our side. The error has been logged.');
  }
}

function fromHttpException(error: HttpException): Problem {
  const status = error.getStatus();
  const response = error.getResponse();
  const body = typeof response === 'string' ? undefined : (response as { message?: unknown }).message;
  const message =
    typeof response === 'string'
      ? response
      : Array.isArray(body)
        ? (body as string[]).join('; ')
        : typeof body === 'string' || typeof body === 'number'
          ? String(body)
          : error.message;
  return problem(status, message);
}

/** Errors raised by express's body parser before any controller runs (bad JSON, too large). */
function bodyParserProblem(error: unknown): Problem | undefined {
  const type = (error as { type?: unknown })?.type;
  if (type === 'entity.too.large') return problem(413, 'The request body is larger than the service accepts.');
  if (type === 'entity.parse.failed') return problem(400, 'The request body is not valid JSON.');
  if (type === 'entity.too.deep') return problem(400, `The request body is nested more than ${MAX_JSON_NESTING} levels deep.`);
  if (type === 'encoding.unsupported' || type === 'charset.unsupported') return problem(415, 'Unsupported body encoding.');
  return undefined;
}
