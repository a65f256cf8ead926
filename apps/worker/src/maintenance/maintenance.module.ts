import { BullModule, InjectQueue } from '@nestjs/bullmq';
import { Injectable, Module, OnApplicationBootstrap } from '@nestjs/common';
import { AppConfig } from '@motcua/config';
import { JobName, QueueName } from '@motcua/queue';
import { Queue } from 'bullmq';
import { DeadlinesModule } from '../deadlines/deadlines.module';
import { MaintenanceProcessor } from './purge-idempotency-keys.processor';

@Injectable()
export class MaintenanceSchedule implements OnApplicationBootstrap {
  constructor(
    @InjectQueue(QueueName.Maintenance) private readonly queue: Queue,
    private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    // off for the queue benchmark, whose measured rounds must not share the worker with a rollup
    if (!this.config.get('MAINTENANCE_SCHEDULES')) return;
    // upsert: every worker replica may call it; BullMQ keeps one scheduler per id
    await this.queue.upsertJobScheduler(
      JobName.PurgeIdempotencyKeys,
      { pattern: '17 * * * *' },
      { name: JobName.PurgeIdempotencyKeys, data: {} },
    );
    // the reports' rollup: every hour (the first run after midnight closes the day before,
    // later runs catch up after a holiday change), and once now at start-up
    await this.queue.upsertJobScheduler(
      JobName.RefreshReportRollup,
      { pattern: '5 * * * *', tz: 'Asia/Ho_Chi_Minh' },
      { name: JobName.RefreshReportRollup, data: {} },
    );
    await this.queue.add(
      JobName.RefreshReportRollup,
      {},
      { removeOnComplete: 100, removeOnFail: 100 },
    );
  }
}

@Module({
  imports: [BullModule.registerQueue({ name: QueueName.Maintenance }), DeadlinesModule],
  providers: [MaintenanceProcessor, MaintenanceSchedule],
})
export class MaintenanceModule {}
