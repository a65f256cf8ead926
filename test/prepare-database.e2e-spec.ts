import { Client } from 'pg';
import { prepareDatabase } from '@motcua/database';
import { MIGRATIONS } from '@motcua/database/migrations';
import { newTestDatabaseUrl } from './test-database';

/**
 * Start-up preparation of a fresh database by two processes at once (the API and the worker
 * of a deploy): one migrates under the advisory lock while the other waits for it, also through
 * the migrations that build indexes with CREATE INDEX CONCURRENTLY outside a transaction.
 */
describe('prepareDatabase', () => {
  const url = newTestDatabaseUrl();
  let client: Client | undefined;

  afterAll(async () => {
    await client?.end();
    const admin = new URL(url);
    admin.pathname = '/postgres';
    const drop = new Client({ connectionString: admin.toString() });
    await drop.connect();
    try {
      await drop.query(`DROP DATABASE IF EXISTS "${new URL(url).pathname.slice(1)}" WITH (FORCE)`);
    } finally {
      await drop.end();
    }
  });

  it('migrates a fresh database once when two processes start together', async () => {
    // a waiting process must not hold a snapshot that the concurrent index build waits for
    await Promise.all([prepareDatabase(url), prepareDatabase(url)]);
    client = new Client({ connectionString: url });
    await client.connect();
    const { rows: migrations } = await client.query<{ name: string }>(
      'SELECT name FROM migrations ORDER BY id',
    );
    expect(migrations.map((m) => m.name)).toEqual(MIGRATIONS.map((m) => m.name));
    const { rows: indexes } = await client.query<{ name: string; valid: boolean }>(
      `SELECT c.relname AS name, i.indisvalid AS valid
         FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
        WHERE c.relname LIKE 'idx_dossiers_%' OR c.relname LIKE 'idx_history_%'`,
    );
    const valid = indexes.filter((i) => i.valid).map((i) => i.name);
    expect(valid).toEqual(
      expect.arrayContaining([
        'idx_dossiers_received_at',
        'idx_dossiers_online_created',
        'idx_dossiers_open_received',
        'idx_dossiers_drafts_created',
        'idx_history_postal_at',
      ]),
    );
    expect(indexes.every((i) => i.valid)).toBe(true);
    // replaced by the wider postal index
    expect(indexes.map((i) => i.name)).not.toContain('idx_history_dispatch_at');
  });
});
