import { randomUUID } from 'node:crypto';
import pg from 'pg';

/**
 * Each test file gets a database of its own on the server the global setup started (embedded
 * PostgreSQL, or the server in DATABASE_URL), so files run in parallel without sharing state.
 */
export interface TestDatabase {
  url: string;
  drop(): Promise<void>;
}

export function serverUrl(): string {
  const url = process.env.TEST_SERVER_URL;
  if (!url) throw new Error('TEST_SERVER_URL is not set: run the tests through jest (its global setup starts PostgreSQL)');
  return url;
}

export async function createTestDatabase(): Promise<TestDatabase> {
  const name = `t_${randomUUID().replaceAll('-', '')}`;
  const admin = new pg.Client({ connectionString: serverUrl() });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(serverUrl());
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const client = new pg.Client({ connectionString: serverUrl() });
      await client.connect();
      try {
        await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await client.end();
      }
    },
  };
}
