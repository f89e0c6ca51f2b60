import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

/**
 * The shape of the library graph (ARCHITECTURE.md, "Who may import whom"): `@app/*` libraries import
 * each other without a cycle, libs/platform sits at the bottom and imports none of them, and the alias
 * list is the one in tsconfig.json (the build's .swcrc and jest read the same mapping).
 * Spec files are left out: a library's tests may use libs/testing, which sits above everything.
 */
const root = path.resolve(import.meta.dirname, '../../..');
const libsDir = path.join(root, 'libs');
const libraries = readdirSync(libsDir).filter((name) => statSync(path.join(libsDir, name)).isDirectory());

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return entry.name.endsWith('.ts') && !/\.(spec|e2e-spec|fault-spec)\.ts$/.test(entry.name) ? [full] : [];
  });
}

/** Libraries a file imports: by alias (`@app/x`) or by a relative path that leaves its own library. */
function importedLibraries(file: string, own: string): string[] {
  const specifiers = [...readFileSync(file, 'utf8').matchAll(/(?:\bfrom|\bimport)\s*\(?\s*['"]([^'"]+)['"]/g)].map((match) => match[1]);
  return specifiers.flatMap((specifier) => {
    const alias = /^@app\/([a-z0-9-]+)/.exec(specifier);
    if (alias) return [alias[1]];
    if (!specifier.startsWith('.')) return [];
    const target = path.relative(libsDir, path.resolve(path.dirname(file), specifier)).split(path.sep);
    return target[0] !== '..' && target[0] !== own ? [target[0]] : [];
  });
}

const graph = new Map(
  libraries.map((library) => [
    library,
    new Set(
      sourceFiles(path.join(libsDir, library, 'src'))
        .flatMap((file) => importedLibraries(file, library))
        .filter((other) => other !== library),
    ),
  ]),
);

function findCycle(): string[] | undefined {
  const done = new Set<string>();
  const visit = (library: string, trail: string[]): string[] | undefined => {
    if (trail.includes(library)) return [...trail.slice(trail.indexOf(library)), library];
    if (done.has(library)) return undefined;
    for (const next of graph.get(library) ?? []) {
      const cycle = visit(next, [...trail, library]);
      if (cycle) return cycle;
    }
    done.add(library);
    return undefined;
  };
  for (const library of libraries) {
    const cycle = visit(library, []);
    if (cycle) return cycle;
  }
  return undefined;
}

function readJson<T>(file: string): T {
  return JSON.parse(readFileSync(path.join(root, file), 'utf8')) as T;
}

describe('the library graph', () => {
  it('sees the imports it checks', () => {
    expect(graph.get('event-store')).toContain('platform');
    expect([...graph.get('kit')!]).toEqual(expect.arrayContaining(['event-store', 'projections']));
    expect(graph.get('testing')).toContain('kit');
  });

  it('has no cycle among the @app/* libraries', () => {
    expect(findCycle()).toBeUndefined();
  });

  it('keeps libs/platform at the bottom: it imports no other library of the project', () => {
    expect([...graph.get('platform')!]).toEqual([]);
  });
});

describe('the @app/* aliases', () => {
  const paths = readJson<{ compilerOptions: { paths: unknown } }>('tsconfig.json').compilerOptions.paths;

  it('are one wildcard in tsconfig.json, repeated exactly in .swcrc for the build', () => {
    expect(paths).toEqual({ '@app/*': ['./libs/*/src/index.ts'] });
    expect(readJson<{ jsc: { paths: unknown } }>('.swcrc').jsc.paths).toEqual(paths);
  });

  it('reach every library through its src/index.ts, and nest-cli.json lists every library', () => {
    const { projects } = readJson<{ projects: Record<string, { type: string; root: string }> }>('nest-cli.json');
    const listed = Object.entries(projects)
      .filter(([, project]) => project.type === 'library')
      .map(([name, project]) => {
        expect(project.root).toBe(`libs/${name}`);
        return name;
      });
    expect(listed.sort()).toEqual([...libraries].sort());
    for (const library of libraries) expect(statSync(path.join(libsDir, library, 'src', 'index.ts')).isFile()).toBe(true);
  });
});
