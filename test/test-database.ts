import { randomBytes } from 'node:crypto';

const BASE_URL = process.env.TEST_DATABASE_BASE_URL ?? 'postgres://postgres@127.0.0.1:5432';

/** A database name unique to this test run, so runs never see each other's rows. */
export function newTestDatabaseUrl(): string {
  return `${BASE_URL}/motcua_test_${Date.now()}_${randomBytes(3).toString('hex')}`;
}
