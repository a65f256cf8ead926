import { Injectable } from '@nestjs/common';
import { JobName, JobPayloads, OnJob } from '@motcua/queue';
import { DelayedError, Job } from 'bullmq';
import { ApplicantNotifier, NotifyOutcome } from './applicant-notifier.service';

/** How often a notice that waits for an earlier one looks again. */
export const NOTICE_ORDER_RETRY_MS = 2_000;
/**
 * How long a notice waits for an earlier one at most (longer than intake's whole retry
 * schedule, 8 attempts with exponential back-off from 2 s): then it goes all the same.
 */
export const NOTICE_ORDER_MAX_WAIT_MS = 10 * 60_000;

/** The `notify-applicant` job: a notice that must wait for an earlier one comes back later. */
@Injectable()
export class NotifyApplicantJob {
  constructor(private readonly notifier: ApplicantNotifier) {}

  @OnJob(JobName.NotifyApplicant)
  async run(
    job: Job<JobPayloads[JobName.NotifyApplicant]>,
    token?: string,
  ): Promise<NotifyOutcome> {
    const outcome = await this.notifier.notify(job.data.outboxId, job.data.event, {
      mayWait: Date.now() - job.timestamp < NOTICE_ORDER_MAX_WAIT_MS,
    });
    if (outcome !== 'waiting') return outcome;
    // not a failure: the job comes back later without using up an attempt
    await job.moveToDelayed(Date.now() + NOTICE_ORDER_RETRY_MS, token);
    throw new DelayedError();
  }
}
