import { Client } from 'pg';
import type { QueryRunner } from 'typeorm';
import { DataSource } from 'typeorm';
import { databaseOptions } from './database-options';

/** Arbitrary constant: serialises start-up preparation across api/worker processes and replicas. */
const PREPARE_LOCK_KEY = 7_260_118;
/** How often a process waiting for another's preparation asks for the lock again. */
const LOCK_RETRY_MS = 250;

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
 * Takes the preparation lock, asking again until it is free rather than waiting inside one
 * `pg_advisory_lock` statement: a statement waiting that way holds a snapshot, and CREATE INDEX
 * CONCURRENTLY (run by the process holding the lock) waits for every older snapshot to end, so
 * the two would wait for each other forever, unseen by PostgreSQL's deadlock detector.
 */
async function waitForLock(runner: QueryRunner): Promise<void> {
  for (;;) {
    const [row] = (await runner.query('SELECT pg_try_advisory_lock($1) AS locked', [
      PREPARE_LOCK_KEY,
    ])) as { locked: boolean }[];
    if (row.locked) return;
    await new Promise((resolve) => setTimeout(resolve, LOCK_RETRY_MS));
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
  const dataSource = new DataSource({ ...databaseOptions(url, { size: 2 }) });
  await dataSource.initialize();
  const runner = dataSource.createQueryRunner();
  try {
    await waitForLock(runner);
    await dataSource.runMigrations({ transaction: 'each' });
    if (seed) await seed(dataSource);
  } finally {
    await runner.query('SELECT pg_advisory_unlock($1)', [PREPARE_LOCK_KEY]).catch(() => undefined);
    await runner.release();
    await dataSource.destroy();
  }
}
