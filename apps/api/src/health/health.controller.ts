import { Controller, Get } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { HealthCheck, HealthCheckService, TypeOrmHealthIndicator } from '@nestjs/terminus';
import { Public } from '@motcua/auth';
import { QueueDepthIndicator } from './queue-depth.health';
import { WorkersIndicator } from './workers.health';
import { RedisHealthIndicator } from './redis.health';

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly database: TypeOrmHealthIndicator,
    private readonly redis: RedisHealthIndicator,
    private readonly queues: QueueDepthIndicator,
    private readonly workers: WorkersIndicator,
  ) {}

  @Get()
  @Public()
  @HealthCheck()
  @ApiOperation({
    summary: 'Liveness and readiness: PostgreSQL and Redis (503 when either is down)',
    description:
      'Also reports the depth of each background queue (waiting, delayed, failed) as `queues`, ' +
      'which is information only and always `up`.',
  })
  check() {
    return this.health.check([
      () => this.database.pingCheck('database', { timeout: 1500 }),
      () => this.redis.isHealthy('redis'),
      () => this.queues.depth('queues'),
      () => this.workers.live('workers'),
    ]);
  }
}
