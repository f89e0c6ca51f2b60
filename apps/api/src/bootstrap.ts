import 'reflect-metadata';
import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import helmet from 'helmet';
import { Logger } from 'nestjs-pino';
import type { BoundedContext } from '@app/kit';
import type { AppConfig } from '@app/platform';
import { AppModule } from './app.module.js';
import { validationPipe } from './http/validation.js';
import { refuseDeepNesting } from './http/json-nesting.js';

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
  setUpOpenApi(app);
  return app;
}

function noStore(_request: unknown, response: { setHeader(name: string, value: string): void }, next: () => void): void {
  response.setHeader('Cache-Control', 'no-store');
  next();
}

function setUpOpenApi(app: INestApplication): void {
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Safer Panels API')
      .setDescription(
        'Case coordination for MARAC, ASB and IOM panels. Commands accept an Idempotency-Key header and, for ' +
          'existing records, an If-Match header carrying the ETag (stream revision) last read. Errors are RFC 9457 ' +
          'application/problem+json.',
      )
      .setVersion('0.1.0')
      .addBearerAuth()
      .build(),
  );
  SwaggerModule.setup('docs', app, document, { jsonDocumentUrl: 'docs/openapi.json' });
}
