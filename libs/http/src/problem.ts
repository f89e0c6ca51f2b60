import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

/** One offending field of a request and what is wrong with it. */
export class ProblemFieldError {
  @ApiProperty({
    example: 'referralDate',
    description: 'The field (a body path such as `victim.details.fullName`), query parameter or header.',
  })
  field: string;

  @ApiProperty({ type: [String], example: ['referralDate must be a date no later than today'] })
  messages: string[];
}

/**
 * RFC 9457 problem details: the one error shape every endpoint answers with (`application/problem+json`).
 * The filter builds it and the OpenAPI document describes every 4xx and 5xx answer with this class.
 */
export class Problem {
  @ApiProperty({ format: 'uri', example: 'https://safer-panels.example/problems/400' })
  type: string;

  @ApiProperty({ example: 'Bad Request' })
  title: string;

  @ApiProperty({ type: 'integer', minimum: 400, maximum: 599, example: 400 })
  status: number;

  @ApiPropertyOptional({ example: 'The request is not valid: see errors for each field.' })
  detail?: string;

  @ApiPropertyOptional({ example: '/marac/referrals', description: 'The path of the request (without its query).' })
  instance?: string;

  @ApiPropertyOptional({
    type: [ProblemFieldError],
    description: 'Each offending field and what is wrong with it (validation problems only).',
  })
  errors?: ProblemFieldError[];

  @ApiPropertyOptional({ example: 'client-1.abc', description: 'The correlation id of the request, as in the logs.' })
  correlationId?: string;
}

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

const TITLES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  409: 'Conflict',
  412: 'Precondition Failed',
  413: 'Content Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  428: 'Precondition Required',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

export function problem(status: number, detail?: string, extra: Partial<Problem> = {}): Problem {
  return {
    type: extra.type ?? `https://safer-panels.example/problems/${status}`,
    title: TITLES[status] ?? 'Error',
    status,
    ...(detail === undefined ? {} : { detail }),
    ...extra,
  };
}

/** A 400 raised by the request layer (headers, query strings) with the fields at fault. */
export class RequestProblem extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly errors?: { field: string; messages: string[] }[],
  ) {
    super(message);
    this.name = 'RequestProblem';
  }
}
