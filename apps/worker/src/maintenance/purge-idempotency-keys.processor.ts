import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger } from '@nestjs/common';
import { AppConfig } from '@motcua/config';
import { QueueName } from '@motcua/queue';
import { DataSource } from 'typeorm';

/** Forgets Idempotency-Keys older than their retention (at least 24 h, API.md). */
@Processor(QueueName.Maintenance)
export class MaintenanceProcessor extends WorkerHost {
  private readonly logger = new Logger(MaintenanceProcessor.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly config: AppConfig,
  ) {
    super();
  }

  async process(): Promise<{ purged: number }> {
    const hours = this.config.get('IDEMPOTENCY_TTL_HOURS');
    const [, purged] = (await this.dataSource.query(
      `DELETE FROM idempotency_keys WHERE created_at < now() - make_interval(hours => $1)`,
      [hours],
    )) as [unknown, number];
    this.logger.log({ purged }, 'Purged expired idempotency keys');
    return { purged };
  }
}
