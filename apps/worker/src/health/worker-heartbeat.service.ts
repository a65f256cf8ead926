import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { AppConfig } from '@motcua/config';
import { DatabaseHealthRepository } from '@motcua/database';
import { liveWorkersKey, QueueName, WORKER_LIVE_MS } from '@motcua/queue';
import { Queue } from 'bullmq';
import type Redis from 'ioredis';
import { writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { DataSource } from 'typeorm';

const INTERVAL_MS = 10_000;
/** Read by the worker image's HEALTHCHECK: fresh means PostgreSQL and Redis answered lately. */
export const WORKER_HEALTH_FILE = '/tmp/motcua-worker-health.json';

/**
 * The worker has no HTTP server, so it reports its health itself: every 10 s, if PostgreSQL and
 * Redis answer, it records its beat in a sorted set in Redis (the operators' readiness view,
 * `/api/v1/admin/health`, counts live workers from it) and a local file (for the container's
 * health check).
 */
@Injectable()
export class WorkerHeartbeat implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(WorkerHeartbeat.name);
  private readonly id = `${hostname()}:${process.pid}`;
  private timer?: NodeJS.Timeout;

  constructor(
    private readonly dataSource: DataSource,
    private readonly database: DatabaseHealthRepository,
    private readonly config: AppConfig,
    @InjectQueue(QueueName.Maintenance) private readonly queue: Queue,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.beat();
    this.timer = setInterval(() => void this.beat(), INTERVAL_MS);
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    const redis = (await this.queue.client) as unknown as Redis;
    await redis
      .zrem(liveWorkersKey(this.config.get('QUEUE_PREFIX')), this.id)
      .catch(() => undefined);
  }

  async beat(): Promise<boolean> {
    try {
      await this.database.ping(this.dataSource.manager);
      const redis = (await this.queue.client) as unknown as Redis;
      const status = { id: this.id, at: new Date().toISOString(), pid: process.pid };
      const key = liveWorkersKey(this.config.get('QUEUE_PREFIX'));
      const now = Date.now();
      // one beat per worker, and the set stays bounded: silent workers are dropped
      await redis
        .multi()
        .zadd(key, now, this.id)
        .zremrangebyscore(key, '-inf', now - WORKER_LIVE_MS)
        .pexpire(key, WORKER_LIVE_MS * 2)
        .exec();
      await writeFile(WORKER_HEALTH_FILE, JSON.stringify(status));
      return true;
    } catch (error) {
      this.logger.warn(`Worker unhealthy: ${(error as Error).message}`);
      return false;
    }
  }
}
