import { Processor, WorkerHost } from '@nestjs/bullmq';
import { JobName, JobPayloads, QueueName, HandlesJobs } from '@motcua/queue';
import { DelayedError, Job } from 'bullmq';
import { ApplicantNotifier, NotifyOutcome } from './applicant-notifier.service';
import { PasswordResetMailer, PasswordResetOutcome } from './password-reset-mailer.service';

/** How often a notice that waits for an earlier one looks again. */
export const NOTICE_ORDER_RETRY_MS = 2_000;
/**
 * How long a notice waits for an earlier one at most (longer than intake's whole retry
 * schedule, 8 attempts with exponential back-off from 2 s): then it goes all the same.
 */
export const NOTICE_ORDER_MAX_WAIT_MS = 10 * 60_000;

@HandlesJobs(JobName.NotifyApplicant, JobName.SendPasswordReset)
// mails wait on the SMTP server, not on this process: handle several at once
@Processor(QueueName.Notifications, { concurrency: 10 })
export class NotifyApplicantProcessor extends WorkerHost {
  constructor(
    private readonly notifier: ApplicantNotifier,
    private readonly passwordResets: PasswordResetMailer,
  ) {
    super();
  }

  async process(
    job: Job<JobPayloads[JobName.NotifyApplicant] | JobPayloads[JobName.SendPasswordReset]>,
    token?: string,
  ): Promise<NotifyOutcome | PasswordResetOutcome> {
    if (job.name === JobName.SendPasswordReset) {
      const { outboxId, event } = job.data as JobPayloads[JobName.SendPasswordReset];
      return this.passwordResets.send(outboxId, event);
    }
    return this.notifyApplicant(job as Job<JobPayloads[JobName.NotifyApplicant]>, token);
  }

  private async notifyApplicant(
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
