import { BullModule, InjectQueue } from '@nestjs/bullmq';
import { Injectable, Module, OnApplicationBootstrap } from '@nestjs/common';
import { AppConfig } from '@motcua/config';
import { JobName, QueueName } from '@motcua/queue';
import { Queue } from 'bullmq';
import { DeadlineWatch } from './deadline-watch.service';

/** Runs the watch at 07:00 in Vietnam, Monday to Friday (holidays are skipped by the watch). */
@Injectable()
class DeadlineWatchSchedule implements OnApplicationBootstrap {
  constructor(
    @InjectQueue(QueueName.Maintenance) private readonly queue: Queue,
    private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.get('MAINTENANCE_SCHEDULES')) return;
    // upsert: every worker replica may call it; BullMQ keeps one scheduler per id
    await this.queue.upsertJobScheduler(
      JobName.WatchDeadlines,
      { pattern: '0 7 * * 1-5', tz: 'Asia/Ho_Chi_Minh' },
      { name: JobName.WatchDeadlines, data: {} },
    );
  }
}

/** The deadline watch; its jobs run on the Maintenance queue's processor. */
@Module({
  imports: [BullModule.registerQueue({ name: QueueName.Maintenance })],
  providers: [DeadlineWatch, DeadlineWatchSchedule],
  exports: [DeadlineWatch],
})
export class DeadlinesModule {}
