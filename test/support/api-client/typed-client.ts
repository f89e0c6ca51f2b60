import createClient, { type Client } from 'openapi-fetch';
import type { OpenAPIObject } from '@nestjs/swagger';
import type { paths } from './safer-panels-api.js';
import { OpenApiResponseValidator } from './response-validator.js';

/** An answer the client received, as the contract test lists them. */
export interface CheckedAnswer {
  method: string;
  path: string;
  status: number;
}

/**
 * A client typed by the types generated from the document (openapi-typescript + openapi-fetch) whose every
 * answer is checked against the document at run time: one that does not conform rejects the call, naming
 * each problem, so a response that drifts from the document fails the test that made it.
 */
export function typedClient(baseUrl: string, document: OpenAPIObject, token?: string): { api: Client<paths>; answers: CheckedAnswer[] } {
  const validator = new OpenApiResponseValidator(document);
  const answers: CheckedAnswer[] = [];
  const api = createClient<paths>({ baseUrl, headers: token ? { Authorization: token } : {} });
  api.use({
    async onResponse({ request, response }) {
      const text = await response.clone().text();
      const type = response.headers.get('content-type') ?? '';
      const body: unknown = /json/.test(type) && text !== '' ? JSON.parse(text) : text;
      const problems = validator.problems(request.method, request.url, response.status, response.headers, body);
      if (problems.length > 0) throw new Error(`The answer does not conform to the OpenAPI document:\n${problems.join('\n')}`);
      answers.push({ method: request.method, path: new URL(request.url).pathname, status: response.status });
      return undefined;
    },
  });
  return { api, answers };
}
