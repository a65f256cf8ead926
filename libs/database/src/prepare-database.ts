import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { databaseOptions } from './database-options';

/** Arbitrary constant: serialises start-up preparation across api/worker processes and replicas. */
const PREPARE_LOCK_KEY = 7_260_118;

/** Creates the database named in `url` if it is missing (connecting to the `postgres` database). */
export async function ensureDatabaseExists(url: string): Promise<void> {
  const target = new URL(url);
  const name = decodeURIComponent(target.pathname.replace(/^\//, ''));
  if (!name) throw new Error('DATABASE_URL names no database');
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const client = new Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (found.rowCount === 0) {
      await client
        .query(`CREATE DATABASE "${name.replace(/"/g, '""')}"`)
        .catch((error: { code?: string }) => {
          // another process created it between our check and our CREATE
          if (error.code !== '42P04' && error.code !== '23505') throw error;
        });
    }
  } finally {
    await client.end();
  }
}

/**
 * Brings the database to the current schema: creates it if needed, then runs pending
 * migrations and the optional seed while holding an advisory lock, so concurrently
 * starting processes do it once.
 */
export async function prepareDatabase(
  url: string,
  seed?: (dataSource: DataSource) => Promise<void>,
): Promise<void> {
  await ensureDatabaseExists(url);
  const dataSource = new DataSource({ ...databaseOptions(url, 2) });
  await dataSource.initialize();
  const runner = dataSource.createQueryRunner();
  try {
    await runner.query('SELECT pg_advisory_lock($1)', [PREPARE_LOCK_KEY]);
    await dataSource.runMigrations({ transaction: 'each' });
    if (seed) await seed(dataSource);
  } finally {
    await runner.query('SELECT pg_advisory_unlock($1)', [PREPARE_LOCK_KEY]).catch(() => undefined);
    await runner.release();
    await dataSource.destroy();
  }
}
