import { randomUUID } from 'node:crypto';
import type { INestApplicationContext } from '@nestjs/common';
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

  it("keeps its outbox relay idle, so it takes no other suite's events", async () => {
    const { AppConfig } = await import('@motcua/config');
    // longer than any test file runs: the relay's first tick never comes
    expect(worker.get(AppConfig).get('OUTBOX_POLL_MS')).toBeGreaterThanOrEqual(3_600_000);
  });

  it('routes a reopened rollup from the outbox to its refresh job on the Maintenance queue', async () => {
    const { JobName, QUEUE_OF, QueueName, jobsForOutboxEvent } = await import('@motcua/queue');
    const { OutboxRelay } = await import('../apps/worker/src/outbox/outbox-relay.service');
    const jobs = jobsForOutboxEvent('report.rollup-reopened');
    expect(jobs).toEqual([JobName.RefreshReportRollup]);
    // the relay publishes to the queue of each job: it must hold the Maintenance queue
    const queues = (worker.get(OutboxRelay) as unknown as { queues: Record<string, Queue> }).queues;
    expect(queues[QUEUE_OF[jobs[0]]]?.name).toBe(QueueName.Maintenance);
  });

  /**
   * From nothing rolled up (state reset under the refresh lock, so no worker of another suite
   * refreshes meanwhile) the job rolls every day up to yesterday: closed_through is yesterday
   * and report_daily holds a dossier received two days ago.
   */
  it('rolls every day up to yesterday when its job runs', async () => {
    const { JobName } = await import('@motcua/queue');
    const { ROLLUP_LOCK_KEY } = await import('@motcua/database');
    const { MaintenanceProcessor } = await import('../apps/worker/src/jobs/queue-processors');
    const db = worker.get(DataSource);
    const today = vietnamDate(new Date());
    const yesterday = addCalendarDays(today, -1);
    const twoDaysAgo = addCalendarDays(today, -2);
    const [procedure] = (await db.query(`SELECT id FROM procedures ORDER BY code LIMIT 1`)) as {
      id: string;
    }[];
    // a fixture dossier created and received two days ago, at noon in Vietnam, alone on its
    // procedure and day in its own agency (so the refresh from nothing starts on that day or
    // earlier, whichever suites ran before)
    const [agency] = (await db.query(
      `INSERT INTO agencies (code, name) VALUES ($1, 'Phòng thử tổng hợp') RETURNING id`,
      [`W${randomUUID().slice(0, 2).toUpperCase()}.98.${randomUUID().slice(0, 2)}.R98`],
    )) as { id: string }[];
    await db.query(
      `INSERT INTO dossiers (code, procedure_id, agency_id, applicant_national_id,
         applicant_full_name, channel, status, delivery_method, received_at, appointment_date,
         created_at)
       VALUES (NULL, $1, $2, '001090000002', 'Nguyễn Văn Tổng', 'COUNTER', 'RECEIVED', 'COUNTER',
               ($3::date + time '12:00') AT TIME ZONE 'Asia/Ho_Chi_Minh', '2099-12-31',
               ($3::date + time '12:00') AT TIME ZONE 'Asia/Ho_Chi_Minh')`,
      [procedure.id, agency.id, twoDaysAgo],
    );
    const pinned = db.createQueryRunner();
    await pinned.connect();
    try {
      await pinned.query(`SELECT pg_advisory_lock(${ROLLUP_LOCK_KEY})`);
      await pinned.query('UPDATE report_rollup_state SET closed_through = NULL');
      await pinned.query('DELETE FROM report_daily WHERE agency_id = $1', [agency.id]);
      // the job's refresh runs on the worker's own connections; our session lock is the
      // same key, so let it through by handing the lock over once the state is reset
      await pinned.query(`SELECT pg_advisory_unlock(${ROLLUP_LOCK_KEY})`);
      const result = await worker
        .get(MaintenanceProcessor)
        .process({ name: JobName.RefreshReportRollup, data: {} } as Job);
      expect(result).toMatchObject({ through: yesterday });
      // the job itself recomputed the fixture's day (from the first day with data, or the
      // last few days had another suite's worker refreshed in between)
      const { from } = result as { from: string | null };
      expect(from !== null && from <= twoDaysAgo).toBe(true);
      const [state] = (await pinned.query(
        `SELECT to_char(closed_through, 'YYYY-MM-DD') AS closed FROM report_rollup_state`,
      )) as { closed: string }[];
      expect(state.closed).toBe(yesterday);
      const rows = (await pinned.query(
        `SELECT to_char(day, 'YYYY-MM-DD') AS day, received_counter FROM report_daily
          WHERE agency_id = $1`,
        [agency.id],
      )) as { day: string; received_counter: number }[];
      expect(rows).toEqual([{ day: twoDaysAgo, received_counter: 1 }]);
    } finally {
      await pinned.query(`SELECT pg_advisory_unlock_all()`);
      await pinned.release();
    }
  });
});
