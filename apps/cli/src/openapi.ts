import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { boundedContexts } from '@app/contexts';
import { createOpenApiDocument } from '../../api/src/bootstrap.js';
import { openApiTypes } from './openapi-types.js';

const USAGE = `usage: npm run -s openapi [-- --types <file.d.ts>]
Prints the OpenAPI document the API serves at /docs/openapi.json (and /docs-json), built without a database;
with --types, writes the TypeScript types generated from it instead (openapi-typescript; the end-to-end
tests' typed client keeps them in test/support/api-client/safer-panels-api.d.ts).`;

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { types: { type: 'string' }, help: { type: 'boolean', short: 'h' } }, strict: true });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const document = await createOpenApiDocument(boundedContexts);
  if (values.types) await writeFile(values.types, await openApiTypes(document, values.types));
  else process.stdout.write(`${JSON.stringify(document, null, 2)}\n`);
}

main().catch((error: unknown) => {
  console.error(`${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`);
  process.exit(1);
});
