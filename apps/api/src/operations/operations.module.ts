import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { AppConfig } from '@motcua/config';
import { bullConnection, QueueName } from '@motcua/queue';
import { OperationsController } from './operations.controller';
import { QueueOperationsService } from './queue-operations.service';

/**
 * Operators' view of the background queues. The API only produces and inspects jobs here:
 * processors live in the worker, never in the API.
 */
@Module({
  imports: [
    BullModule.forRootAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({
        connection: bullConnection(config.get('REDIS_URL')),
        prefix: config.get('QUEUE_PREFIX'),
      }),
    }),
    BullModule.registerQueue(
      { name: QueueName.Maintenance },
      { name: QueueName.Notifications },
      { name: QueueName.Postal },
      { name: QueueName.Intake },
    ),
  ],
  controllers: [OperationsController],
  providers: [QueueOperationsService],
  exports: [QueueOperationsService],
})
export class OperationsModule {}
