import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir, userInfo } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { EmbeddedDatabaseError, freePort, startEmbeddedPostgres, type EmbeddedDatabase } from './embedded-postgres.js';

async function answers(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<{ one: number }>('SELECT 1 AS one')).rows[0].one === 1;
  } finally {
    await client.end();
  }
}

describe('the embedded PostgreSQL', () => {
  const folders: string[] = [];
  const servers: EmbeddedDatabase[] = [];
  const folder = async () => {
    folders.push(await mkdtemp(path.join(tmpdir(), 'safer-panels-embedded-')));
    return folders.at(-1)!;
  };
  afterAll(async () => {
    for (const server of servers) await server.stop();
    for (const each of folders) await rm(each, { recursive: true, force: true });
  });

  it('on a port another checkout holds, takes a free one and says which when allowed, else names EMBEDDED_POSTGRES_PORT', async () => {
    const port = await freePort();
    const first = await startEmbeddedPostgres({ dataDir: await folder(), port });
    servers.push(first);

    const notices: Array<[number, number]> = [];
    const second = await startEmbeddedPostgres({
      dataDir: await folder(),
      port,
      onPortTaken: (taken, instead) => notices.push([taken, instead]),
    });
    servers.push(second);
    expect(notices).toEqual([[port, expect.any(Number)]]);
    expect(notices[0][1]).not.toBe(port);
    expect(new URL(second.url).port).toBe(String(notices[0][1]));
    expect([await answers(first.url), await answers(second.url)]).toEqual([true, true]);

    const refusal = startEmbeddedPostgres({ dataDir: await folder(), port });
    await expect(refusal).rejects.toThrow(EmbeddedDatabaseError);
    await expect(refusal).rejects.toThrow(`EMBEDDED_POSTGRES_PORT ${port} is in use by another program`);
  });

  // The scenario exists only for root: initdb refuses root, so the server runs as `postgres`, which cannot
  // enter a folder made by `mktemp -d` (mode 700). Any other user runs the server as themselves.
  const asRoot = userInfo().uid === 0;
  if (!asRoot) console.log('embedded PostgreSQL folder test not run: it needs root (only root starts the server as the postgres user)');
  (asRoot ? it : it.skip)(
    'run as root under a folder the postgres user cannot enter, says which folder, which user, and what to set',
    async () => {
      const closed = await folder();
      expect((await stat(closed)).mode & 0o777).toBe(0o700); // as mktemp -d makes it
      const dataDir = path.join(closed, 'data');

      const failure = startEmbeddedPostgres({ dataDir, port: await freePort() });
      await expect(failure).rejects.toThrow(EmbeddedDatabaseError);
      const message = await failure.catch((error: Error) => error.message);
      expect(message).toContain(`the OS user "postgres"`);
      expect(message).toContain(`cannot enter ${closed} (mode 700) on the way to the data directory ${dataDir}`);
      expect(message).toMatch(/set DATA_DIR to a folder that user can reach.*chmod o\+x .*set DATABASE_URL/);
      expect(message).not.toContain('--no-locale');
    },
  );
});
