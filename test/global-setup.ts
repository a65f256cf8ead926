import 'reflect-metadata';
import './register-paths';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { prepareDatabase } from '@motcua/database';
import { seedDemoData } from '@motcua/database/seed/demo-data';
import { newTestDatabaseUrl } from './test-database';

/** One fresh database per run, migrated and seeded once; test files share it. */
export default async function globalSetup(): Promise<void> {
  const url = newTestDatabaseUrl();
  await prepareDatabase(url, seedDemoData);
  process.env.DATABASE_URL = url;
  process.env.FILE_STORAGE_DIR = mkdtempSync(join(tmpdir(), 'motcua-files-'));
}
