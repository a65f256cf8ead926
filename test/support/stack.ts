import { randomUUID } from 'node:crypto';
import type { INestApplicationContext } from '@nestjs/common';
import type { TestApi } from './api';

export interface TestStack {
  api: TestApi;
  worker: INestApplicationContext;
}

/**
 * The API and the worker of one test file, on BullMQ queues of their own, with the outbox
 * polled every 100 ms. `settings` are applied to the environment first, since the modules
 * read their configuration when they load.
 */
export async function startApiAndWorker(settings: Record<string, string> = {}): Promise<TestStack> {
  Object.assign(process.env, {
    QUEUE_PREFIX: `motcua-test-${randomUUID().slice(0, 8)}`,
    OUTBOX_POLL_MS: '100',
    ...settings,
  });
  const { startApi } = await import('./api');
  const { NestFactory } = await import('@nestjs/core');
  const { WorkerModule } = await import('../../apps/worker/src/worker.module');
  const api = await startApi();
  const worker = await NestFactory.createApplicationContext(WorkerModule, { logger: false });
  worker.enableShutdownHooks();
  return { api, worker };
}
