import { BullModule, InjectQueue } from '@nestjs/bullmq';
import {
  Injectable,
  Logger,
  Module,
  OnApplicationBootstrap,
  OnApplicationShutdown,
} from '@nestjs/common';
import { AppConfig } from '@motcua/config';
import {
  IdempotencyKeyRepository,
  ReportRollupRepository,
  RetentionRepository,
} from '@motcua/database';
import { JobName, QueueName } from '@motcua/queue';
import { Queue, RepeatOptions } from 'bullmq';
import { PurgeIdempotencyKeys } from './purge-idempotency-keys.job';
import { PurgeRetention } from './purge-retention.job';
import { RefreshReportRollup } from './refresh-report-rollup.job';

/** Every repeatable job of the worker (all on the Maintenance queue): the one list of schedules. */
export const MAINTENANCE_SCHEDULES: { job: JobName; repeat: Omit<RepeatOptions, 'key'> }[] = [
  { job: JobName.PurgeIdempotencyKeys, repeat: { pattern: '17 * * * *' } },
  // 07:00 in Vietnam, Monday to Friday (the watch skips holidays itself)
  { job: JobName.WatchDeadlines, repeat: { pattern: '0 7 * * 1-5', tz: 'Asia/Ho_Chi_Minh' } },
  // every hour: the first run after midnight closes the day before, later runs catch up
  // after a holiday change
  { job: JobName.RefreshReportRollup, repeat: { pattern: '5 * * * *', tz: 'Asia/Ho_Chi_Minh' } },
  // nightly, at a quiet hour
  { job: JobName.PurgeRetention, repeat: { pattern: '40 2 * * *', tz: 'Asia/Ho_Chi_Minh' } },
];

/**
 * Registers the repeatable jobs with `upsertJobScheduler` (every worker replica may: BullMQ
 * keeps one scheduler per id) at start-up, runs the rollup once, and then, every
 * `SCHEDULE_CHECK_MS` and whenever the connection to Redis is ready again, puts back any
 * scheduler that is missing: if Redis lost its data (a restart without persistence, a flush,
 * a failover), the schedules return without a worker restart.
 */
@Injectable()
export class MaintenanceSchedule implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(MaintenanceSchedule.name);
  private timer?: NodeJS.Timeout;
  private checking = false;

  constructor(
    @InjectQueue(QueueName.Maintenance) private readonly queue: Queue,
    private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    // off for the queue benchmark, whose measured rounds must not share the worker with a rollup
    if (!this.config.get('MAINTENANCE_SCHEDULES')) return;
    for (const schedule of MAINTENANCE_SCHEDULES) await this.upsert(schedule);
    await this.queue.add(
      JobName.RefreshReportRollup,
      {},
      { removeOnComplete: 100, removeOnFail: 100 },
    );
    // a Redis that comes back after a restart may have come back empty: check at once
    const client = await this.queue.client;
    client.on('ready', () => void this.restoreMissing());
    this.timer = setInterval(
      () => void this.restoreMissing(),
      this.config.get('SCHEDULE_CHECK_MS'),
    );
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
  }

  /** Upserts the schedulers Redis no longer has; returns the jobs put back. */
  async restoreMissing(): Promise<JobName[]> {
    if (this.checking) return [];
    this.checking = true;
    const restored: JobName[] = [];
    try {
      for (const schedule of MAINTENANCE_SCHEDULES) {
        if (await this.queue.getJobScheduler(schedule.job)) continue;
        await this.upsert(schedule);
        restored.push(schedule.job);
      }
      if (restored.length > 0) {
        this.logger.warn({ restored }, 'Repeatable jobs were missing from Redis; scheduled again');
      }
    } catch (error) {
      // Redis away: the next check tries again
      this.logger.debug(`Schedule check failed: ${(error as Error).message}`);
    } finally {
      this.checking = false;
    }
    return restored;
  }

  private upsert(schedule: (typeof MAINTENANCE_SCHEDULES)[number]): Promise<unknown> {
    return this.queue.upsertJobScheduler(schedule.job, schedule.repeat, {
      name: schedule.job,
      data: {},
    });
  }
}

@Module({
  imports: [BullModule.registerQueue({ name: QueueName.Maintenance })],
  providers: [
    IdempotencyKeyRepository,
    ReportRollupRepository,
    RetentionRepository,
    PurgeIdempotencyKeys,
    RefreshReportRollup,
    PurgeRetention,
    MaintenanceSchedule,
  ],
})
export class MaintenanceModule {}
