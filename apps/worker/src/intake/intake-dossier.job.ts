import { Injectable } from '@nestjs/common';
import { JobName, JobPayloads, OnJob } from '@motcua/queue';
import { Job } from 'bullmq';
import { DossierIntake, IntakeOutcome } from './dossier-intake.service';

/** The `intake-dossier` job: a dossier arrived (submitted, supplemented, entered at the desk). */
@Injectable()
export class IntakeDossierJob {
  constructor(private readonly intake: DossierIntake) {}

  @OnJob(JobName.IntakeDossier)
  run(job: Job<JobPayloads[JobName.IntakeDossier]>): Promise<IntakeOutcome> {
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
