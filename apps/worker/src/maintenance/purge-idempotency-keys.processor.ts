import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger } from '@nestjs/common';
import { AppConfig } from '@motcua/config';
import { JobName, QueueName, HandlesJobs } from '@motcua/queue';
import { Job } from 'bullmq';
import { DataSource } from 'typeorm';
import { DeadlineWatch, DeadlineWatchResult } from '../deadlines/deadline-watch.service';

/**
 * The Maintenance queue's one processor. It forgets Idempotency-Keys older than their
 * retention (at least 24 h, API.md) and runs the deadline watch.
 */
@HandlesJobs(JobName.PurgeIdempotencyKeys, JobName.WatchDeadlines)
@Processor(QueueName.Maintenance)
export class MaintenanceProcessor extends WorkerHost {
  private readonly logger = new Logger(MaintenanceProcessor.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly deadlines: DeadlineWatch,
  ) {
    super();
  }

  process(job: Job): Promise<{ purged: number } | DeadlineWatchResult> {
    switch (job.name as JobName) {
      case JobName.PurgeIdempotencyKeys:
        return this.purge();
      case JobName.WatchDeadlines:
        return this.deadlines.run();
      default:
        return Promise.reject(new Error(`Unknown maintenance job ${job.name}`));
    }
  }

  private async purge(): Promise<{ purged: number }> {
    const hours = this.config.get('IDEMPOTENCY_TTL_HOURS');
    const [, purged] = (await this.dataSource.query(
      `DELETE FROM idempotency_keys WHERE created_at < now() - make_interval(hours => $1)`,
      [hours],
    )) as [unknown, number];
    this.logger.log({ purged }, 'Purged expired idempotency keys');
    return { purged };
  }
}
