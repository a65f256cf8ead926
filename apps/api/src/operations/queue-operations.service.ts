import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger } from '@nestjs/common';
import { ConflictError, DomainError, NotFoundError, ServiceUnavailableError } from '@motcua/domain';
import { QueueName } from '@motcua/queue';
import type { Job, Queue } from 'bullmq';
import { offsetOf, Page } from '../http/pagination';
import { FailedJobDto, QueueSummaryDto } from './dto/operations.dto';

/** How long an operator's view waits for Redis before answering 503. */
const REDIS_WAIT_MS = 2_000;

/** Every queue, in a fixed order (lists and summaries follow it). */
export const ALL_QUEUES: QueueName[] = Object.values(QueueName);

/** Read-only views of the BullMQ queues and the retry of dead letters, for operators. */
@Injectable()
export class QueueOperationsService {
  private readonly queues: Map<QueueName, Queue>;
  private readonly logger = new Logger('Queues');
  private lastError: string | null = null;

  constructor(
    @InjectQueue(QueueName.Maintenance) maintenance: Queue,
    @InjectQueue(QueueName.Notifications) notifications: Queue,
    @InjectQueue(QueueName.Postal) postal: Queue,
    @InjectQueue(QueueName.Intake) intake: Queue,
  ) {
    this.queues = new Map([
      [QueueName.Maintenance, maintenance],
      [QueueName.Notifications, notifications],
      [QueueName.Postal, postal],
      [QueueName.Intake, intake],
    ]);
    // without a listener BullMQ prints every reconnection failure to the console
    for (const queue of this.queues.values()) {
      queue.on('error', (error) => this.onQueueError(error));
    }
  }

  private onQueueError(error: Error): void {
    if (error.message === this.lastError) return;
    this.lastError = error.message;
    this.logger.warn(`Queue connection error: ${error.message}`);
  }

  /** The queue instances (Bull Board shows them). */
  all(): Queue[] {
    return ALL_QUEUES.map((name) => this.queue(name));
  }

  summary(): Promise<QueueSummaryDto[]> {
    return this.whileRedisAnswers(() => this.counts());
  }

  private counts(): Promise<QueueSummaryDto[]> {
    return Promise.all(
      ALL_QUEUES.map(async (name) => {
        const counts = await this.queue(name).getJobCounts(
          'waiting',
          'active',
          'delayed',
          'failed',
          'completed',
        );
        return {
          name,
          waiting: counts.waiting ?? 0,
          active: counts.active ?? 0,
          delayed: counts.delayed ?? 0,
          failed: counts.failed ?? 0,
          completed: counts.completed ?? 0,
        };
      }),
    );
  }

  /** Jobs waiting to run or kept as dead letters, per queue (health information). */
  depth(): Promise<Record<QueueName, { waiting: number; delayed: number; failed: number }>> {
    return this.whileRedisAnswers(() => this.depthNow());
  }

  private async depthNow(): Promise<
    Record<QueueName, { waiting: number; delayed: number; failed: number }>
  > {
    const entries = await Promise.all(
      ALL_QUEUES.map(async (name) => {
        const counts = await this.queue(name).getJobCounts('waiting', 'delayed', 'failed');
        const depth = {
          waiting: counts.waiting ?? 0,
          delayed: counts.delayed ?? 0,
          failed: counts.failed ?? 0,
        };
        return [name, depth] as const;
      }),
    );
    return Object.fromEntries(entries) as Record<
      QueueName,
      { waiting: number; delayed: number; failed: number }
    >;
  }

  /**
   * Failed jobs, newest first within a queue, queues in a fixed order; a page may span
   * two queues.
   */
  failed(query: { queue?: QueueName; page: number; limit: number }): Promise<Page<FailedJobDto>> {
    return this.whileRedisAnswers(() => this.failedNow(query));
  }

  private async failedNow(query: {
    queue?: QueueName;
    page: number;
    limit: number;
  }): Promise<Page<FailedJobDto>> {
    const names = query.queue ? [query.queue] : ALL_QUEUES;
    const counts = await Promise.all(names.map((name) => this.queue(name).getFailedCount()));
    const total = counts.reduce((sum, n) => sum + n, 0);
    let skip = offsetOf(query);
    let wanted = query.limit;
    const items: FailedJobDto[] = [];
    for (let i = 0; i < names.length && wanted > 0; i++) {
      if (skip >= counts[i]) {
        skip -= counts[i];
        continue;
      }
      const jobs = await this.queue(names[i]).getFailed(skip, skip + wanted - 1);
      for (const job of jobs.filter(Boolean)) items.push(toFailedJob(names[i], job));
      wanted -= jobs.length;
      skip = 0;
    }
    return { items, total, page: query.page, limit: query.limit };
  }

  /** Puts a failed job back to waiting; 404 when unknown, 409 when it is not failed. */
  retry(queueName: string, id: string): Promise<void> {
    return this.whileRedisAnswers(() => this.retryNow(queueName, id));
  }

  private async retryNow(queueName: string, id: string): Promise<void> {
    const queue = this.queues.get(queueName as QueueName);
    if (!queue) throw new NotFoundError('Không tìm thấy hàng đợi.');
    const job = await queue.getJob(id);
    if (!job) throw new NotFoundError('Không tìm thấy công việc.');
    const state = await job.getState();
    if (state !== 'failed') {
      throw new ConflictError(
        `Công việc không ở trạng thái thất bại (hiện tại: ${state}), không thể chạy lại.`,
      );
    }
    try {
      await job.retry('failed');
    } catch {
      // moved by someone else between the check and the retry
      throw new ConflictError('Công việc vừa đổi trạng thái, không thể chạy lại.');
    }
  }

  /** Whether the queues' Redis connection is up right now (Bull Board asks before each call). */
  async redisReady(): Promise<boolean> {
    try {
      await this.whileRedisAnswers(async () => undefined);
      return true;
    } catch {
      return false;
    }
  }

  /**
   * Runs `work` only while Redis answers, and within REDIS_WAIT_MS: the queue clients wait
   * for Redis indefinitely (BullMQ's setting), so without this an operator's request hangs
   * for as long as Redis is away. Otherwise 503 with Retry-After.
   */
  private async whileRedisAnswers<T>(work: () => Promise<T>): Promise<T> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error('Redis did not answer in time')), REDIS_WAIT_MS);
    });
    try {
      const client = await Promise.race([this.queue(QueueName.Maintenance).client, timeout]);
      if (client.status !== 'ready') throw new Error(`Redis connection ${client.status}`);
      return await Promise.race([work(), timeout]);
    } catch (error) {
      if (error instanceof DomainError) throw error;
      this.onQueueError(error as Error);
      throw new ServiceUnavailableError(
        'Không kết nối được tới hàng đợi công việc (Redis). Vui lòng thử lại sau ít phút.',
      );
    } finally {
      clearTimeout(timer);
    }
  }

  private queue(name: QueueName): Queue {
    const queue = this.queues.get(name);
    if (!queue) throw new NotFoundError('Không tìm thấy hàng đợi.');
    return queue;
  }
}

function toFailedJob(queue: QueueName, job: Job): FailedJobDto {
  return {
    queue,
    id: String(job.id),
    name: job.name,
    failedReason: job.failedReason,
    attemptsMade: job.attemptsMade,
    timestamp: job.timestamp,
    finishedOn: job.finishedOn ?? null,
    // our payloads carry ids and codes only (libs/queue/src/queues.ts), nothing personal
    data: job.data,
  };
}
