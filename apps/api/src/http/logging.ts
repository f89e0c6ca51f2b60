import { randomUUID } from 'node:crypto';
import type { Params } from 'nestjs-pino';
import type { AppConfig } from '@app/platform';

/** A client's X-Correlation-Id is kept (echoed, logged, stored in events) only in this bounded safe form; otherwise we make one. */
const SAFE_CORRELATION_ID = /^[A-Za-z0-9._:-]{1,64}$/;

/**
 * Structured JSON logs with the correlation id on every line. Request logs carry method, route and
 * status only: no bodies, no query strings, no headers (they hold personal data and tokens).
 */
export function loggerOptions(config: AppConfig): Params {
  return {
    pinoHttp: {
      level: config.logLevel,
      genReqId: (request, response) => {
        const incoming = request.headers['x-correlation-id'];
        const id = typeof incoming === 'string' && SAFE_CORRELATION_ID.test(incoming) ? incoming : randomUUID();
        request.headers['x-correlation-id'] = id;
        response.setHeader('X-Correlation-Id', id);
        return id;
      },
      customProps: (request) => ({ correlationId: request.id }),
      serializers: {
        req: (request: { method: string; url: string }) => ({
          method: request.method,
          path: request.url.split('?')[0].replace(/[0-9a-f-]{36}/gi, ':id'),
        }),
        res: (response: { statusCode: number }) => ({ statusCode: response.statusCode }),
      },
      autoLogging: { ignore: (request) => (request.url ?? '').startsWith('/health') || request.url === '/metrics' },
    },
  };
}
