import pg from 'pg';
import { createTestDatabase, type TestDatabase } from '@app/testing';
import { batchRows } from './bulk-sql.js';

describe('batchRows', () => {
  let database: TestDatabase;
  let client: pg.Client;
  beforeAll(async () => {
    database = await createTestDatabase();
    client = new pg.Client({ connectionString: database.url });
    await client.connect();
    await client.query('CREATE TABLE read_model (case_id text PRIMARY KEY, n integer NOT NULL)');
    await client.query(`INSERT INTO read_model SELECT 'case-' || i, 0 FROM generate_series(1, 20000) AS i`);
    await client.query('ANALYZE read_model');
  });
  afterAll(async () => {
    await client?.end();
    await database?.drop();
  });

  it('updates a few rows of a large read model through its index, not by scanning it', async () => {
    const rows = [
      { case_id: 'case-7', n: 1 },
      { case_id: 'case-11', n: 2 },
    ];
    const sql = `UPDATE read_model r SET n = p.n FROM ${batchRows('p', 'case_id text, n integer')} WHERE r.case_id = p.case_id`;
    const { rows: plan } = await client.query(`EXPLAIN (FORMAT JSON) ${sql}`, [JSON.stringify(rows), rows.length]);
    const nodes = JSON.stringify(plan[0]['QUERY PLAN']);
    expect(nodes).toContain('"Index Scan"');
    expect(nodes).not.toContain('"Seq Scan"');

    await client.query(sql, [JSON.stringify(rows), rows.length]);
    const { rows: updated } = await client.query('SELECT case_id, n FROM read_model WHERE n > 0 ORDER BY n');
    expect(updated).toEqual(rows);
  });
});
