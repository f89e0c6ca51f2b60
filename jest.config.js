// Three projects in `npm test`: fast decider unit tests, integration tests against a real PostgreSQL, and
// end-to-end tests over HTTP. A fourth, `faults` (`npm run test:faults`), holds the fault tests that take
// minutes. See toolchain-notes: NestJS 12 is ESM-only, so jest runs ESM through @swc/jest.
import { readFileSync } from 'node:fs';

/** The `@app/*` aliases come from tsconfig.json `paths` (the one list; .swcrc holds the same, checked by a test). */
function aliasesFromTsconfig() {
  const { paths } = JSON.parse(readFileSync(new URL('./tsconfig.json', import.meta.url), 'utf8')).compilerOptions;
  return Object.fromEntries(
    Object.entries(paths).map(([alias, [target]]) => [
      `^${alias.replace('*', '([a-z0-9-]+)')}$`,
      `<rootDir>/${target.replace(/^\.\//, '').replace('*', '$1')}`,
    ]),
  );
}
const transform = {
  '^.+\\.ts$': [
    '@swc/jest',
    {
      swcrc: false,
      sourceMaps: 'inline',
      jsc: {
        parser: { syntax: 'typescript', decorators: true },
        transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
        target: 'es2022',
        keepClassNames: true,
      },
      module: { type: 'es6' },
    },
  ],
};

const common = {
  transform,
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: {
    ...aliasesFromTsconfig(),
    '^(\\.{1,2}/.*)\\.js$': '$1',
  },
  testEnvironment: 'node',
};

const withDatabase = {
  ...common,
  globalSetup: '<rootDir>/libs/testing/src/jest-global-setup.ts',
  globalTeardown: '<rootDir>/libs/testing/src/jest-global-teardown.ts',
};

// The EventStoreDB adapter's contract suite needs a server, which cannot be installed on every machine (no
// registry ships one): without EVENTSTORE_CONNECTION_STRING the suite is left out of the run, and the run says so.
const EVENTSTORE_SUITE = '<rootDir>/libs/event-store/src/eventstoredb/eventstoredb-event-store.int.spec.ts';
const withoutEventStoreDb = process.env.EVENTSTORE_CONNECTION_STRING ? [] : [EVENTSTORE_SUITE];
if (withoutEventStoreDb.length > 0) {
  process.stdout.write(
    'EventStoreDB contract suite not run: EVENTSTORE_CONNECTION_STRING is not set (point it at a server, e.g. esdb://localhost:2113?tls=false, to run it)\n',
  );
}

export default {
  // Integration tests wait on real databases and background runners; unit tests finish long before this.
  testTimeout: 60_000,
  projects: [
    { ...common, displayName: 'unit', testMatch: ['<rootDir>/{apps,libs}/**/*.unit.spec.ts'] },
    {
      ...withDatabase,
      displayName: 'integration',
      testMatch: ['<rootDir>/{apps,libs}/**/*.int.spec.ts'],
      testPathIgnorePatterns: ['/node_modules/', ...withoutEventStoreDb.map((path) => path.replace('<rootDir>', ''))],
    },
    { ...withDatabase, displayName: 'e2e', testMatch: ['<rootDir>/test/**/*.e2e-spec.ts'] },
    { ...withDatabase, displayName: 'faults', testMatch: ['<rootDir>/test/faults/*.fault-spec.ts'] },
  ],
};
