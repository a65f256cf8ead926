import { databaseName, onServer } from './test-database';

/** Drops the run's database and every worker's copy of it. */
export default async function globalTeardown(): Promise<void> {
  const url = process.env.TEST_RUN_DATABASE_URL;
  if (!url || process.env.KEEP_TEST_DATABASE) return;
  const name = databaseName(url);
  await onServer(url, async (client) => {
    const { rows } = await client.query<{ datname: string }>(
      `SELECT datname FROM pg_database WHERE datname = $1 OR datname LIKE $1 || '\\_w%'`,
      [name],
    );
    for (const { datname } of rows) {
      await client.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
    }
  });
}
