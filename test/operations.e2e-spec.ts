import { randomUUID } from 'node:crypto';
import type { Job } from 'bullmq';
import { Queue, Worker } from 'bullmq';
import type { TestApi } from './support/api';
import { DEMO, login, registerCitizen } from './support/actors';

/**
 * Operators' view of the queues, on real Redis: a job fails for real in a tiny worker of this
 * test, shows up as a dead letter, and an admin puts it back to waiting.
 */
describe('queue operations (admin)', () => {
  const prefix = `motcua-test-${randomUUID().slice(0, 8)}`;
  let api: TestApi;
  let admin: string;
  let queue: Queue;
  let worker: Worker | undefined;
  let failedJob: Job;

  beforeAll(async () => {
    // configuration is read when the modules load, so set it first and import afterwards
    process.env.QUEUE_PREFIX = prefix;
    const { startApi } = await import('./support/api');
    const { bullConnection, QueueName, JobName } = await import('@motcua/queue');
    const connection = bullConnection(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379');
    api = await startApi();
    admin = await login(api.http, DEMO.admin);

    queue = new Queue(QueueName.Notifications, { connection, prefix });
    const failing = new Worker(
      QueueName.Notifications,
      async (): Promise<void> => {
        throw new Error('SMTP is down (test)');
      },
      { connection, prefix },
    );
    worker = failing;
    const failed = new Promise<Job>((resolve) =>
      failing.on('failed', (job) => job && resolve(job)),
    );
    await queue.add(
      JobName.NotifyApplicant,
      { outboxId: randomUUID(), type: 'dossier.submit', event: { dossierId: randomUUID() } },
      { attempts: 1, removeOnFail: false },
    );
    failedJob = await failed;
    // no processing from here on: the retried job must stay waiting
    await failing.close();
    worker = undefined;
  });
  afterAll(async () => {
    await worker?.close();
    await queue?.obliterate({ force: true }).catch(() => undefined);
    await queue?.close();
    await api?.close();
  });

  it('counts the failed job in the summary', async () => {
    const res = await api.http
      .get('/api/v1/admin/queues/summary')
      .set('Authorization', `Bearer ${admin}`)
      .expect(200);
    expect(res.body.queues.map((q: { name: string }) => q.name).sort()).toEqual([
      'intake',
      'maintenance',
      'notifications',
      'postal',
    ]);
    expect(res.body.queues.find((q: { name: string }) => q.name === 'notifications')).toEqual({
      name: 'notifications',
      waiting: 0,
      active: 0,
      delayed: 0,
      failed: 1,
      completed: 0,
    });
  });

  it('lists the dead letter with its reason', async () => {
    const res = await api.http
      .get('/api/v1/admin/jobs/failed?queue=notifications&page=1&limit=10')
      .set('Authorization', `Bearer ${admin}`)
      .expect(200);
    expect(res.body).toMatchObject({ total: 1, page: 1, limit: 10 });
    expect(res.body.items).toEqual([
      {
        queue: 'notifications',
        id: failedJob.id,
        name: 'notify-applicant',
        failedReason: 'SMTP is down (test)',
        attemptsMade: 1,
        timestamp: failedJob.timestamp,
        finishedOn: expect.any(Number),
        data: failedJob.data,
      },
    ]);

    const all = await api.http
      .get('/api/v1/admin/jobs/failed')
      .set('Authorization', `Bearer ${admin}`)
      .expect(200);
    expect(all.body).toMatchObject({ total: 1, page: 1, limit: 20 });
    const beyond = await api.http
      .get('/api/v1/admin/jobs/failed?page=2&limit=1')
      .set('Authorization', `Bearer ${admin}`)
      .expect(200);
    expect(beyond.body).toMatchObject({ items: [], total: 1 });
  });

  it('refuses an unknown queue filter', async () => {
    await api.http
      .get('/api/v1/admin/jobs/failed?queue=nope')
      .set('Authorization', `Bearer ${admin}`)
      .expect(400);
  });

  it('reports the queue depth to ADMIN in /api/v1/admin/health, always up, never in /health', async () => {
    const res = await api.http
      .get('/api/v1/admin/health')
      .set('Authorization', `Bearer ${admin}`)
      .expect(200);
    expect((await api.http.get('/health').expect(200)).body.info.queues).toBeUndefined();
    expect(res.body.info.queues).toMatchObject({
      status: 'up',
      notifications: { waiting: 0, delayed: 0, failed: 1 },
      maintenance: { waiting: 0, delayed: 0, failed: 0 },
      postal: { waiting: 0, delayed: 0, failed: 0 },
      intake: { waiting: 0, delayed: 0, failed: 0 },
    });
  });

  it('answers 404 for an unknown queue or job', async () => {
    const nope = await api.http
      .post(`/api/v1/admin/jobs/nope/${failedJob.id}/retry`)
      .set('Authorization', `Bearer ${admin}`)
      .expect(404);
    expect(nope.headers['content-type']).toMatch(/application\/problem\+json/);
    await api.http
      .post('/api/v1/admin/jobs/notifications/no-such-job/retry')
      .set('Authorization', `Bearer ${admin}`)
      .expect(404);
  });

  it('retries the failed job: it is waiting again, and a second retry is a conflict', async () => {
    const res = await api.http
      .post(`/api/v1/admin/jobs/notifications/${failedJob.id}/retry`)
      .set('Authorization', `Bearer ${admin}`)
      .expect(200);
    expect(res.body).toEqual({ retried: true });
    expect(await queue.getJobState(failedJob.id!)).toBe('waiting');

    const again = await api.http
      .post(`/api/v1/admin/jobs/notifications/${failedJob.id}/retry`)
      .set('Authorization', `Bearer ${admin}`)
      .expect(409);
    expect(again.body).toMatchObject({ status: 409, code: 'CONFLICT' });

    const summary = await api.http
      .get('/api/v1/admin/queues/summary')
      .set('Authorization', `Bearer ${admin}`)
      .expect(200);
    expect(
      summary.body.queues.find((q: { name: string }) => q.name === 'notifications'),
    ).toMatchObject({ waiting: 1, failed: 0 });
  });

  it('is for admins only: citizen 403, anonymous 401', async () => {
    const citizen = await registerCitizen(api.http);
    for (const [method, path] of [
      ['get', '/api/v1/admin/queues/summary'],
      ['get', '/api/v1/admin/jobs/failed'],
      ['post', `/api/v1/admin/jobs/notifications/${failedJob.id}/retry`],
    ] as const) {
      await api.http[method](path)
        .set('Authorization', `Bearer ${citizen.accessToken}`)
        .expect(403);
      await api.http[method](path).expect(401);
    }
  });

  describe('Bull Board at /admin/queues', () => {
    it('answers 401 problem+json without a token, 401 with a bad one', async () => {
      const res = await api.http.get('/admin/queues').expect(401);
      expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(res.body).toMatchObject({ status: 401, code: 'UNAUTHENTICATED' });
      await api.http.get('/admin/queues/api/queues').expect(401);
      await api.http.get('/admin/queues').set('Authorization', 'Bearer not-a-jwt').expect(401);
    });

    it('answers 403 to a citizen', async () => {
      const citizen = await registerCitizen(api.http);
      const res = await api.http
        .get('/admin/queues')
        .set('Authorization', `Bearer ${citizen.accessToken}`)
        .expect(403);
      expect(res.body).toMatchObject({ status: 403, code: 'FORBIDDEN' });
    });

    it('serves the board and its API to an admin', async () => {
      const page = await api.http
        .get('/admin/queues')
        .set('Authorization', `Bearer ${admin}`)
        .expect(200);
      expect(page.headers['content-type']).toMatch(/text\/html/);
      const queues = await api.http
        .get('/admin/queues/api/queues')
        .set('Authorization', `Bearer ${admin}`)
        .expect(200);
      expect(queues.body.queues.map((q: { name: string }) => q.name).sort()).toEqual([
        'intake',
        'maintenance',
        'notifications',
        'postal',
      ]);
    });

    it('lets a browser open it once with ?token=, then by the cookie it set', async () => {
      const page = await api.http.get(`/admin/queues?token=${admin}`).expect(200);
      const cookie = String(page.headers['set-cookie']);
      expect(cookie).toMatch(/^motcua_board=.+; Path=\/admin\/queues; HttpOnly; SameSite=Strict/);
      await api.http
        .get('/admin/queues/api/queues')
        .set('Cookie', cookie.split(';')[0])
        .expect(200);
      // the query token is accepted on the entry page only
      await api.http.get(`/admin/queues/api/queues?token=${admin}`).expect(401);
    });
  });
});
