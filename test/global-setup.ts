import 'reflect-metadata';
import './register-paths';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Config } from '@jest/types';
import { prepareDatabase } from '@motcua/database';
import { seedDemoData } from '@motcua/database/seed/demo-data';
import { databaseName, newTestDatabaseUrl, onServer, workerDatabaseUrl } from './test-database';

/**
 * One fresh database per run, migrated and seeded once, then copied for each Jest worker
 * (`workerDatabaseUrl`, chosen by setup-env.ts); the test files of a worker share its copy.
 */
export default async function globalSetup(config: Config.GlobalConfig): Promise<void> {
  const url = newTestDatabaseUrl();
  await prepareDatabase(url, seedDemoData);
  await onServer(url, async (client) => {
    for (let worker = 1; worker <= Math.max(1, config.maxWorkers); worker++) {
      const copy = databaseName(workerDatabaseUrl(url, String(worker)));
      await client.query(`CREATE DATABASE "${copy}" TEMPLATE "${databaseName(url)}"`);
    }
  });
  process.env.TEST_RUN_DATABASE_URL = url;
  process.env.FILE_STORAGE_DIR = mkdtempSync(join(tmpdir(), 'motcua-files-'));
}
