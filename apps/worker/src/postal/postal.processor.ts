import { Processor, WorkerHost } from '@nestjs/bullmq';
import { JobName, JobPayloads, QueueName, HandlesJobs } from '@motcua/queue';
import { Job } from 'bullmq';
import { PostalEventApplier } from './postal-event-applier.service';
import { dispatchBackoffMs } from './postal-operator';
import { ShipmentDispatcher } from './shipment-dispatcher.service';

type PostalJob =
  | Job<JobPayloads[JobName.ApplyPostalEvent], unknown, JobName.ApplyPostalEvent>
  | Job<JobPayloads[JobName.DispatchShipment], unknown, JobName.DispatchShipment>;

/** Every job of the postal queue: dispatching shipments and applying the operator's callbacks. */
@HandlesJobs(JobName.DispatchShipment, JobName.ApplyPostalEvent)
@Processor(QueueName.Postal, {
  concurrency: 5,
  // retries of a dispatch wait per dispatchBackoffMs: jittered, and never sooner than Retry-After
  settings: {
    backoffStrategy: (attemptsMade: number, _type?: string, error?: Error) =>
      dispatchBackoffMs(attemptsMade, error),
  },
})
export class PostalProcessor extends WorkerHost {
  constructor(
    private readonly applier: PostalEventApplier,
    private readonly dispatcher: ShipmentDispatcher,
  ) {
    super();
  }

  process(job: PostalJob): Promise<unknown> {
    switch (job.name) {
      case JobName.ApplyPostalEvent:
        return this.applier.apply(job.data.event.webhookId);
      case JobName.DispatchShipment:
        return this.dispatcher.dispatch(job.data);
      default:
        throw new Error(`Unknown job ${(job as Job).name} on queue ${QueueName.Postal}`);
    }
  }
}
