import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import semver from 'semver';
import { repoRoot } from './support/processes.js';

const readJson = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
const declared = (readJson(path.join(repoRoot, 'package.json')).engines as { node: string }).node;

/** Every package installed (package-lock.json's tree; optional packages for other platforms are not installed). */
function installedPackages(): Array<{ name: string; node: string | undefined }> {
  const lock = readJson(path.join(repoRoot, 'package-lock.json')) as { packages: Record<string, unknown> };
  return Object.keys(lock.packages)
    .filter((folder) => folder !== '' && existsSync(path.join(repoRoot, folder, 'package.json')))
    .map((folder) => {
      const manifest = readJson(path.join(repoRoot, folder, 'package.json')) as { engines?: { node?: string } };
      return { name: folder.replace(/^.*node_modules\//, ''), node: manifest.engines?.node };
    });
}

describe('the Node.js versions package.json declares', () => {
  it('are versions every installed dependency accepts (engines.node)', () => {
    if (!semver.satisfies(process.version, declared)) {
      console.warn(
        `this run is on Node.js ${process.version}, outside the supported ${declared}: npm run test:node24 runs the suite on the current LTS`,
      );
    }
    const packages = installedPackages();
    expect(packages.length).toBeGreaterThan(100);
    const refusing = packages
      .filter(({ node }) => node !== undefined && !semver.subset(declared, node))
      .map(({ name, node }) => `${name} (${node})`);
    expect(refusing).toEqual([]);
  });

  it('are what the README states', () => {
    expect(readFileSync(path.join(repoRoot, 'README.md'), 'utf8')).toContain(`Node.js \`${declared}\``);
  });

  it('would be refused by a dependency that needs more (the check can fail)', () => {
    expect(semver.subset(declared, '>=24.11.0')).toBe(false); // e.g. a package that gave up Node 22
    expect(semver.subset('>=20', '>=22.12.0')).toBe(false); // the README's old "Node 20+" against nestjs-pino 5
  });
});
