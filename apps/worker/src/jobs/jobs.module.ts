import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { QueueName } from '@motcua/queue';
import { JobHandlers } from './job-handlers.service';
import {
  IntakeProcessor,
  MaintenanceProcessor,
  NotificationsProcessor,
  PostalProcessor,
} from './queue-processors';

/** One BullMQ worker per queue, and the `@OnJob` handlers they run the jobs with. */
@Module({
  imports: [
    DiscoveryModule,
    BullModule.registerQueue(
      { name: QueueName.Maintenance },
      { name: QueueName.Notifications },
      { name: QueueName.Intake },
      { name: QueueName.Postal },
    ),
  ],
  providers: [
    JobHandlers,
    MaintenanceProcessor,
    NotificationsProcessor,
    IntakeProcessor,
    PostalProcessor,
  ],
})
export class JobsModule {}
