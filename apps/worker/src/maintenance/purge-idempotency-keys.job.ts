import { Injectable, Logger } from '@nestjs/common';
import { AppConfig } from '@motcua/config';
import { IdempotencyKeyRepository } from '@motcua/database';
import { JobName, OnJob } from '@motcua/queue';
import { DataSource } from 'typeorm';

/** Forgets Idempotency-Keys older than their retention (IDEMPOTENCY_TTL_HOURS, at least 24 h). */
@Injectable()
export class PurgeIdempotencyKeys {
  private readonly logger = new Logger(PurgeIdempotencyKeys.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly keys: IdempotencyKeyRepository,
    private readonly config: AppConfig,
  ) {}

  @OnJob(JobName.PurgeIdempotencyKeys)
  async run(): Promise<{ purged: number }> {
    const purged = await this.keys.purgeOlderThan(
      this.dataSource.manager,
      this.config.get('IDEMPOTENCY_TTL_HOURS'),
    );
    this.logger.log({ purged }, 'Purged expired idempotency keys');
    return { purged };
  }
}
