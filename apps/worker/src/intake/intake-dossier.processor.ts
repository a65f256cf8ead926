import { Processor, WorkerHost } from '@nestjs/bullmq';
import { HandlesJobs, JobName, JobPayloads, QueueName } from '@motcua/queue';
import { Job } from 'bullmq';
import { DossierIntake, IntakeOutcome } from './dossier-intake.service';

@HandlesJobs(JobName.IntakeDossier)
// each job waits on file reads, PostgreSQL and SMTP rather than on this process
@Processor(QueueName.Intake, { concurrency: 10 })
export class IntakeDossierProcessor extends WorkerHost {
  constructor(private readonly intake: DossierIntake) {
    super();
  }

  process(job: Job<JobPayloads[JobName.IntakeDossier]>): Promise<IntakeOutcome> {
    return this.intake.run(job.data.outboxId, job.data.event, {
      lastAttempt: isLastAttempt(job),
    });
  }
}

/**
 * Whether a failure now would dead-letter the job: `attemptsMade` counts the attempts that
 * failed before this one (BullMQ raises it on a thrown error, not on a delay).
 */
export function isLastAttempt(job: Pick<Job, 'attemptsMade' | 'opts'>): boolean {
  return job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
}
