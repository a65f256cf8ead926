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
    return this.intake.run(job.data.outboxId, job.data.event);
  }
}
