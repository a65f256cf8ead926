import { isIP } from 'node:net';
import {
  applyDecorators,
  CanActivate,
  ExecutionContext,
  Global,
  Injectable,
  Module,
  SetMetadata,
  UseGuards,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ApiTooManyRequestsResponse } from '@nestjs/swagger';
import { AppConfig } from '@motcua/config';
import { DomainError, ErrorCode } from '@motcua/domain';
import { InjectRedis } from '@motcua/queue';
import type { FastifyRequest } from 'fastify';
import type Redis from 'ioredis';

export type RateLimitName = 'auth' | 'tracking';
const RATE_LIMIT = 'motcua:rateLimit';
export const RATE_LIMIT_WINDOW_MS = 60_000;
const KEY_PREFIX = 'motcua:rate';

/**
 * One hit in a fixed window: the first hit of a window starts its expiry, so an address over
 * the limit is refused until its window ends (at most a minute, the `Retry-After` we send).
 * One EVALSHA round trip (ioredis sends the script itself only when Redis lacks it).
 */
const HIT_SCRIPT = `
local hits = redis.call('INCR', KEYS[1])
if hits == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
return hits`;

type RedisWithHit = Redis & { motcuaRateHit(key: string, windowMs: number): Promise<number> };

export class RateLimitedError extends DomainError {
  constructor() {
    super(ErrorCode.RateLimited, 'Bạn đã gửi quá nhiều yêu cầu. Vui lòng thử lại sau ít phút.');
  }
}

/**
 * Named limits per client address and minute, counted in Redis so they hold across API
 * replicas. Routes opt in with `@RateLimited(name)`; a hot route may call `hit` itself,
 * alongside its own work (public tracking does, with its database lookup).
 */
@Injectable()
export class RateLimiter {
  private readonly limits: Record<RateLimitName, number>;
  private readonly redis: RedisWithHit;

  constructor(@InjectRedis() redis: Redis, config: AppConfig) {
    this.limits = {
      auth: config.get('AUTH_RATE_LIMIT_PER_MINUTE'),
      tracking: config.get('TRACKING_RATE_LIMIT_PER_MINUTE'),
    };
    if (!('motcuaRateHit' in redis)) {
      redis.defineCommand('motcuaRateHit', { numberOfKeys: 1, lua: HIT_SCRIPT });
    }
    this.redis = redis as RedisWithHit;
  }

  /**
   * Counts one request of the client at `address` against the limit `name` on `route`
   * (each route has its own count). Resolves false once the limit is exceeded.
   */
  async hit(name: RateLimitName, route: string, address: string): Promise<boolean> {
    const key = `${KEY_PREFIX}:${name}:${route}:${clientOf(address)}`;
    const hits = await this.redis.motcuaRateHit(key, RATE_LIMIT_WINDOW_MS);
    return hits <= this.limits[name];
  }
}

/** Guard of the routes marked `@RateLimited(name)`: 429 problem+json past the limit. */
@Injectable()
export class RateLimitGuard implements CanActivate {
  constructor(
    private readonly limiter: RateLimiter,
    private readonly reflector: Reflector,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const name = this.reflector.get<RateLimitName>(RATE_LIMIT, context.getHandler());
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    const route = `${context.getClass().name}.${context.getHandler().name}`;
    if (!(await this.limiter.hit(name, route, request.ip))) throw new RateLimitedError();
    return true;
  }
}

@Global()
@Module({
  providers: [RateLimiter, RateLimitGuard],
  exports: [RateLimiter, RateLimitGuard],
})
export class RateLimitModule {}

/** Documents the 429 answer of a rate-limited route. */
export const ApiRateLimited = () =>
  ApiTooManyRequestsResponse({
    description: 'Rate limited (problem+json), retry after a minute.',
  });

export function RateLimited(name: RateLimitName) {
  return applyDecorators(
    SetMetadata(RATE_LIMIT, name),
    UseGuards(RateLimitGuard),
    ApiRateLimited(),
  );
}

/**
 * Whom a limit counts: the IPv4 address, or the /64 network of an IPv6 address (one
 * household or server gets a whole /64, so counting single addresses would be no limit).
 */
export function clientOf(address: string): string {
  // an IPv4 address, or an IPv6 one with a dotted tail (rare; counted whole)
  if (
    isIP(address) !== 6 ||
    (address.includes('.') && !address.toLowerCase().startsWith('::ffff:'))
  ) {
    return address;
  }
  const lower = address.toLowerCase();
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(lower);
  if (mapped) return mapped[1];
  const [head, tail = ''] = lower.split('::');
  const left = head ? head.split(':') : [];
  const right = lower.includes('::') && tail ? tail.split(':') : [];
  const groups = [...left, ...Array(8 - left.length - right.length).fill('0'), ...right];
  return `${groups
    .slice(0, 4)
    .map((g) => parseInt(g, 16).toString(16))
    .join(':')}::/64`;
}
