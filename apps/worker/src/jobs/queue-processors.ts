import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import { QueueName } from '@motcua/queue';
import type { Job } from 'bullmq';
import { dispatchBackoffMs } from '../postal/postal-operator';
import { JobHandlers } from './job-handlers.service';

/**
 * A queue's BullMQ worker: each job goes to its `@OnJob` handler (JobHandlers). What differs
 * between queues is only how many jobs run at once and how retries wait.
 */
@Injectable()
abstract class QueueProcessor extends WorkerHost {
  constructor(private readonly handlers: JobHandlers) {
    super();
  }

  process(job: Job, token?: string): Promise<unknown> {
    return this.handlers.run(job, token);
  }
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
