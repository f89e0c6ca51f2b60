/** RFC 9457 problem details: the one error shape every endpoint answers with. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail?: string;
  instance?: string;
  /** Each offending field and what is wrong with it (validation problems only). */
  errors?: { field: string; messages: string[] }[];
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
