import type { OpenAPIObject } from '@nestjs/swagger';

/** Where the typed client of the end-to-end tests keeps the types generated from the document. */
export const OPENAPI_TYPES_FILE = 'test/support/api-client/safer-panels-api.d.ts';

const HEADER = `// Generated from the OpenAPI document by \`npm run openapi -- --types ${OPENAPI_TYPES_FILE}\`: do not edit.
// test/api-contract.e2e-spec.ts fails when it is not what the document gives, so a change of the API shows here.
`;

/**
 * The TypeScript types of the document's paths and schemas (openapi-typescript, for openapi-fetch), laid out
 * as Prettier lays out the repository, so the committed file passes the lint and compares byte for byte.
 * Development tools only, loaded when asked for.
 */
export async function openApiTypes(document: OpenAPIObject, file: string = OPENAPI_TYPES_FILE): Promise<string> {
  const { default: openapiTS, astToString } = await import('openapi-typescript');
  const prettier = await import('prettier');
  const source = HEADER + astToString(await openapiTS(document as Parameters<typeof openapiTS>[0]));
  return prettier.format(source, { ...(await prettier.resolveConfig(file)), filepath: file });
}
