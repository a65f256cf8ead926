import { Module } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { OperationsModule } from '../operations/operations.module';
import { HealthController, OperatorHealthController } from './health.controller';
import { QueueDepthIndicator } from './queue-depth.health';
import { WorkersIndicator } from './workers.health';
import { RedisHealthIndicator } from './redis.health';

@Module({
  imports: [TerminusModule.forRoot({ logger: false }), OperationsModule],
  controllers: [HealthController, OperatorHealthController],
  providers: [RedisHealthIndicator, QueueDepthIndicator, WorkersIndicator],
})
export class HealthModule {}
