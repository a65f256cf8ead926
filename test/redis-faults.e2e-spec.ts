import type { ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import type { INestApplicationContext } from '@nestjs/common';
import { Queue } from 'bullmq';
import Redis from 'ioredis';
import type { TestApi } from './support/api';
import { DEMO, login, randomNationalId, registerCitizen } from './support/actors';
import { freePort } from './support/net';
import { startRedis, stopRedis } from './support/redis';
import { waitFor } from './support/wait';

/**
 * Redis faults, on a Redis of this test's own (stopped and flushed here, never the shared one):
 * routes that do not need Redis keep answering while it is down, those that do answer 503
 * problem+json with Retry-After at once, `/health` tells anonymous callers only up or down,
 * and the worker's schedules come back by themselves after Redis lost its data.
 */
describe('Redis faults', () => {
  let api: TestApi;
  let worker: INestApplicationContext;
  let redis: ChildProcess;
  let redisUrl: string;
  let admin: string;
  const prefix = `motcua-test-${randomUUID().slice(0, 8)}`;

  beforeAll(async () => {
    const port = await freePort();
    redis = await startRedis(port);
    redisUrl = `redis://127.0.0.1:${port}`;
    const { startApiAndWorker } = await import('./support/stack');
    ({ api, worker } = await startApiAndWorker({
      REDIS_URL: redisUrl,
      QUEUE_PREFIX: prefix,
      MAINTENANCE_SCHEDULES: 'true',
      SCHEDULE_CHECK_MS: '500',
      // low enough to be reached below; the flood comes from an address of its own
      AUTH_RATE_LIMIT_PER_MINUTE: '20',
    }));
    admin = await login(api.http, DEMO.admin);
  });
  afterAll(async () => {
    await worker?.close();
    await api?.close();
    if (redis.exitCode === null) await stopRedis(redis);
  });

  async function schedulers(): Promise<string[]> {
    const { QueueName, bullConnection } = await import('@motcua/queue');
    const queue = new Queue(QueueName.Maintenance, {
      connection: bullConnection(redisUrl),
      prefix,
    });
    try {
      const list = await queue.getJobSchedulers();
      return list.map((s) => s.key).sort();
    } finally {
      await queue.close();
    }
  }

  it('tells anonymous callers of /health only whether PostgreSQL and Redis answer', async () => {
    const res = await api.http.get('/health').expect(200);
    expect(res.body.status).toBe('ok');
    expect(Object.keys(res.body.info).sort()).toEqual(['database', 'redis']);
    expect(JSON.stringify(res.body)).not.toMatch(/failed|waiting|live/);
  });

  it('keeps the detailed readiness view (queues, failed jobs, live workers) for ADMIN', async () => {
    await api.http.get('/api/v1/admin/health').expect(401);
    const res = await waitFor(
      () => api.http.get('/api/v1/admin/health').set('Authorization', `Bearer ${admin}`),
      (r) => r.body?.info?.workers?.live >= 1,
      { timeoutMs: 20_000, intervalMs: 200 },
    );
    expect(res.status).toBe(200);
    expect(res.body.info).toMatchObject({
      database: { status: 'up' },
      redis: { status: 'up' },
      queues: { postal: { waiting: expect.any(Number), failed: expect.any(Number) } },
      workers: { live: expect.any(Number) },
    });
    expect(res.body.info.workers.live).toBeGreaterThanOrEqual(1);
  });

  it('brings the repeatable schedules back after Redis lost its data, without a restart', async () => {
    const expected = ['purge-idempotency-keys', 'refresh-report-rollup', 'watch-deadlines'];
    expect(
      await waitFor(schedulers, (s) => expected.every((k) => s.includes(k)), {
        timeoutMs: 20_000,
        intervalMs: 200,
      }),
    ).toEqual(expect.arrayContaining(expected));
    const client = new Redis(redisUrl);
    await client.flushall();
    await client.quit();
    expect(
      await waitFor(schedulers, (s) => expected.every((k) => s.includes(k)), {
        timeoutMs: 20_000,
        intervalMs: 200,
      }),
    ).toEqual(expect.arrayContaining(expected));
  });

  describe('while Redis is down', () => {
    beforeAll(async () => {
      await stopRedis(redis);
    });
    afterAll(async () => {
      redis = await startRedis(Number(new URL(redisUrl).port));
    });

    it('still signs people in and registers them (rate limits counted in-process)', async () => {
      const wrong = await api.http
        .post('/api/v1/auth/login')
        .send({ username: DEMO.reception, password: 'not-the-password' });
      expect(wrong.status).toBe(401);
      const right = await api.http
        .post('/api/v1/auth/login')
        .send({ username: DEMO.reception, password: 'Demo@123456' });
      expect(right.status).toBe(200);
      const registered = await api.http.post('/api/v1/auth/register').send({
        nationalId: randomNationalId(),
        fullName: 'Trần Thị Bình',
        phone: '0987654321',
        password: 'Hoa-Sen-Vang-2026!',
      });
      expect(registered.status).toBe(201);
    });

    it('still serves the public statistics', async () => {
      const res = await api.http.get('/api/v1/public/stats');
      expect(res.status).toBe(200);
      expect(Array.isArray(res.body.items)).toBe(true);
    });

    it('answers the queue views with 503 problem+json and Retry-After, without hanging', async () => {
      for (const path of ['/api/v1/admin/queues/summary', '/api/v1/admin/jobs/failed']) {
        const res = await api.http
          .get(path)
          .set('Authorization', `Bearer ${admin}`)
          .timeout({ response: 10_000 });
        expect(res.status).toBe(503);
        expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
        expect(res.headers['retry-after']).toMatch(/^\d+$/);
        expect(res.body).toMatchObject({ status: 503, code: 'SERVICE_UNAVAILABLE' });
      }
      const board = await api.http
        .get('/admin/queues/api/queues')
        .set('Authorization', `Bearer ${admin}`)
        .timeout({ response: 10_000 });
      expect(board.status).toBe(503);
      expect(board.headers['retry-after']).toMatch(/^\d+$/);
      const health = await api.http.get('/health').timeout({ response: 10_000 });
      expect(health.status).toBe(503);
      expect(health.headers['retry-after']).toMatch(/^\d+$/);
    });

    it('limits sign-in attempts all the same', async () => {
      const statuses: number[] = [];
      for (let i = 0; i < 40; i++) {
        const res = await api.http
          .post('/api/v1/auth/login')
          .set('X-Forwarded-For', '203.0.113.7')
          .send({ username: `khong-co-${i}@example.vn`, password: 'sai-mat-khau' });
        statuses.push(res.status);
      }
      expect(statuses).toContain(429);
      expect(statuses.every((s) => s === 401 || s === 429)).toBe(true);
    });
  });

  it('answers the queue views again, with the schedules, once Redis is back (empty)', async () => {
    const res = await waitFor(
      () => api.http.get('/api/v1/admin/queues/summary').set('Authorization', `Bearer ${admin}`),
      (r) => r.status === 200,
      { timeoutMs: 20_000, intervalMs: 200 },
    );
    expect(res.status).toBe(200);
    const expected = ['purge-idempotency-keys', 'refresh-report-rollup', 'watch-deadlines'];
    expect(
      await waitFor(schedulers, (s) => expected.every((k) => s.includes(k)), {
        timeoutMs: 20_000,
        intervalMs: 200,
      }),
    ).toEqual(expect.arrayContaining(expected));
    await registerCitizen(api.http);
  });
});
