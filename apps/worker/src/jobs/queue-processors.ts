import { OnWorkerEvent, Processor, WorkerHost } from '@nestjs/bullmq';
import { Injectable, Logger } from '@nestjs/common';
import { QueueName } from '@motcua/queue';
import type { Job } from 'bullmq';
import { dispatchBackoffMs } from '../postal/postal-operator';
import { JobHandlers } from './job-handlers.service';

/**
 * A queue's BullMQ worker: each job goes to its `@OnJob` handler (JobHandlers). What differs
 * between queues is only how many jobs run at once and how retries wait.
 */
@Injectable()
export abstract class QueueProcessor extends WorkerHost {
  private readonly logger = new Logger('Jobs');

  constructor(private readonly handlers: JobHandlers) {
    super();
  }

  process(job: Job, token?: string): Promise<unknown> {
    return this.handlers.run(job, token);
  }

  /**
   * A failed attempt, for the operator. The error's message stays in Redis with the job (Bull
   * Board shows it to the system administrator): it may carry an address or a name.
   */
  @OnWorkerEvent('failed')
  onFailed(job: Job | undefined, error: Error): void {
    const attempts = job?.opts.attempts ?? 1;
    const made = job?.attemptsMade ?? 0;
    const outcome = made >= attempts ? 'failed for good (dead letter)' : 'will be retried';
    this.logger.warn(
      `Job ${job?.name ?? '?'} ${job?.id ?? '?'} attempt ${made} of ${attempts} ${outcome}: ${describeError(error)}`,
    );
  }

  /**
   * BullMQ's own trouble (Redis lost, a job's key gone), not a job's: its message is safe to log.
   * Without a listener BullMQ writes it to stderr, outside the structured log.
   */
  @OnWorkerEvent('error')
  onError(error: Error): void {
    this.logger.error(`Queue worker error: ${error.name}: ${error.message}`);
  }
}

/** An error's kind and code, never its message (see onFailed). */
export function describeError(error: Error): string {
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' || typeof code === 'number'
    ? `${error.name} (${code})`
    : error.name;
}

@Processor(QueueName.Maintenance)
export class MaintenanceProcessor extends QueueProcessor {}

// mails wait on the SMTP server, not on this process: handle several at once
@Processor(QueueName.Notifications, { concurrency: 10 })
export class NotificationsProcessor extends QueueProcessor {}

// each job waits on file reads, PostgreSQL and SMTP rather than on this process
@Processor(QueueName.Intake, { concurrency: 10 })
export class IntakeProcessor extends QueueProcessor {}

@Processor(QueueName.Postal, {
  concurrency: 5,
  // retries of a dispatch wait per dispatchBackoffMs: jittered, and never sooner than Retry-After
  settings: {
    backoffStrategy: (attemptsMade: number, _type?: string, error?: Error) =>
      dispatchBackoffMs(attemptsMade, error),
  },
})
export class PostalProcessor extends QueueProcessor {}
