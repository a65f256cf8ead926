import { Injectable } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';
import { AppConfig } from '@motcua/config';
import { InjectRedis, workerHeartbeatKey } from '@motcua/queue';
import type Redis from 'ioredis';

/**
 * Workers that reported themselves healthy in the last 30 s (their heartbeat keys). Always
 * `up` for the API: no live worker delays background work but does not stop requests.
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
      const keys = await this.redis.keys(workerHeartbeatKey(this.config.get('QUEUE_PREFIX')));
      return indicator.up({ live: keys.length });
    } catch {
      return indicator.up({ message: 'Worker heartbeats unavailable' });
    }
  }
}
