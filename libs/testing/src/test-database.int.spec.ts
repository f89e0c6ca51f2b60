import pg from 'pg';
import { createTestDatabase } from './test-database.js';

describe('test database', () => {
  it('is a real PostgreSQL 14 or newer that accepts writes', async () => {
    const database = await createTestDatabase();
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    try {
      const { rows } = await client.query<{ v: number }>(`SELECT current_setting('server_version_num')::int AS v`);
      expect(rows[0].v).toBeGreaterThanOrEqual(140000);
      await client.query('CREATE TABLE probe (n int)');
      await client.query('INSERT INTO probe VALUES (1)');
      expect((await client.query('SELECT count(*)::int AS c FROM probe')).rows[0].c).toBe(1);
    } finally {
      await client.end();
      await database.drop();
    }
  });
});
