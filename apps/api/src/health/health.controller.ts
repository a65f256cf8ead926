import { Controller, Get } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { HealthCheck, HealthCheckService, TypeOrmHealthIndicator } from '@nestjs/terminus';
import { Authenticated, Public } from '@motcua/auth';
import { Role } from '@motcua/domain';
import { QueueDepthIndicator } from './queue-depth.health';
import { WorkersIndicator } from './workers.health';
import { RedisHealthIndicator } from './redis.health';

/**
 * `/health` for load balancers and anyone: up or down, nothing more. What an operator needs to
 * judge the background work (queue depths, failed jobs, live workers) is behind SYSTEM_ADMIN.
 */
@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly database: TypeOrmHealthIndicator,
    private readonly redis: RedisHealthIndicator,
  ) {}

  @Get()
  @Public()
  @HealthCheck()
  @ApiOperation({
    summary: 'Liveness and readiness: PostgreSQL and Redis (503 when either is down)',
    description:
      'Only `up`/`down` per dependency; queue and worker figures are in ' +
      '`GET /api/v1/admin/health` (SYSTEM_ADMIN). A 503 carries `Retry-After`.',
  })
  check() {
    return this.health.check([
      () => this.database.pingCheck('database', { timeout: 1500 }),
      () => this.redis.isHealthy('redis'),
    ]);
  }
}

@ApiTags('health')
@Controller('admin/health')
export class OperatorHealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly database: TypeOrmHealthIndicator,
    private readonly redis: RedisHealthIndicator,
    private readonly queues: QueueDepthIndicator,
    private readonly workers: WorkersIndicator,
  ) {}

  @Get()
  @Authenticated(Role.SystemAdmin)
  @HealthCheck()
  @ApiOperation({
    summary: 'Detailed readiness for operators (SYSTEM_ADMIN): dependencies, queues, live workers',
    description:
      'PostgreSQL and Redis as in `/health` (503 when either is down), plus `queues`: jobs ' +
      'waiting, delayed and failed per queue, and `workers.live`: workers that reported in ' +
      'the last 30 s. Those two are information only and always `up`.',
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
