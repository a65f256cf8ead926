import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { AppConfig } from '@motcua/config';
import { QueueName, workerHeartbeatKey } from '@motcua/queue';
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
 * Redis answer, it refreshes a key in Redis (seen in the API's `/health` as live workers) and a
 * local file (for the container's health check).
 */
@Injectable()
export class WorkerHeartbeat implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(WorkerHeartbeat.name);
  private readonly id = `${hostname()}:${process.pid}`;
  private timer?: NodeJS.Timeout;

  constructor(
    private readonly dataSource: DataSource,
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
    const redis = await this.queue.client;
    await redis
      .del(workerHeartbeatKey(this.config.get('QUEUE_PREFIX'), this.id))
      .catch(() => undefined);
  }

  async beat(): Promise<boolean> {
    try {
      await this.dataSource.query('SELECT 1');
      const redis = (await this.queue.client) as unknown as Redis;
      const status = { id: this.id, at: new Date().toISOString(), pid: process.pid };
      await redis.set(
        workerHeartbeatKey(this.config.get('QUEUE_PREFIX'), this.id),
        JSON.stringify(status),
        'EX',
        (INTERVAL_MS * 3) / 1000,
      );
      await writeFile(WORKER_HEALTH_FILE, JSON.stringify(status));
      return true;
    } catch (error) {
      this.logger.warn(`Worker unhealthy: ${(error as Error).message}`);
      return false;
    }
  }
}
