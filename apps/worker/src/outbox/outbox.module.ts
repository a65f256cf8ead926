import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { OutboxRepository } from '@motcua/database';
import { QueueName } from '@motcua/queue';
import { OutboxRelay } from './outbox-relay.service';

@Module({
  imports: [
    BullModule.registerQueue(
      { name: QueueName.Notifications },
      { name: QueueName.Postal },
      { name: QueueName.Intake },
      { name: QueueName.Maintenance },
    ),
  ],
  providers: [OutboxRepository, OutboxRelay],
  exports: [OutboxRelay],
})
export class OutboxModule {}
