import { Injectable, Logger } from '@nestjs/common';
import { AppConfig } from '@motcua/config';
import { RetentionPurge, RetentionRepository } from '@motcua/database';
import { JobName, OnJob } from '@motcua/queue';
import { DataSource } from 'typeorm';

/** Finished bookkeeping older than RETENTION_DAYS (never pending or unpublished rows). */
@Injectable()
export class PurgeRetention {
  private readonly logger = new Logger(PurgeRetention.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly retention: RetentionRepository,
    private readonly config: AppConfig,
  ) {}

  @OnJob(JobName.PurgeRetention)
  async run(): Promise<RetentionPurge> {
    const purged = await this.retention.purgeExpired(
      this.dataSource.manager,
      this.config.get('RETENTION_DAYS'),
    );
    this.logger.log(purged, 'Purged expired outbox, postal inbox and delivery rows');
    return purged;
  }
}
