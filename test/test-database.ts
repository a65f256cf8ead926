import { randomBytes } from 'node:crypto';
import { Client } from 'pg';

const BASE_URL = process.env.TEST_DATABASE_BASE_URL ?? 'postgres://postgres@127.0.0.1:5432';

/** A database name unique to this test run, so runs never see each other's rows. */
export function newTestDatabaseUrl(): string {
  return `${BASE_URL}/motcua_test_${Date.now()}_${randomBytes(3).toString('hex')}`;
}

/**
 * The database of one Jest worker: a copy of the run's migrated and seeded database. Test files
 * in one worker run one after another on it; workers never share one, so a worker's outbox relay
 * never publishes another worker's events, and no test sees rows written at the same moment.
 */
export function workerDatabaseUrl(runUrl: string, workerId: string): string {
  const url = new URL(runUrl);
  url.pathname = `${url.pathname}_w${workerId}`;
  return url.toString();
}

/** Runs `work` with a client on the server's maintenance database. */
export async function onServer<T>(
  anyUrl: string,
  work: (client: Client) => Promise<T>,
): Promise<T> {
  const admin = new URL(anyUrl);
  admin.pathname = '/postgres';
  const client = new Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export const databaseName = (url: string): string => new URL(url).pathname.slice(1);
