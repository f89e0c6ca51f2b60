import type { DataSource } from 'typeorm';

/**
 * Runs `work` while holding a session advisory lock named `name` (other processes calling it with the
 * same name wait), for start-up steps that several processes may run at once.
 */
export async function underAdvisoryLock<T>(dataSource: DataSource, name: string, work: () => Promise<T>): Promise<T> {
  const lock = dataSource.createQueryRunner();
  await lock.connect();
  try {
    await lock.query('SELECT pg_advisory_lock(hashtextextended($1, 0))', [name]);
    return await work();
  } finally {
    await lock.query('SELECT pg_advisory_unlock(hashtextextended($1, 0))', [name]).catch(() => undefined);
    await lock.release();
  }
}
