import request from 'supertest';

type Server = Parameters<typeof request>[0];

/**
 * Requests as a named test user (`as('coordinator').get(url)`), each with that user's bearer token from `tokens`.
 * The server is asked for on each request, since a suite starts it in `beforeAll`.
 */
export function requestsAs(server: () => Server, tokens: Readonly<Record<string, string>>) {
  return (who: string) => ({
    get: (url: string) => request(server()).get(url).set('Authorization', tokens[who]),
    post: (url: string, body: object) => request(server()).post(url).set('Authorization', tokens[who]).send(body),
    put: (url: string, body: object) => request(server()).put(url).set('Authorization', tokens[who]).send(body),
  });
}
