import { ThrottlerStorageRedisService } from '@nest-lab/throttler-storage-redis';
import { applyDecorators, Module, UseGuards } from '@nestjs/common';
import { ApiTooManyRequestsResponse } from '@nestjs/swagger';
import { SkipThrottle, ThrottlerGuard, ThrottlerModule } from '@nestjs/throttler';
import { AppConfig } from '@motcua/config';
import { REDIS_CLIENT } from '@motcua/queue';
import type Redis from 'ioredis';

const MINUTE_MS = 60_000;
export type RateLimitName = 'auth' | 'tracking';
const NAMES: RateLimitName[] = ['auth', 'tracking'];

/**
 * Named limits per client address, counted in Redis so they hold across API replicas.
 * Routes opt in with `@RateLimited(name)`.
 */
@Module({
  imports: [
    ThrottlerModule.forRootAsync({
      inject: [AppConfig, REDIS_CLIENT],
      useFactory: (config: AppConfig, redis: Redis) => ({
        throttlers: [
          { name: 'auth', ttl: MINUTE_MS, limit: config.get('AUTH_RATE_LIMIT_PER_MINUTE') },
          { name: 'tracking', ttl: MINUTE_MS, limit: config.get('TRACKING_RATE_LIMIT_PER_MINUTE') },
        ],
        storage: new ThrottlerStorageRedisService(redis),
      }),
    }),
  ],
})
export class RateLimitModule {}

export function RateLimited(name: RateLimitName) {
  const skipOthers = Object.fromEntries(NAMES.filter((n) => n !== name).map((n) => [n, true]));
  return applyDecorators(
    SkipThrottle(skipOthers),
    UseGuards(ThrottlerGuard),
    ApiTooManyRequestsResponse({
      description: 'Rate limited (problem+json), retry after a minute.',
    }),
  );
}
