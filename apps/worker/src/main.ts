import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { ConfigurationError, validateEnvironment } from '@motcua/config';
import { prepareDatabase } from '@motcua/database';
import { Logger } from 'nestjs-pino';
import { WorkerModule } from './worker.module';

async function bootstrap(): Promise<void> {
  const env = validateEnvironment(process.env);
  // The API seeds; the worker only needs the schema (both take the same advisory lock).
  await prepareDatabase(env.DATABASE_URL);
  const app = await NestFactory.createApplicationContext(WorkerModule, { bufferLogs: true });
  app.useLogger(app.get(Logger));
  app.enableShutdownHooks();
  app.get(Logger).log('motcua worker started');
}

bootstrap().catch((error: unknown) => {
  if (error instanceof ConfigurationError) console.error(error.message);
  else console.error('Worker failed to start:', error);
  process.exit(1);
});
