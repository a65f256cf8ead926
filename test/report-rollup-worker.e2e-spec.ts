import { randomUUID } from 'node:crypto';
import { INestApplicationContext } from '@nestjs/common';
import { addCalendarDays, vietnamDate } from '@motcua/domain';
import type { Job, Queue } from 'bullmq';
import { DataSource } from 'typeorm';

/** The worker keeps the reports' rollup: scheduled every hour, and the job brings it up to date. */
describe('Report rollup (worker)', () => {
  let worker: INestApplicationContext;

  beforeAll(async () => {
    // configuration is read when the modules load, so set it first and import afterwards
    process.env.QUEUE_PREFIX = `motcua-test-${randomUUID().slice(0, 8)}`;
    // this worker's relay stays idle: test files share the database, and a polling relay would
    // claim (FOR UPDATE SKIP LOCKED) and publish other suites' outbox rows to this worker's queues
    process.env.OUTBOX_POLL_MS = String(3_600_000);
    const { NestFactory } = await import('@nestjs/core');
    const { WorkerModule } = await import('../apps/worker/src/worker.module');
    worker = await NestFactory.createApplicationContext(WorkerModule, { logger: false });
    worker.enableShutdownHooks();
  });

  afterAll(() => worker?.close());

  it('is scheduled every hour at :05 in Vietnam', async () => {
    const { getQueueToken } = await import('@nestjs/bullmq');
    const { JobName, QueueName } = await import('@motcua/queue');
    const queue = worker.get<Queue>(getQueueToken(QueueName.Maintenance), { strict: false });
    const scheduler = await queue.getJobScheduler(JobName.RefreshReportRollup);
    expect(scheduler).toMatchObject({ pattern: '5 * * * *', tz: 'Asia/Ho_Chi_Minh' });
  });

  it('rolls every day up to yesterday when its job runs', async () => {
    const { JobName } = await import('@motcua/queue');
    const { MaintenanceProcessor } =
      await import('../apps/worker/src/maintenance/purge-idempotency-keys.processor');
    const db = worker.get(DataSource);
    const yesterday = addCalendarDays(vietnamDate(new Date()), -1);
    const result = await worker
      .get(MaintenanceProcessor)
      .process({ name: JobName.RefreshReportRollup, data: {} } as Job);
    expect(result).toMatchObject({ through: yesterday });
    const [state] = (await db.query(
      `SELECT to_char(closed_through, 'YYYY-MM-DD') AS closed FROM report_rollup_state`,
    )) as { closed: string }[];
    // a holiday edited meanwhile by another suite may only move it back, never past yesterday
    expect(state.closed <= yesterday).toBe(true);
  });
});
