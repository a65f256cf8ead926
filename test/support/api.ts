import 'reflect-metadata';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { TestingModuleBuilder } from '@nestjs/testing';
import { Test } from '@nestjs/testing';
import request from 'supertest';
import type TestAgent from 'supertest/lib/agent';
import { AppModule } from '../../apps/api/src/app.module';
import { configureApiApp, createAdapter } from '../../apps/api/src/bootstrap/create-api-app';

export interface TestApi {
  app: NestFastifyApplication;
  /** supertest bound to the running app; paths are absolute (`/api/v1/...`). */
  http: TestAgent;
  close(): Promise<void>;
}

/** Boots the real API (same configuration as production) against the test database. */
export async function startApi(
  override: (builder: TestingModuleBuilder) => TestingModuleBuilder = (b) => b,
): Promise<TestApi> {
  const moduleRef = await override(Test.createTestingModule({ imports: [AppModule] })).compile();
  const app = moduleRef.createNestApplication<NestFastifyApplication>(createAdapter(), {
    bufferLogs: true,
    rawBody: true,
  });
  try {
    await configureApiApp(app);
  } catch (error) {
    // a half-started app keeps connections open and would hang the test run
    await app.close().catch(() => undefined);
    throw error;
  }
  return { app, http: request(app.getHttpServer()), close: () => app.close() };
}
