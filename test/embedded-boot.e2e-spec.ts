import { mkdtemp } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { exited, freePort, startNode, waitForHttp } from './support/processes.js';

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
});
