import type { ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import type { INestApplicationContext } from '@nestjs/common';
import type { TestApi } from './support/api';
import { registerCitizen } from './support/actors';
import { COUNTER_ONLY_PROCEDURE_CODE } from './support/demo';
import { fileDossier } from './support/dossiers';
import { freePort } from './support/net';
import { startRedis, stopRedis } from './support/redis';
import type { Mailbox } from './support/mail';
import { startMailbox } from './support/mail';

/**
 * Fault drill: Redis goes away while citizens file. Filing must not notice (the request path
 * writes to PostgreSQL only: the outbox), and once Redis is back every event is published and
 * every applicant notified — nothing lost.
 */
describe('fault drill: Redis down while dossiers are filed', () => {
  let api: TestApi;
  let worker: INestApplicationContext;
  let mailbox: Mailbox;
  let redis: ChildProcess;
  let redisPort: number;

  beforeAll(async () => {
    redisPort = await freePort();
    redis = await startRedis(redisPort);
    mailbox = await startMailbox();
    Object.assign(process.env, {
      REDIS_URL: `redis://127.0.0.1:${redisPort}`,
      SMTP_URL: mailbox.url,
      QUEUE_PREFIX: `motcua-test-${randomUUID().slice(0, 8)}`,
      OUTBOX_POLL_MS: '200',
    });
    const { startApi } = await import('./support/api');
    const { NestFactory } = await import('@nestjs/core');
    const { WorkerModule } = await import('../apps/worker/src/worker.module');
    api = await startApi();
    worker = await NestFactory.createApplicationContext(WorkerModule, { logger: false });
  });
  afterAll(async () => {
    await worker?.close();
    await api?.close();
    await mailbox?.close();
    if (redis.exitCode === null) await stopRedis(redis);
  });

  it('files every dossier while Redis is down and notifies every applicant once it is back', async () => {
    // the citizens exist before the outage (sign-in and registration during one: redis-faults)
    const citizens = await Promise.all(Array.from({ length: 5 }, () => registerCitizen(api.http)));
    await stopRedis(redis);

    const codes: string[] = [];
    for (const citizen of citizens) {
      const { code } = await fileDossier(
        api.http,
        citizen.accessToken,
        COUNTER_ONLY_PROCEDURE_CODE,
      );
      codes.push(code);
    }
    expect(new Set(codes).size).toBe(5);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(mailbox.messages.filter((m) => codes.some((c) => m.subject.includes(c)))).toHaveLength(
      0,
    );

    redis = await startRedis(redisPort);
    for (const code of codes) {
      await mailbox.waitFor((m) => m.subject.includes(code));
    }
    for (const code of codes) {
      expect(mailbox.messages.filter((m) => m.subject.includes(code))).toHaveLength(1);
    }
  }, 90_000);
});
