import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import helmet from 'helmet';
import { Logger } from 'nestjs-pino';
import type { BoundedContext } from '@app/kit';
import { loadConfig, type AppConfig } from '@app/platform';
import type { OpenAPIObject } from '@nestjs/swagger';
import { AppModule } from './app.module.js';
import { validationPipe } from './http/validation.js';
import { refuseDeepNesting } from './http/json-nesting.js';
import { openApiDocument, serveOpenApi } from './http/openapi-document.js';

/** Longer than the idle timeout of common load balancers (60 s), as their documentation asks of the servers behind them. */
const KEEP_ALIVE_MS = 65_000;

export interface CreateAppOptions {
  config: AppConfig;
  databaseUrl: string;
  contexts: BoundedContext[];
}

/**
 * Builds the HTTP application (used by main.ts and by the end-to-end tests, so tests exercise the same
 * pipeline: security headers, body limits, validation, problem+json errors, OpenAPI).
 */
export async function createApp({ config, databaseUrl, contexts }: CreateAppOptions): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot({ config, databaseUrl, contexts, http: true }), {
    bufferLogs: true,
    bodyParser: false,
    forceCloseConnections: false,
  });
  app.useLogger(app.get(Logger));
  // An idle keep-alive connection is closed by the client or the proxy in front, never by us first: Node's 5 s default
  // races clients that reuse a connection after a pause (ECONNRESET) and is shorter than load balancers' 60 s.
  const server = app.getHttpServer();
  server.keepAliveTimeout = KEEP_ALIVE_MS;
  server.headersTimeout = KEEP_ALIVE_MS + 1000;
  // Our ETags are stream revisions, set by command and record endpoints; express's body hashes would collide with If-Match.
  app.set('etag', false);
  // Behind a reverse proxy (TRUST_PROXY), request.ip is the client X-Forwarded-For names, as the proxies given
  // add it; otherwise the connection's peer, whatever a client writes in that header.
  app.set('trust proxy', config.trustProxy);
  app.use(helmet());
  // Answers carry personal data and depend on who asks: no browser, proxy or shared cache may keep any of them.
  app.use(noStore);
  // Nest reserves `verify` for its rawBody option, which this app does not use; it passes ours to body-parser.
  const json = { limit: config.bodyLimit, type: ['application/json', 'application/*+json'], verify: refuseDeepNesting };
  app.useBodyParser('json', json);
  app.useGlobalPipes(validationPipe());
  serveOpenApi(app, openApiDocument(app));
  return app;
}

/**
 * The OpenAPI document of these contexts without a database or a server: the application in Nest's preview
 * mode (modules scanned, nothing instantiated), for the lint and the typed client (`npm run -s openapi`).
 */
export async function createOpenApiDocument(contexts: BoundedContext[]): Promise<OpenAPIObject> {
  const config = loadConfig({ LOG_LEVEL: 'warn' });
  const app = await NestFactory.create<NestExpressApplication>(
    AppModule.forRoot({ config, databaseUrl: 'postgres://preview.invalid/none', contexts, http: true }),
    { preview: true, logger: false },
  );
  try {
    return openApiDocument(app);
  } finally {
    await app.close();
  }
}

function noStore(_request: unknown, response: { setHeader(name: string, value: string): void }, next: () => void): void {
  response.setHeader('Cache-Control', 'no-store');
  next();
}
