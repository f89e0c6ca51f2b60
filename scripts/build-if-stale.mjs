// Runs `npm run build` only when dist/ is older than the sources, so that a CLI started through npm (`npm run
// token`) starts at once when nothing changed. Plain JavaScript: it runs before there is a build.
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';

const SOURCE_FOLDERS = ['apps', 'libs'];
/** Files that change every output when they change. */
const BUILD_SETTINGS = ['.swcrc', 'package-lock.json'];

function modified(file) {
  try {
    return statSync(file).mtimeMs;
  } catch {
    return undefined;
  }
}

function* typeScriptFiles(folder) {
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const file = path.join(folder, entry.name);
    if (entry.isDirectory()) yield* typeScriptFiles(file);
    else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts')) yield file;
  }
}

/** The first source whose output in dist/ is missing or older than it (or than the build settings), if any. */
function staleSource(root) {
  const settings = Math.max(0, ...BUILD_SETTINGS.map((file) => modified(path.join(root, file)) ?? 0));
  for (const folder of SOURCE_FOLDERS) {
    for (const source of typeScriptFiles(path.join(root, folder))) {
      const output = modified(path.join(root, 'dist', path.relative(root, source).replace(/\.ts$/, '.js')));
      if (output === undefined || output < Math.max(settings, modified(source))) return source;
    }
  }
  return undefined;
}

if (staleSource(process.cwd()) !== undefined) {
  const build = spawnSync('npm', ['run', 'build', '--silent'], { stdio: 'inherit' });
  process.exit(build.status ?? 1);
}
