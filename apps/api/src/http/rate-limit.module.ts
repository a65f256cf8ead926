import { isIP } from 'node:net';
import {
  applyDecorators,
  Global,
  Injectable,
  Logger,
  Module,
  OnModuleDestroy,
  UseGuards,
} from '@nestjs/common';
import { ApiTooManyRequestsResponse } from '@nestjs/swagger';
import {
  SkipThrottle,
  ThrottlerException,
  ThrottlerGuard,
  ThrottlerModule,
  ThrottlerStorage,
} from '@nestjs/throttler';
import { AppConfig } from '@motcua/config';
import { InjectRedis, REDIS_CLIENT } from '@motcua/queue';
import type Redis from 'ioredis';
import { RedisWithAddHits, withAddHits } from './fixed-window-script';
import { problemAnswer } from './api-problems';
import { SharedWindowCounter } from './shared-window-counter';

const MINUTE_MS = 60_000;
/** How long hits counted in-process may wait before they are added in Redis. */
const SYNC_MS = 100;
export type RateLimitName = 'auth' | 'tracking';
const NAMES: RateLimitName[] = ['auth', 'tracking'];

function limitsOf(config: AppConfig): Record<RateLimitName, number> {
  return {
    auth: config.get('AUTH_RATE_LIMIT_PER_MINUTE'),
    tracking: config.get('TRACKING_RATE_LIMIT_PER_MINUTE'),
  };
}

type ThrottlerStorageRecord = Awaited<ReturnType<ThrottlerStorage['increment']>>;

/** A fixed-window counter held in this process: the rate limits' fallback while Redis is away. */
export class LocalWindows {
  private readonly windows = new Map<string, { hits: number; endsAt: number }>();
  private lastSweep = 0;

  /** Adds `hits` (0: only reads); returns the window's hits and the milliseconds left in it. */
  add(key: string, windowMs: number, now = Date.now(), hits = 1): [number, number] {
    if (now - this.lastSweep > windowMs) {
      for (const [k, w] of this.windows) if (w.endsAt <= now) this.windows.delete(k);
      this.lastSweep = now;
    }
    let window = this.windows.get(key);
    if (!window || window.endsAt <= now) {
      window = { hits: 0, endsAt: now + windowMs };
      this.windows.set(key, window);
    }
    window.hits += hits;
    return [window.hits, window.endsAt - now];
  }
}

/**
 * Fixed-window counts in Redis (one EVALSHA of the fixed-window script), so they hold across
 * API replicas. While Redis cannot be reached (not connected, or a command fails) they are
 * counted in this process instead (`LocalWindows`): the routes they guard keep answering and
 * stay limited, per replica rather than across them; logged once per outage.
 */
export class FixedWindowCounts {
  private readonly redis: RedisWithAddHits;
  private readonly local = new LocalWindows();
  private readonly logger = new Logger('RateLimit');
  private redisDown = false;

  constructor(redis: Redis) {
    this.redis = withAddHits(redis);
  }

  /** Adds `hits` to `key`'s window; returns the window's hits and the milliseconds left. */
  async add(key: string, hits: number, windowMs: number): Promise<[number, number]> {
    // not connected: count here at once rather than wait for a reconnection
    if (this.redis.status === 'ready') {
      try {
        const counted = await this.redis.motcuaAddHits(key, hits, windowMs);
        if (this.redisDown) {
          this.redisDown = false;
          this.logger.log('Rate limits counted in Redis again');
        }
        return counted;
      } catch (error) {
        this.fellBack(error);
      }
    } else {
      this.fellBack(new Error(`Redis connection ${this.redis.status}`));
    }
    return this.local.add(key, windowMs, Date.now(), hits);
  }

  private fellBack(error: unknown): void {
    if (this.redisDown) return;
    this.redisDown = true;
    this.logger.warn(
      { err: error instanceof Error ? error.message : String(error) },
      'Rate limits cannot reach Redis; counting in this process until they can',
    );
  }
}

/**
 * @nestjs/throttler's storage in Redis, so limits hold across API replicas: one EVALSHA of a
 * three-command script per request (the script itself is sent only when Redis lacks it).
 * @nest-lab/throttler-storage-redis sent its whole script with EVAL and ran up to six
 * commands on every request. An address over the limit is refused until its window ends (at
 * most the `ttl`, a minute, which `Retry-After` says): `blockDuration` is the window here,
 * as it is by default. While Redis is away the hits are counted in-process
 * (`FixedWindowCounts`), so sign-in, registration and public statistics keep answering.
 */
export class RedisThrottlerStorage implements ThrottlerStorage {
  private readonly counts: FixedWindowCounts;

  /** `prefix`: the installation's Redis key prefix, so two installations count apart. */
  constructor(
    redis: Redis,
    private readonly prefix: string,
  ) {
    this.counts = new FixedWindowCounts(redis);
  }

  async increment(
    key: string,
    ttl: number,
    limit: number,
    _blockDuration: number,
    throttlerName: string,
  ): Promise<ThrottlerStorageRecord> {
    const [totalHits, leftMs] = await this.counts.add(
      `${this.prefix}:throttle:${throttlerName}:${key}`,
      1,
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
 * A limit counted by the route itself rather than by the guard, with the same limits: public
 * tracking, the busiest route, counts hits in-process and settles them with Redis in batches
 * (`SharedWindowCounter`), so most requests make no Redis round trip and a client hammering
 * the route is refused without one.
 */
@Injectable()
export class RateLimiter implements OnModuleDestroy {
  private readonly logger = new Logger(RateLimiter.name);
  private readonly limits: Record<RateLimitName, number>;
  private readonly keyPrefix: string;
  // made on first use: only the limits a route counts itself get a counter
  private readonly counters = new Map<RateLimitName, SharedWindowCounter>();

  constructor(
    @InjectRedis() private readonly redis: Redis,
    config: AppConfig,
  ) {
    this.limits = limitsOf(config);
    this.keyPrefix = config.get('QUEUE_PREFIX');
  }

  /** Counts one request of `address` on `route`; resolves false once over the limit. */
  hit(name: RateLimitName, route: string, address: string): Promise<boolean> {
    return this.counterOf(name).hit(`${route}-${clientOf(address)}`);
  }

  onModuleDestroy(): void {
    for (const counter of this.counters.values()) counter.close();
  }

  private counterOf(name: RateLimitName): SharedWindowCounter {
    let counter = this.counters.get(name);
    if (!counter) {
      counter = new SharedWindowCounter(this.redis, {
        prefix: `${this.keyPrefix}:limit:${name}:`,
        limit: this.limits[name],
        windowMs: MINUTE_MS,
        syncMs: SYNC_MS,
        onRedisError: (error) =>
          this.logger.warn(
            { err: error instanceof Error ? error.message : String(error) },
            'Rate limit counts cannot reach Redis; counting in this process until they can',
          ),
      });
      this.counters.set(name, counter);
    }
    return counter;
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
          storage: new RedisThrottlerStorage(redis, config.get('QUEUE_PREFIX')),
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
  ApiTooManyRequestsResponse(problemAnswer('Rate limited, retry after a minute.'));

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
