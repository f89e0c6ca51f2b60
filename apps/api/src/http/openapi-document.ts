import type { INestApplication, Type } from '@nestjs/common';
import { INTERCEPTORS_METADATA } from '@nestjs/common/constants.js';
import { ModulesContainer } from '@nestjs/core';
import {
  DocumentBuilder,
  getSchemaPath,
  SwaggerModule,
  type OpenAPIObject,
  type OperationObject,
  type ResponseObject,
  type SchemaObject,
} from '@nestjs/swagger';
import { PUBLIC_KEY, ROLES_KEY, type Role } from '@app/access';
import { Problem, PROBLEM_CONTENT_TYPE, RevisionETagInterceptor } from '@app/http';

/** The bearer scheme every operation but the public ones needs (declared once, applied per operation). */
const BEARER = 'bearer';

const ETAG_HEADER = {
  description: 'The stream revision of the record: send it back as If-Match.',
  schema: { type: 'string', pattern: '^"\\d+"$', example: '"3"' },
};
const RETRY_AFTER_HEADER = { description: 'Seconds to wait before retrying.', schema: { type: 'integer', minimum: 0, example: 30 } };

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

/** What the guards, pipes and interceptors of one route do, as its metadata says. */
interface RouteFacts {
  isPublic: boolean;
  roles: Role[];
  answersETag: boolean;
}

/**
 * The OpenAPI document of the application. The controllers' decorators describe each operation
 * (`@CommandMeta()` its Idempotency-Key, 409 and 422; `@ExpectedRevision()` its If-Match and 412;
 * `@Answers(...)` its answer), and `completeOperations` adds what the global pipeline does to every
 * route, read from the route's metadata rather than written on each endpoint.
 */
export function openApiDocument(app: INestApplication): OpenAPIObject {
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Safer Panels API')
      .setDescription(
        'Case coordination for MARAC, ASB and IOM panels. Every operation but `/health/*` needs a bearer token. ' +
          'Commands accept an Idempotency-Key header and, for existing records, an If-Match header carrying the ETag ' +
          '(stream revision) last read. Errors are RFC 9457 application/problem+json.',
      )
      .setVersion('0.1.0')
      .addServer('/', 'This server')
      .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT' }, BEARER)
      .build(),
    { extraModels: [Problem] },
  );
  completeOperations(document, routeFactsOf(app));
  return document;
}

/** Serves the document at `/docs/openapi.json` and at `/docs-json` (where NestJS users look), and Swagger UI at `/docs`. */
export function serveOpenApi(app: INestApplication, document: OpenAPIObject): void {
  SwaggerModule.setup('docs', app, document, { jsonDocumentUrl: 'docs/openapi.json', swaggerOptions: { persistAuthorization: true } });
  SwaggerModule.setup('docs', app, document, { ui: false, raw: ['json'] });
}

/** Each controller method's facts, by the operation id the scanner gives it (`<Controller>_<method>`). */
function routeFactsOf(app: INestApplication): Map<string, RouteFacts> {
  const facts = new Map<string, RouteFacts>();
  for (const module of app.get(ModulesContainer).values()) {
    for (const { metatype } of module.controllers.values()) {
      const controller = metatype as Type | null;
      if (!controller) continue;
      for (const name of Object.getOwnPropertyNames(controller.prototype)) {
        const handler = (controller.prototype as Record<string, unknown>)[name];
        if (name === 'constructor' || typeof handler !== 'function') continue;
        const metadata = <T>(key: string): T | undefined =>
          (Reflect.getMetadata(key, handler) as T | undefined) ?? (Reflect.getMetadata(key, controller) as T | undefined);
        const interceptors = [
          ...((Reflect.getMetadata(INTERCEPTORS_METADATA, controller) as unknown[] | undefined) ?? []),
          ...((Reflect.getMetadata(INTERCEPTORS_METADATA, handler) as unknown[] | undefined) ?? []),
        ];
        facts.set(`${controller.name}_${name}`, {
          isPublic: metadata<boolean>(PUBLIC_KEY) === true,
          roles: metadata<Role[]>(ROLES_KEY) ?? [],
          answersETag: interceptors.includes(RevisionETagInterceptor),
        });
      }
    }
  }
  return facts;
}

/**
 * What every route answers besides its own outcomes, from the global pipeline: the input-safety guard and
 * the validation pipe (400), the rate limit (429), authentication (401) and roles (403) on every route that
 * is not public, 404 for a record named in the path, 413 for a body, 503 when the database is out of reach;
 * the bearer requirement; the ETag of an answer that carries a revision; and problem+json as the content of
 * every 4xx and 5xx.
 */
function completeOperations(document: OpenAPIObject, routes: Map<string, RouteFacts>): void {
  for (const [path, item] of Object.entries(document.paths)) {
    for (const method of METHODS) {
      const operation = item[method];
      if (!operation) continue;
      const route = routes.get(operation.operationId ?? '');
      if (!route) throw new Error(`No route metadata for ${method.toUpperCase()} ${path} (${operation.operationId})`);
      const responses = operation.responses as Record<string, ResponseObject>;
      const declare = (status: number, description: string, extra: Partial<ResponseObject> = {}) => {
        responses[status] ??= { description };
        Object.assign(responses[status], extra);
      };
      declare(400, 'The request is not valid: the problem names each field at fault.');
      if (path.includes('{')) declare(404, 'The record named in the path does not exist (or is not in your partnerships).');
      if (operation.requestBody) declare(413, 'The request body is larger than the service accepts.');
      if (route.isPublic) {
        operation.security = [];
      } else {
        operation.security = [{ [BEARER]: [] }];
        declare(401, 'No bearer token, or one that was refused.', {
          headers: { 'WWW-Authenticate': { description: 'Bearer, with the reason', schema: { type: 'string' } } },
        });
        declare(403, `Your role does not allow this (admitted: ${route.roles.join(', ') || 'nobody'}).`);
        declare(429, 'Too many requests: retry after the time in Retry-After.', { headers: { 'Retry-After': RETRY_AFTER_HEADER } });
        declare(503, 'The database is out of reach: retry (commands with the same Idempotency-Key).', {
          headers: { 'Retry-After': RETRY_AFTER_HEADER },
        });
      }
      for (const [status, response] of Object.entries(responses)) {
        if (Number(status) >= 400 && !isReadinessAnswer(response)) {
          response.content = { [PROBLEM_CONTENT_TYPE]: { schema: { $ref: getSchemaPath(Problem) } } };
        } else if (route.answersETag && Number(status) < 300 && answersRevision(document, response)) {
          response.headers = { ...response.headers, ETag: ETAG_HEADER };
        }
      }
      sortResponses(operation);
    }
  }
}

/** The readiness probe's 503 is its own JSON body, not a problem. */
function isReadinessAnswer(response: ResponseObject): boolean {
  return Object.keys(response.content ?? {}).some((type) => type !== PROBLEM_CONTENT_TYPE);
}

/** RevisionETagInterceptor sends an ETag for an answer with a numeric `revision`. */
function answersRevision(document: OpenAPIObject, response: ResponseObject): boolean {
  const schema = response.content?.['application/json']?.schema;
  const resolved = schema && '$ref' in schema ? document.components?.schemas?.[schema.$ref.split('/').pop()!] : schema;
  const revision = (resolved as SchemaObject | undefined)?.properties?.revision;
  return revision !== undefined && 'type' in revision && (revision.type === 'integer' || revision.type === 'number');
}

function sortResponses(operation: OperationObject): void {
  operation.responses = Object.fromEntries(Object.entries(operation.responses).sort(([a], [b]) => a.localeCompare(b)));
}
