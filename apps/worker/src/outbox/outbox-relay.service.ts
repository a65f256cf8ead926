import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { AppConfig } from '@motcua/config';
import { OutboxRepository, OutboxRow } from '@motcua/database';
import { jobsForOutboxEvent, JobName, outboxJobId, QUEUE_OF, QueueName } from '@motcua/queue';
import { Queue } from 'bullmq';
import { DataSource } from 'typeorm';

const BATCH = 200;
/** Beyond the queue defaults: a shipment is retried longer, on the operator-aware schedule. */
const JOB_OPTIONS: Partial<Record<JobName, { attempts: number; backoff: { type: 'custom' } }>> = {
  [JobName.DispatchShipment]: { attempts: 15, backoff: { type: 'custom' } },
};
/** Redis unreachable: give up this batch (the transaction rolls back) and retry on the next tick. */
const PUBLISH_TIMEOUT_MS = 5_000;

/**
 * Publishes outbox events to BullMQ, oldest first, and marks them published, in one
 * transaction per batch. Rows are claimed with FOR UPDATE SKIP LOCKED, so several worker
 * replicas share the work. Each job's id names its event (number and creation instant,
 * `outboxJobId`), so a batch published again after a crash adds no second job.
 */
@Injectable()
export class OutboxRelay implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(OutboxRelay.name);
  private timer?: NodeJS.Timeout;
  private running?: Promise<number>;
  private stopped = false;
  private readonly queues: Partial<Record<QueueName, Queue>>;

  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: OutboxRepository,
    private readonly config: AppConfig,
    @InjectQueue(QueueName.Notifications) notifications: Queue,
    @InjectQueue(QueueName.Postal) postal: Queue,
    @InjectQueue(QueueName.Intake) intake: Queue,
    @InjectQueue(QueueName.Maintenance) maintenance: Queue,
  ) {
    this.queues = {
      [QueueName.Notifications]: notifications,
      [QueueName.Postal]: postal,
      [QueueName.Intake]: intake,
      [QueueName.Maintenance]: maintenance,
    };
  }

  onApplicationBootstrap(): void {
    this.schedule();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running?.catch(() => undefined);
  }

  /** Publishes everything pending; returns how many events were published. */
  async drain(): Promise<number> {
    let total = 0;
    for (;;) {
      const published = await this.publishBatch();
      total += published;
      if (published < BATCH) return total;
    }
  }

  private schedule(): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.running = this.drain();
      this.running
        .catch((error: Error) => this.logger.warn(`Outbox not published yet: ${error.message}`))
        .finally(() => this.schedule());
    }, this.config.get('OUTBOX_POLL_MS'));
  }

  private publishBatch(): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      const rows = await this.outbox.claimUnpublished(manager, BATCH);
      if (rows.length === 0) return 0;
      await withTimeout(Promise.all(this.jobsOf(rows)), PUBLISH_TIMEOUT_MS);
      await this.outbox.markPublished(
        manager,
        rows.map((row) => row.id),
      );
      return rows.length;
    });
  }

  /** One addBulk per queue for the batch's jobs. */
  private jobsOf(rows: OutboxRow[]): Promise<unknown>[] {
    const byQueue = new Map<
      QueueName,
      { name: JobName; data: object; opts: { jobId: string } }[]
    >();
    for (const row of rows) {
      for (const job of jobsForOutboxEvent(row.type, row.payload)) {
        const queue = QUEUE_OF[job];
        const list = byQueue.get(queue) ?? [];
        list.push({
          name: job,
          data: { outboxId: row.id, type: row.type, event: row.payload },
          opts: { jobId: outboxJobId(row, job), ...JOB_OPTIONS[job] },
        });
        byQueue.set(queue, list);
      }
    }
    return [...byQueue].map(([queue, jobs]) => {
      const target = this.queues[queue];
      if (!target) throw new Error(`No queue registered for ${queue}`);
      return target.addBulk(jobs);
    });
  }
}

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`Redis did not answer within ${ms} ms`)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}
