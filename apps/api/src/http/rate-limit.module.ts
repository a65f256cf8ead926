import { isIP } from 'node:net';
import { applyDecorators, Global, Injectable, Module, UseGuards } from '@nestjs/common';
import { ApiTooManyRequestsResponse } from '@nestjs/swagger';
import {
  InjectThrottlerStorage,
  SkipThrottle,
  ThrottlerException,
  ThrottlerGuard,
  ThrottlerModule,
  ThrottlerStorage,
} from '@nestjs/throttler';
import { AppConfig } from '@motcua/config';
import { REDIS_CLIENT } from '@motcua/queue';
import type Redis from 'ioredis';

const MINUTE_MS = 60_000;
export type RateLimitName = 'auth' | 'tracking';
const NAMES: RateLimitName[] = ['auth', 'tracking'];

function limitsOf(config: AppConfig): Record<RateLimitName, number> {
  return {
    auth: config.get('AUTH_RATE_LIMIT_PER_MINUTE'),
    tracking: config.get('TRACKING_RATE_LIMIT_PER_MINUTE'),
  };
}

/**
 * One hit in a fixed window: the first hit starts the window's expiry; returns the hits so
 * far and the milliseconds left in the window.
 */
const HIT_SCRIPT = `
local hits = redis.call('INCR', KEYS[1])
local left = redis.call('PTTL', KEYS[1])
if left < 0 then
  redis.call('PEXPIRE', KEYS[1], ARGV[1])
  left = tonumber(ARGV[1])
end
return {hits, left}`;

type ThrottlerStorageRecord = Awaited<ReturnType<ThrottlerStorage['increment']>>;

type RedisWithHit = Redis & {
  motcuaThrottleHit(key: string, windowMs: number): Promise<[number, number]>;
};

/**
 * @nestjs/throttler's storage in Redis, so limits hold across API replicas: one EVALSHA of a
 * three-command script per request (the script itself is sent only when Redis lacks it).
 * @nest-lab/throttler-storage-redis sent its whole script with EVAL and ran up to six
 * commands on every request. An address over the limit is refused until its window ends (at
 * most the `ttl`, a minute, which `Retry-After` says): `blockDuration` is the window here,
 * as it is by default.
 */
export class RedisThrottlerStorage implements ThrottlerStorage {
  private readonly redis: RedisWithHit;

  constructor(redis: Redis) {
    if (!('motcuaThrottleHit' in redis)) {
      redis.defineCommand('motcuaThrottleHit', { numberOfKeys: 1, lua: HIT_SCRIPT });
    }
    this.redis = redis as RedisWithHit;
  }

  async increment(
    key: string,
    ttl: number,
    limit: number,
    _blockDuration: number,
    throttlerName: string,
  ): Promise<ThrottlerStorageRecord> {
    const [totalHits, leftMs] = await this.redis.motcuaThrottleHit(
      `motcua:throttle:${throttlerName}:${key}`,
      ttl,
    );
    const isBlocked = totalHits > limit;
    const seconds = Math.ceil(leftMs / 1000);
    return {
      totalHits,
      timeToExpire: seconds,
      isBlocked,
      timeToBlockExpire: isBlocked ? seconds : 0,
    };
  }
}

/**
 * A limit counted by the route itself rather than by the guard, with the same storage and
 * limits: public tracking counts the hit while it looks the dossier up, so the two round
 * trips overlap instead of following each other.
 */
@Injectable()
export class RateLimiter {
  private readonly limits: Record<RateLimitName, number>;

  constructor(
    @InjectThrottlerStorage() private readonly storage: ThrottlerStorage,
    config: AppConfig,
  ) {
    this.limits = limitsOf(config);
  }

  /** Counts one request of `address` on `route`; resolves false once over the limit. */
  async hit(name: RateLimitName, route: string, address: string): Promise<boolean> {
    const { isBlocked } = await this.storage.increment(
      `${route}-${clientOf(address)}`,
      MINUTE_MS,
      this.limits[name],
      MINUTE_MS,
      name,
    );
    return !isBlocked;
  }
}

/** The answer past a limit; the problem-details filter turns it into 429 problem+json. */
export class RateLimitedError extends ThrottlerException {}

/**
 * Named limits per client address, counted in Redis so they hold across API replicas.
 * Routes opt in with `@RateLimited(name)`, or count with `RateLimiter` themselves.
 */
@Global()
@Module({
  imports: [
    ThrottlerModule.forRootAsync({
      inject: [AppConfig, REDIS_CLIENT],
      useFactory: (config: AppConfig, redis: Redis) => {
        const limits = limitsOf(config);
        return {
          throttlers: NAMES.map((name) => ({ name, ttl: MINUTE_MS, limit: limits[name] })),
          storage: new RedisThrottlerStorage(redis),
        };
      },
    }),
  ],
  providers: [RateLimiter],
  exports: [RateLimiter],
})
export class RateLimitModule {}

/** Documents the 429 answer of a rate-limited route. */
export const ApiRateLimited = () =>
  ApiTooManyRequestsResponse({
    description: 'Rate limited (problem+json), retry after a minute.',
  });

export function RateLimited(name: RateLimitName) {
  const skipOthers = Object.fromEntries(NAMES.filter((n) => n !== name).map((n) => [n, true]));
  return applyDecorators(SkipThrottle(skipOthers), UseGuards(ThrottlerGuard), ApiRateLimited());
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
