import { Injectable } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';
import { AppConfig } from '@motcua/config';
import { InjectRedis, liveWorkersKey, WORKER_LIVE_MS } from '@motcua/queue';
import type Redis from 'ioredis';

/**
 * Workers that beat in the last 30 s: one ZCOUNT on a bounded sorted set (the workers' beats),
 * never a scan of the key space. Always `up` for the API: no live worker delays background
 * work but does not stop requests.
 */
@Injectable()
export class WorkersIndicator {
  constructor(
    @InjectRedis() private readonly redis: Redis,
    private readonly config: AppConfig,
    private readonly indicators: HealthIndicatorService,
  ) {}

  async live(key = 'workers') {
    const indicator = this.indicators.check(key);
    try {
      if (this.redis.status !== 'ready') throw new Error('Redis not connected');
      const live = await this.redis.zcount(
        liveWorkersKey(this.config.get('QUEUE_PREFIX')),
        Date.now() - WORKER_LIVE_MS,
        '+inf',
      );
      return indicator.up({ live });
    } catch {
      return indicator.up({ message: 'Worker heartbeats unavailable' });
    }
  }
}
