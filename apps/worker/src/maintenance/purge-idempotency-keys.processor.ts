import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger } from '@nestjs/common';
import { AppConfig } from '@motcua/config';
import {
  IdempotencyKeyRepository,
  ReportRollupRepository,
  RetentionPurge,
  RetentionRepository,
  RollupRefresh,
} from '@motcua/database';
import { vietnamDate } from '@motcua/domain';
import { JobName, QueueName, HandlesJobs } from '@motcua/queue';
import { Job } from 'bullmq';
import { DataSource } from 'typeorm';
import { DeadlineWatch, DeadlineWatchResult } from '../deadlines/deadline-watch.service';

/**
 * The Maintenance queue's one processor. It forgets Idempotency-Keys older than their
 * retention (at least 24 h), runs the deadline watch, brings the reports' rollup up to
 * yesterday, and purges finished bookkeeping after RETENTION_DAYS.
 */
@HandlesJobs(
  JobName.PurgeIdempotencyKeys,
  JobName.WatchDeadlines,
  JobName.RefreshReportRollup,
  JobName.PurgeRetention,
)
@Processor(QueueName.Maintenance)
export class MaintenanceProcessor extends WorkerHost {
  private readonly logger = new Logger(MaintenanceProcessor.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly deadlines: DeadlineWatch,
    private readonly idempotencyKeys: IdempotencyKeyRepository,
    private readonly rollup: ReportRollupRepository,
    private readonly retention: RetentionRepository,
  ) {
    super();
  }

  process(
    job: Job,
  ): Promise<{ purged: number } | DeadlineWatchResult | RollupRefresh | RetentionPurge> {
    switch (job.name as JobName) {
      case JobName.PurgeIdempotencyKeys:
        return this.purge();
      case JobName.WatchDeadlines:
        return this.deadlines.run();
      case JobName.RefreshReportRollup:
        return this.refreshRollup();
      case JobName.PurgeRetention:
        return this.purgeRetention();
      default:
        return Promise.reject(new Error(`Unknown maintenance job ${job.name}`));
    }
  }

  private async refreshRollup(): Promise<RollupRefresh> {
    const refresh = await this.rollup.refresh(this.dataSource, { today: vietnamDate(new Date()) });
    this.logger.log(refresh, 'Report rollup refreshed');
    return refresh;
  }

  /** Finished bookkeeping older than RETENTION_DAYS (never pending or unpublished rows). */
  private async purgeRetention(): Promise<RetentionPurge> {
    const purged = await this.retention.purgeExpired(
      this.dataSource.manager,
      this.config.get('RETENTION_DAYS'),
    );
    this.logger.log(purged, 'Purged expired outbox, postal inbox and delivery rows');
    return purged;
  }

  private async purge(): Promise<{ purged: number }> {
    const hours = this.config.get('IDEMPOTENCY_TTL_HOURS');
    const purged = await this.idempotencyKeys.purgeOlderThan(this.dataSource.manager, hours);
    this.logger.log({ purged }, 'Purged expired idempotency keys');
    return { purged };
  }
}
