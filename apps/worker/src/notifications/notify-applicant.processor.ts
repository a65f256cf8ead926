import { Processor, WorkerHost } from '@nestjs/bullmq';
import { JobName, JobPayloads, QueueName, HandlesJobs } from '@motcua/queue';
import { Job } from 'bullmq';
import { ApplicantNotifier, NotifyOutcome } from './applicant-notifier.service';

@HandlesJobs(JobName.NotifyApplicant)
// mails wait on the SMTP server, not on this process: handle several at once
@Processor(QueueName.Notifications, { concurrency: 10 })
export class NotifyApplicantProcessor extends WorkerHost {
  constructor(private readonly notifier: ApplicantNotifier) {
    super();
  }

  process(job: Job<JobPayloads[JobName.NotifyApplicant]>): Promise<NotifyOutcome> {
    return this.notifier.notify(job.data.outboxId, job.data.event);
  }
}
