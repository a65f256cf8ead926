import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { DatabaseHealthRepository } from '@motcua/database';
import { QueueName } from '@motcua/queue';
import { WorkerHeartbeat } from './worker-heartbeat.service';

@Module({
  imports: [BullModule.registerQueue({ name: QueueName.Maintenance })],
  providers: [DatabaseHealthRepository, WorkerHeartbeat],
})
export class WorkerHealthModule {}
