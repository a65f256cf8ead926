// Settings for every end-to-end test file.
import { workerDatabaseUrl } from './test-database';

// this worker's copy of the run's database (made by global-setup)
process.env.DATABASE_URL = workerDatabaseUrl(
  process.env.TEST_RUN_DATABASE_URL!,
  process.env.JEST_WORKER_ID ?? '1',
);
process.env.NODE_ENV = 'test';
process.env.LOG_LEVEL = process.env.LOG_LEVEL ?? 'silent';
process.env.SEED_DEMO = 'false';
process.env.AUTH_RATE_LIMIT_PER_MINUTE ??= '100000';
process.env.TRACKING_RATE_LIMIT_PER_MINUTE ??= '100000';
// supertest connects over loopback; tests stand in for the portal, which forwards addresses
process.env.TRUST_PROXY ??= '127.0.0.1,::1';
process.env.REGISTER_CONFLICTS_PER_HOUR ??= '100000';
