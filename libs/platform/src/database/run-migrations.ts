import type { DataSource } from 'typeorm';

/**
 * Runs pending TypeORM migrations under an advisory lock, so several API and projector processes
 * starting together apply each migration once.
 */
export async function runMigrations(dataSource: DataSource): Promise<void> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.query('SELECT pg_advisory_lock(hashtextextended($1, 0))', ['typeorm-migrations']);
    await dataSource.runMigrations({ transaction: 'each' });
  } finally {
    await runner.query('SELECT pg_advisory_unlock(hashtextextended($1, 0))', ['typeorm-migrations']).catch(() => undefined);
    await runner.release();
  }
}
