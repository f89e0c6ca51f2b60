import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import type { OpenAPIObject, ResponseObject, SchemaObject } from '@nestjs/swagger';

// ajv-formats is CommonJS: its function is the module's default export, once more under ESM.
const addFormats = (addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ?? addFormatsModule;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const DOCUMENT_ID = 'openapi';

/**
 * A schema of the OpenAPI 3.0 document as JSON Schema for ajv: `nullable: true` becomes "or null" (ajv's own
 * `nullable` ignores a `$ref` beside it), refs point into the document, and every object with declared
 * properties refuses others, so an answer carrying a field the document does not declare fails as well.
 */
function asJsonSchema(schema: Json): Json {
  if (Array.isArray(schema)) return schema.map(asJsonSchema);
  if (schema === null || typeof schema !== 'object') return schema;
  const { nullable, ...rest } = schema;
  const converted: { [key: string]: Json } = Object.fromEntries(
    Object.entries(rest).map(([key, value]) => [
      key,
      key === '$ref' && typeof value === 'string' ? `${DOCUMENT_ID}${value}` : key === 'example' ? value : asJsonSchema(value),
    ]),
  );
  if (converted.properties && converted.additionalProperties === undefined) converted.additionalProperties = false;
  return nullable === true ? { anyOf: [converted, { type: 'null' }] } : converted;
}

interface OperationMatch {
  template: string;
  responses: Record<string, ResponseObject>;
}

/**
 * Checks answers against the document the API serves: the status must be one the operation declares, the
 * content type one declared for it, the body valid against its schema (ajv, formats included) and every
 * declared header of the answer valid against its schema. Returns the problems found, none when it conforms.
 */
export class OpenApiResponseValidator {
  private readonly ajv = new Ajv({ strict: false, allErrors: true });
  private readonly compiled = new Map<string, ValidateFunction>();
  private readonly operations: { method: string; pattern: RegExp; parameters: number; match: OperationMatch }[];

  constructor(document: OpenAPIObject) {
    addFormats(this.ajv);
    this.ajv.addSchema({ $id: DOCUMENT_ID, components: asJsonSchema(document.components as Json) });
    this.operations = Object.entries(document.paths).flatMap(([template, item]) =>
      Object.entries(item as Record<string, { responses?: Record<string, ResponseObject> }>)
        .filter(([, operation]) => operation.responses)
        .map(([method, operation]) => ({
          method: method.toUpperCase(),
          pattern: new RegExp(`^${template.replace(/\{[^}]+\}/g, '[^/]+')}$`),
          parameters: template.split('{').length - 1,
          match: { template, responses: operation.responses! },
        })),
    );
  }

  problems(method: string, url: string, status: number, headers: Headers, body: unknown): string[] {
    const path = new URL(url).pathname;
    const operation = this.operations
      .filter((candidate) => candidate.method === method.toUpperCase() && candidate.pattern.test(path))
      .sort((a, b) => a.parameters - b.parameters)[0];
    if (!operation) return [`${method} ${path} is not an operation of the document`];
    const where = `${method} ${operation.match.template} ${status}`;
    const response = operation.match.responses[String(status)] ?? operation.match.responses.default;
    if (!response) return [`${where}: the document declares no ${status} answer`];
    const problems: string[] = [];
    const contentType = headers.get('content-type')?.split(';')[0].trim();
    const declared = Object.keys(response.content ?? {});
    if (declared.length > 0 || contentType) {
      if (!contentType || !declared.includes(contentType)) {
        problems.push(`${where}: content type ${contentType ?? 'none'}, the document declares ${declared.join(', ') || 'none'}`);
      } else {
        const schema = response.content![contentType].schema as Json | undefined;
        if (schema) problems.push(...this.check(`${where} body`, schema, body));
      }
    }
    for (const [name, header] of Object.entries(response.headers ?? {})) {
      const value = headers.get(name);
      const schema = (header as { schema?: SchemaObject }).schema;
      if (value === null) problems.push(`${where}: the ${name} header the document declares is missing`);
      else if (schema)
        problems.push(...this.check(`${where} ${name} header`, schema as Json, schema.type === 'integer' ? Number(value) : value));
    }
    return problems;
  }

  private check(what: string, schema: Json, value: unknown): string[] {
    const key = JSON.stringify(schema);
    let validate = this.compiled.get(key);
    if (!validate) {
      validate = this.ajv.compile(asJsonSchema(schema) as object);
      this.compiled.set(key, validate);
    }
    return validate(value)
      ? []
      : (validate.errors ?? []).map((error) => {
          const extra = (error.params as { additionalProperty?: string }).additionalProperty;
          return `${what}: ${error.instancePath || '(root)'} ${error.message ?? 'is not valid'}${extra ? ` (${extra})` : ''}`;
        });
  }
}
