import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { QueueName } from '@motcua/queue';
import { WorkerHeartbeat } from './worker-heartbeat.service';

@Module({
  imports: [BullModule.registerQueue({ name: QueueName.Maintenance })],
  providers: [WorkerHeartbeat],
})
export class WorkerHealthModule {}
