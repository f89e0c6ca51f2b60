import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { decodeJwt } from 'jose';
import { repoRoot, runToEnd } from './support/processes.js';

describe('npm run -s token', () => {
  let dataDir: string;
  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), 'safer-panels-token-'));
  });
  afterAll(() => rm(dataDir, { recursive: true, force: true }));
  const token = (...args: string[]) => runToEnd(['npm', 'run', '-s', 'token', '--', ...args], { env: { DATA_DIR: dataDir } });

  it('prints the token and nothing else', async () => {
    const { code, stdout, output } = await token('--user', 'alice', '--role', 'coordinator', '--partnership', 'north-csp');
    expect({ code, output }).toEqual({ code: 0, output: stdout });
    expect(stdout).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+\n$/);
    expect(decodeJwt(stdout.trim())).toMatchObject({ sub: 'alice', roles: ['coordinator'], partnerships: ['north-csp'] });
  });

  it("sets the user's e-mail and teams, under the claim names the API reads", async () => {
    const { code, stdout } = await token(
      ...['--user', 'bea', '--role', 'coordinator', '--partnership', 'north-csp', '--email', 'bea@example.org'],
      ...['--team', 'marac-north', '--team', 'idva'],
    );
    expect(code).toBe(0);
    expect(decodeJwt(stdout.trim())).toMatchObject({ sub: 'bea', email: 'bea@example.org', teams: ['marac-north', 'idva'] });
    const renamed = await runToEnd(
      [
        'npm',
        'run',
        '-s',
        'token',
        '--',
        '--user',
        'bea',
        '--role',
        'admin',
        '--partnership',
        'n',
        '--email',
        'bea@example.org',
        '--team',
        't',
      ],
      { env: { DATA_DIR: dataDir, AUTH_EMAIL_CLAIM: 'mail', AUTH_TEAMS_CLAIM: 'groups' } },
    );
    expect(decodeJwt(renamed.stdout.trim())).toMatchObject({ mail: 'bea@example.org', groups: ['t'] });
  });

  it.each([
    [
      'an e-mail that is not one',
      ['--user', 'a', '--role', 'admin', '--partnership', 'n', '--email', 'bea'],
      '--email must be an e-mail address',
    ],
    ['an empty team', ['--user', 'a', '--role', 'admin', '--partnership', 'n', '--team', ' '], '--team must name a team'],
    ['no partnership', ['--user', 'alice', '--role', 'coordinator'], 'at least one --partnership is required'],
    ['an empty partnership', ['--user', 'alice', '--role', 'admin', '--partnership', ''], 'at least one --partnership is required'],
    ['no role', ['--user', 'alice', '--partnership', 'north-csp'], '--user and at least one --role are required'],
  ])('refuses a token that could do nothing (%s): exit 1, a message, no token', async (_case, args, message) => {
    const { code, stdout, output } = await token(...args);
    expect({ code, stdout }).toEqual({ code: 1, stdout: '' });
    expect(output).toContain(message);
  });
});

describe('scripts/build-if-stale.mjs (run before the CLIs)', () => {
  it('builds only when a source is newer than its output in dist/', async () => {
    const project = await mkdtemp(path.join(tmpdir(), 'safer-panels-stale-'));
    try {
      const marker = path.join(project, 'built');
      // A stand-in build that writes the output and counts its runs.
      await writeFile(
        path.join(project, 'package.json'),
        JSON.stringify({
          scripts: {
            build: `node -e "const fs=require('fs');fs.mkdirSync('dist/apps/x',{recursive:true});fs.writeFileSync('dist/apps/x/a.js','');fs.appendFileSync('built','.')"`,
          },
        }),
      );
      await mkdir(path.join(project, 'apps', 'x'), { recursive: true });
      await mkdir(path.join(project, 'libs'));
      await writeFile(path.join(project, 'apps', 'x', 'a.ts'), 'export {};\n');
      const buildIfStale = () => runToEnd([process.execPath, path.join(repoRoot, 'scripts', 'build-if-stale.mjs')], { cwd: project });
      const builds = async () => (existsSync(marker) ? readFile(marker, 'utf8') : '');

      expect((await buildIfStale()).code).toBe(0);
      expect(await builds()).toBe('.'); // no output yet
      expect((await buildIfStale()).code).toBe(0);
      expect(await builds()).toBe('.'); // current: nothing to do

      const later = new Date(Date.now() + 5_000);
      await utimes(path.join(project, 'apps', 'x', 'a.ts'), later, later);
      expect((await buildIfStale()).code).toBe(0);
      expect(await builds()).toBe('..'); // the source changed
    } finally {
      await rm(project, { recursive: true, force: true });
    }
  });
});
