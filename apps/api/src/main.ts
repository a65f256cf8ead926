import 'reflect-metadata';
import { ConfigurationError, NodeEnv, validateEnvironment } from '@motcua/config';
import { prepareDatabase } from '@motcua/database';
import {
  DemoCredentialsError,
  refuseDemoCredentials,
  seedDemoData,
} from '@motcua/database/seed/demo-data';
import type { DataSource } from 'typeorm';
import { createApiApp } from './bootstrap/create-api-app';

async function bootstrap(): Promise<void> {
  const env = validateEnvironment(process.env);
  const production = env.NODE_ENV === NodeEnv.Production;
  const seedDemo = (dataSource: DataSource) =>
    seedDemoData(dataSource, {
      officeHours: env.OFFICE_HOURS,
      forwardingDays: env.BOUNDARY_FORWARDING_DAYS,
    });
  await prepareDatabase(
    env.DATABASE_URL,
    production ? refuseDemoCredentials : env.SEED_DEMO ? seedDemo : undefined,
  );
  const app = await createApiApp();
  await app.listen({ port: env.PORT, host: '0.0.0.0' });
  // The drain (SHUTDOWN_GRACE_MS) and the statement timeout bound closing already; should
  // anything else hang, the process still ends.
  const hardStopMs = env.SHUTDOWN_GRACE_MS + env.DATABASE_STATEMENT_TIMEOUT_MS + 5000;
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.once(signal, () => setTimeout(() => process.exit(1), hardStopMs).unref());
  }
}

bootstrap().catch((error: unknown) => {
  // One clear line for configuration mistakes; the full error otherwise.
  if (error instanceof ConfigurationError || error instanceof DemoCredentialsError) {
    console.error(error.message);
  } else console.error('API failed to start:', error);
  process.exit(1);
});
